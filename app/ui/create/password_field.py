"""A new token's password: typed or generated, shown on request, judged as it is typed."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.api.password_strength import STRONG_ENOUGH, Strength
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.shared.accessibility import error_described
from app.ui.shared.password_words import advice_sentence, score_words
from app.ui.shared.passwords import generate_password
from app.ui.shared.show_password import ShowPasswordButton
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import keep_wrapped_text_whole, named

# What a generated password scores: 20 characters from 56 are far past zxcvbn's top score
# (tests/ui/create/test_create_dialog.py judges thousands), so it needs no wait for a verdict.
_GENERATED = Strength(4, "")


class PasswordField(QWidget):
    """The password row (field, Show, Generate) and the live strength line under it.

    The strength, and the field's error, are the password field's accessible description
    too: the line under it is not where a screen reader is.

    Signals:
        edited(): typed or generated; the strength line follows by itself.
        judged(): the strength of what the field holds is known, or cannot be known.
    """

    edited = Signal()
    judged = Signal()

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
        self._field = named(
            QLineEdit(self), "passwordField", translate("PasswordField", "Password")
        )
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._show = ShowPasswordButton(self._field, "showPasswordButton", self)
        self._generate = named(
            QPushButton(translate("PasswordField", "Generate"), self),
            "generatePasswordButton",
            translate("PasswordField", "Generate a strong password"),
        )
        self._strength = QLabel(self)  # unnamed: a screen reader reads its text
        self._strength.setObjectName("passwordStrength")
        self._error: str | None = None
        self._judging = False
        self._verdict: Strength | None = None
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

    @property
    def judging(self) -> bool:
        """Whether the strength of what the field holds is still being judged."""
        return self._judging

    @property
    def strength(self) -> Strength | None:
        """The strength of what the field holds; None while judged or if it cannot be."""
        return self._verdict

    def describe_error(self, message: str | None) -> None:
        self._error = message
        self._describe()

    def _describe(self) -> None:
        error = error_described(self._error) if self._error else ""
        self._field.setAccessibleDescription(" ".join(filter(None, (error, self._strength.text()))))

    def set_locked(self, locked: bool) -> None:
        """While the server works the password cannot change; Show still works."""
        self._field.setEnabled(not locked)
        self._generate.setEnabled(not locked)

    def judge(self) -> None:
        """Judge the password again, against what it must not resemble (the username too)."""
        self._verdict = None
        if not self._field.text():
            self._strength_check.cancel()
            self._judging = False
            self._strength.setText("")
            self._describe()
            return
        self._judging = True
        self._strength.setEnabled(False)  # greyed: the verdict is for what was typed before
        inputs = (self._username(), self._store_name)
        self._strength_check.judge(self.secret, inputs, self._on_judged)

    def stop_judging(self) -> None:
        self._strength_check.cancel()  # no answer may arrive for a field that is gone

    def _on_judged(self, strength: Strength | None) -> None:
        self._judging, self._verdict = False, strength
        self._strength.setEnabled(True)
        if strength is None:  # it could not be judged: the server still judges it
            self._strength.setText("")
        elif strength.acceptable:
            said = translate("PasswordField", "Strength: %1.")
            self._strength.setText(fill(said, score_words(strength.score)))
        else:
            said = translate(
                "PasswordField",
                "Strength: %1. %2 The server accepts \u201c%3\u201d or better; Generate makes one.",
            )
            advice = advice_sentence(strength.advice)
            self._strength.setText(
                fill(said, score_words(strength.score), advice, score_words(STRONG_ENOUGH))
            )
        self._describe()
        keep_wrapped_text_whole(self.window())
        self.judged.emit()

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
        self._strength_check.cancel()
        self._on_judged(_GENERATED)
        self.edited.emit()
