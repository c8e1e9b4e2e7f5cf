"""A new token's password: typed or generated, shown on request, judged as it is typed."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.api.password_strength import Strength
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.passwords import generate_password
from app.ui.show_password import ShowPasswordButton
from app.ui.widgets import keep_wrapped_text_whole, named


class PasswordField(QWidget):
    """The password row (field, Show, Generate) and the live strength line under it.

    Signals:
        edited(): typed or generated; the strength line follows by itself.
    """

    edited = Signal()

    def __init__(
        self,
        strength_check: PasswordStrengthCheck,
        username: Callable[[], str],
        store_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._strength_check = strength_check
        self._username = username
        self._store_name = store_name
        self._field = named(QLineEdit(self), "passwordField", "Password")
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._show = ShowPasswordButton(self._field, "showPasswordButton", self)
        self._generate = named(
            QPushButton("Generate", self), "generatePasswordButton", "Generate a strong password"
        )
        self._strength = named(QLabel(self), "passwordStrength", "Password strength")
        self._strength.setWordWrap(True)
        # Room for two lines from the start, so the form does not jump as the verdict comes.
        self._strength.setMinimumHeight(self._strength.fontMetrics().lineSpacing() * 2)
        self._strength.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self._field)
        self._lay_out()
        self._field.textEdited.connect(self._on_field_edited)
        self._generate.clicked.connect(self._on_generate_clicked)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for widget in (self._field, self._show, self._generate):
            row.addWidget(widget)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self._column.addLayout(row)
        self._column.addWidget(self._strength)

    def place_message(self, message: QWidget) -> None:
        """Put the field's own message right under it, above the strength line."""
        self._column.insertWidget(1, message)

    @property
    def text(self) -> str:
        return self._field.text()

    @property
    def secret(self) -> Secret:
        return Secret(self._field.text())

    def set_locked(self, locked: bool) -> None:
        """While the server works the password cannot change; Show still works."""
        self._field.setEnabled(not locked)
        self._generate.setEnabled(not locked)

    def judge(self) -> None:
        """Judge the password again, against what it must not resemble (the username too)."""
        if not self._field.text():
            self._strength_check.cancel()
            self._strength.setText("")
            return
        self._strength.setEnabled(False)  # greyed: the verdict is for what was typed before
        inputs = (self._username(), self._store_name)
        self._strength_check.judge(self.secret, inputs, self._on_judged)

    def stop_judging(self) -> None:
        self._strength_check.cancel()  # no answer may arrive for a field that is gone

    def _on_judged(self, strength: Strength) -> None:
        self._strength.setEnabled(True)
        if strength.acceptable:
            self._strength.setText(f"Strength: {strength.words}.")
        else:
            self._strength.setText(
                f"Strength: {strength.words}. {strength.advice} The server accepts "
                "\u201cStrong\u201d or better; Generate makes one."
            )
        keep_wrapped_text_whole(self.window())

    @Slot()
    def _on_field_edited(self) -> None:
        self.judge()
        self.edited.emit()

    @Slot()
    def _on_generate_clicked(self) -> None:
        username = self._username().casefold()
        password = generate_password()
        while username and username in password.casefold():
            password = generate_password()
        self._field.setText(password)
        self._show.set_shown(True)  # the merchant has to pass it on, so show it
        self._on_field_edited()
