"""The create dialog: username, password, a checkbox per permission, expiry and a note."""

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api import token_rules
from app.api.errors import ApiError, ValidationError
from app.api.idempotency import new_idempotency_key
from app.api.models import NewToken, Permission
from app.api.password_strength import Strength
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.passwords import expiry_problem, generate_password
from app.ui.widgets import FieldError, keep_wrapped_text_whole, named

EXPIRY_CHOICES: tuple[tuple[str, int | None], ...] = (
    ("Never", None),
    ("In 30 days", 30),
    ("In 60 days", 60),
    ("In 90 days", 90),
    ("On a date\u2026", -1),
)
_CUSTOM = -1
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CreateTokenDialog(QDialog):
    """Collects a new token's details; Create stays disabled until the form is valid.

    Signals:
        submitted(NewToken, str): the request and its idempotency key, which stays the
            same for every retry of an unchanged form.
    """

    submitted = Signal(object, str)

    def __init__(
        self,
        permissions: Sequence[Permission],
        strength_check: PasswordStrengthCheck,
        store_name: str = "",
        clock: Clock = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._strength_check = strength_check
        self._store_name = store_name
        self.setObjectName("createTokenDialog")
        self.setAccessibleName("Create access token")
        self.setWindowTitle("Create access token")
        self._clock = clock
        self._permissions = list(permissions)
        self._touched: set[str] = set()
        self._key = new_idempotency_key()
        self._busy = False
        self._build()
        self._on_form_edited()

    # Building

    def _build(self) -> None:
        self._username = named(QLineEdit(self), "usernameField", "Username")
        self._username.setPlaceholderText("for example: mobile-app")
        self._password = named(QLineEdit(self), "passwordField", "Password")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._show_password = named(
            QPushButton("Show", self), "showPasswordButton", "Show password"
        )
        self._show_password.setCheckable(True)
        self._generate = named(
            QPushButton("Generate", self), "generatePasswordButton", "Generate a strong password"
        )
        self._checkboxes = {p.key: self._permission_box(p) for p in self._permissions}
        self._expiry = named(QComboBox(self), "expiryChoice", "Expires")
        for label, _days in EXPIRY_CHOICES:
            self._expiry.addItem(label)
        self._date = named(QDateEdit(self), "expiryDate", "Expiry date")
        self._date.setCalendarPopup(True)
        today = QDate.currentDate()
        self._date.setDateRange(today.addDays(1), today.addDays(365))
        self._date.setDate(today.addDays(30))
        self._strength = named(QLabel(self), "passwordStrength", "Password strength")
        self._strength.setWordWrap(True)
        # Room for two lines from the start, so the form does not jump as the verdict comes.
        self._strength.setMinimumHeight(self._strength.fontMetrics().lineSpacing() * 2)
        self._strength.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._note = named(QLineEdit(self), "noteField", "Note")
        self._note.setPlaceholderText("Optional: who this is for, so you recognise it later")
        self._errors = {
            name: FieldError(f"{name}Error", self)
            for name in ("username", "password", "permissions", "expires_at", "note")
        }
        self._form_error = FieldError("createError", self)
        self._buttons = QDialogButtonBox(self)
        self._create = named(
            self._buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole),
            "createButton",
            "Create token",
        )
        self._cancel = named(
            self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel),
            "cancelButton",
            "Cancel",
        )
        self._create.setDefault(True)
        # While creating, focus falls from the greyed Create to Cancel: a second Enter must
        # not press it (and so revoke the token being made). Escape still cancels.
        self._cancel.setAutoDefault(False)
        self._lay_out()
        self._connect()

    def _permission_box(self, permission: Permission) -> QCheckBox:
        box = named(
            QCheckBox(permission.label, self), f"permission_{permission.key}", permission.label
        )
        box.setToolTip(permission.description)
        box.setAccessibleDescription(permission.description)
        return box

    def _lay_out(self) -> None:
        password_row = QHBoxLayout()
        for widget in (self._password, self._show_password, self._generate):
            password_row.addWidget(widget)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self._expiry)
        expiry_row.addWidget(self._date)
        expiry_row.addStretch(1)
        who = QFormLayout()
        who.addRow(
            self._label("&Username", self._username), self._with_error(self._username, "username")
        )
        who.addRow(
            self._label("&Password", self._password),
            self._with_error(password_row, "password", self._strength),
        )
        when = QFormLayout()
        when.addRow(
            self._label("E&xpires", self._expiry), self._with_error(expiry_row, "expires_at")
        )
        when.addRow(self._label("&Note", self._note), self._with_error(self._note, "note"))
        intro = QLabel(
            "Your developer signs in with the access token, this username and this password; "
            "you will see all three on the next screen, ready to pass on. Give them only the "
            "access they need.",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(who)
        layout.addWidget(self._permissions_group())
        layout.addLayout(when)
        layout.addWidget(self._form_error)
        layout.addWidget(self._buttons)
        # Descriptions stay on one line (wrapped labels lose lines when the dialog is first
        # sized at large text sizes), so the dialog is at least as wide as the longest.
        longest = max((p.description for p in self._permissions), key=len, default="")
        self.setMinimumWidth(max(520, self.fontMetrics().horizontalAdvance(longest) + 96))

    def _permissions_group(self) -> QGroupBox:
        group = QGroupBox("API access", self)
        column = QVBoxLayout(group)
        for permission in self._permissions:
            column.addWidget(self._checkboxes[permission.key])
            description = QLabel(permission.description, group)
            description.setIndent(24)
            column.addWidget(description)
        column.addWidget(self._errors["permissions"])
        return group

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # Alt+letter moves to the field
        return label

    def _with_error(
        self, field: QWidget | QHBoxLayout, name: str, guidance: QLabel | None = None
    ) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        if guidance is not None:
            column.addWidget(guidance)
        column.addWidget(self._errors[name])
        return column

    def _connect(self) -> None:
        self._username.textEdited.connect(lambda: self._on_field_edited("username"))
        self._password.textEdited.connect(lambda: self._on_field_edited("password"))
        self._note.textEdited.connect(lambda: self._on_field_edited("note"))
        for box in self._checkboxes.values():
            box.toggled.connect(lambda _on: self._on_field_edited("permissions"))
        self._expiry.currentIndexChanged.connect(lambda _i: self._on_field_edited("expires_at"))
        self._date.dateChanged.connect(lambda _d: self._on_field_edited("expires_at"))
        self._show_password.toggled.connect(self._on_show_password_toggled)
        self._generate.clicked.connect(self._on_generate_clicked)
        self._create.clicked.connect(self._on_create_clicked)
        self._cancel.clicked.connect(self.reject)

    # What the merchant entered

    @property
    def username(self) -> str:
        return self._username.text().strip()

    @property
    def permission_keys(self) -> tuple[str, ...]:
        return tuple(key for key, box in self._checkboxes.items() if box.isChecked())

    @property
    def expires_at(self) -> datetime | None:
        days = EXPIRY_CHOICES[self._expiry.currentIndex()][1]
        if days is None:
            return None
        if days == _CUSTOM:
            day = self._date.date()
            end_of_day = datetime(day.year(), day.month(), day.day(), 23, 59, 59)
            return end_of_day.astimezone(UTC)  # the chosen day, in the merchant's time zone
        return (self._clock() + timedelta(days=days)).replace(microsecond=0)

    @property
    def password(self) -> Secret:
        return Secret(self._password.text())

    @property
    def new_token(self) -> NewToken:
        return NewToken(
            username=self.username,
            password=Secret(self._password.text()),
            permissions=self.permission_keys,
            expires_at=self.expires_at,
            note=self._note.text().strip() or None,
        )

    @property
    def idempotency_key(self) -> str:
        return self._key

    def problems(self) -> dict[str, str]:
        """What is wrong with the form now, by field; empty when it can be sent."""
        username = self.username
        found = {
            "username": (
                "Enter a username for your developer."
                if not username
                else token_rules.username_problem(username)
            ),
            "password": (
                "Enter a password for your developer."
                if not self._password.text()
                else token_rules.password_problem(self._password.text(), username)
            ),
            "permissions": token_rules.permissions_problem(self.permission_keys, self._checkboxes),
            "expires_at": expiry_problem(self.expires_at, self._clock()),
            "note": token_rules.note_problem(self._note.text().strip()),
        }
        return {name: message for name, message in found.items() if message}

    # Reactions

    def _on_field_edited(self, name: str) -> None:
        self._touched.add(name)
        self._key = new_idempotency_key()  # a different request deserves a different key
        if name in ("password", "username"):
            self._judge_password()
        self._on_form_edited()

    def _judge_password(self) -> None:
        if not self._password.text():
            self._strength_check.cancel()
            self._strength.setText("")
            return
        self._strength.setEnabled(False)  # greyed: the verdict is for what was typed before
        inputs = (self.username, self._store_name)
        self._strength_check.judge(self.password, inputs, self._on_password_judged)

    def _on_password_judged(self, strength: Strength) -> None:
        self._strength.setEnabled(True)
        self._show_strength(strength)
        keep_wrapped_text_whole(self)

    def _show_strength(self, strength: Strength) -> None:
        if strength.acceptable:
            self._strength.setText(f"Strength: {strength.words}.")
        else:
            self._strength.setText(
                f"Strength: {strength.words}. {strength.advice} The server accepts "
                "\u201cStrong\u201d or better; Generate makes one."
            )

    def _on_form_edited(self) -> None:
        self._date.setVisible(EXPIRY_CHOICES[self._expiry.currentIndex()][1] == _CUSTOM)
        problems = self.problems()
        for name, label in self._errors.items():
            label.show_message(problems.get(name) if name in self._touched else None)
        self._create.setEnabled(not problems and not self._busy)
        keep_wrapped_text_whole(self)

    @Slot(bool)
    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._password.setEchoMode(mode)
        self._show_password.setText("Hide" if shown else "Show")

    @Slot()
    def _on_generate_clicked(self) -> None:
        password = generate_password()
        while self.username and self.username.casefold() in password.casefold():
            password = generate_password()
        self._password.setText(password)
        self._show_password.setChecked(True)  # the merchant has to pass it on, so show it
        self._on_field_edited("password")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        keep_wrapped_text_whole(self)

    def done(self, result: int) -> None:
        self._strength_check.cancel()  # no answer may arrive for a dialog that is gone
        super().done(result)

    @Slot()
    def _on_create_clicked(self) -> None:
        self._touched.update(self._errors)
        self._on_form_edited()
        if self.problems() or self._busy:
            return
        self.set_busy(True)
        self.submitted.emit(self.new_token, self._key)

    # What the app tells the merchant

    def set_busy(self, busy: bool) -> None:
        """While the server works, the form is locked and only Cancel can be pressed."""
        self._busy = busy
        for widget in (self._username, self._password, self._generate, self._note, self._expiry):
            widget.setEnabled(not busy)
        for box in self._checkboxes.values():
            box.setEnabled(not busy)
        self._date.setEnabled(not busy)
        self._create.setText("Creating\u2026" if busy else "Create")
        self._on_form_edited()

    def show_server_error(self, error: ApiError) -> None:
        """Put the server's field messages next to their fields, anything else below."""
        self.set_busy(False)
        fields = error.fields if isinstance(error, ValidationError) else {}
        placed = {name: text for name, text in fields.items() if name in self._errors}
        for name, text in placed.items():
            self._errors[name].show_message(text)
        unplaced = not placed
        self._form_error.show_message(error.message if unplaced else None)
        fields_to_fix = {"username": self._username, "password": self._password}
        target = next((fields_to_fix[name] for name in placed if name in fields_to_fix), None)
        if target is not None:
            target.setFocus()
        keep_wrapped_text_whole(self)
