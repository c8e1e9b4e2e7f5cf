"""The create dialog: username, password, a checkbox per permission, expiry and a note."""

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.api import token_rules
from app.api.errors import ApiError, ValidationError
from app.api.idempotency import new_idempotency_key
from app.api.models import NewToken, Permission
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.expiry_field import Clock, ExpiryField
from app.ui.password_field import PasswordField
from app.ui.passwords import expiry_problem
from app.ui.widgets import FieldError, keep_wrapped_text_whole, named


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
        self._password = PasswordField(
            self._strength_check, lambda: self.username, self._store_name, self
        )
        self._checkboxes = {p.key: self._permission_box(p) for p in self._permissions}
        self._expiry = ExpiryField(self._clock, self)
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
        who = QFormLayout()
        who.addRow(
            self._label("&Username", self._username), self._with_error(self._username, "username")
        )
        who.addRow(
            self._label("&Password", self._password),
            self._with_error(self._password, "password"),
        )
        when = QFormLayout()
        when.addRow(
            self._label("E&xpires", self._expiry), self._with_error(self._expiry, "expires_at")
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

    def _with_error(self, field: QWidget | QHBoxLayout, name: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        column.addWidget(self._errors[name])
        return column

    def _connect(self) -> None:
        self._username.textEdited.connect(lambda: self._on_field_edited("username"))
        self._password.edited.connect(lambda: self._on_field_edited("password"))
        self._note.textEdited.connect(lambda: self._on_field_edited("note"))
        for box in self._checkboxes.values():
            box.toggled.connect(lambda _on: self._on_field_edited("permissions"))
        self._expiry.changed.connect(lambda: self._on_field_edited("expires_at"))
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
        return self._expiry.expires_at

    @property
    def password(self) -> Secret:
        return self._password.secret

    @property
    def new_token(self) -> NewToken:
        return NewToken(
            username=self.username,
            password=self._password.secret,
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
                if not self._password.text
                else token_rules.password_problem(self._password.text, username)
            ),
            "permissions": token_rules.permissions_problem(
                self.permission_keys, [p.key for p in self._permissions]
            ),
            "expires_at": expiry_problem(self.expires_at, self._clock()),
            "note": token_rules.note_problem(self._note.text().strip()),
        }
        return {name: message for name, message in found.items() if message}

    # Reactions

    def _on_field_edited(self, name: str) -> None:
        self._touched.add(name)
        self._key = new_idempotency_key()  # a different request deserves a different key
        if name == "username":
            self._password.judge()  # a password like the username is weaker
        self._on_form_edited()

    def _on_form_edited(self) -> None:
        problems = self.problems()
        for name, label in self._errors.items():
            label.show_message(problems.get(name) if name in self._touched else None)
        self._create.setEnabled(not problems and not self._busy)
        keep_wrapped_text_whole(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        keep_wrapped_text_whole(self)

    def done(self, result: int) -> None:
        self._password.stop_judging()
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
        for widget in (self._username, self._note):
            widget.setEnabled(not busy)
        self._password.set_locked(busy)
        self._expiry.set_locked(busy)
        for box in self._checkboxes.values():
            box.setEnabled(not busy)
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
        fields_to_fix: dict[str, QWidget] = {"username": self._username, "password": self._password}
        target = next((fields_to_fix[name] for name in placed if name in fields_to_fix), None)
        if target is not None:
            target.setFocus()
        keep_wrapped_text_whole(self)
