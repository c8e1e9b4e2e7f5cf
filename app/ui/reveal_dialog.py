"""The show-once screen: the new token and its password, safe copies, a message, Done."""

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import CreatedToken
from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.ui.developer_message import HandOff, developer_message
from app.ui.dialogs import close_without_copy_confirmation
from app.ui.widgets import keep_wrapped_text_whole, named

# Button labels, not secrets.
_COPY_TOKEN = "Copy token"  # noqa: S105
_COPY_PASSWORD = "Copy password"  # noqa: S105
_COPY_MESSAGE = "Copy message for your developer"
_COPIED = "Copied \u2013 clears in {} s"


class RevealTokenDialog(QDialog):
    """Shows a new token and its password this once; closing before both were copied asks."""

    def __init__(
        self,
        created: CreatedToken,
        password: Secret,
        hand_off: HandOff,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revealTokenDialog")
        self.setAccessibleName("Your new access token")
        self.setWindowTitle("Your new access token")
        self._created: CreatedToken | None = created
        self._password: Secret | None = password
        self._hand_off = hand_off
        self._clipboard = clipboard
        self._token_copied = False
        self._password_copied = False
        self._closing_confirmed = False
        self._last_copy: QPushButton | None = None
        self._build(created, password)
        self._clipboard.countdown.connect(self._on_clipboard_countdown)

    # Building

    def _build(self, created: CreatedToken, password: Secret) -> None:
        self._token_field = self._secret_field("tokenField", "Access token", created.token)
        self._token_field.setEchoMode(QLineEdit.EchoMode.Normal)
        # The whole token is always in view, whatever the copy buttons say.
        whole = self._token_field.fontMetrics().horizontalAdvance(created.token.reveal())
        self._token_field.setMinimumWidth(whole + 16)
        self._password_field = self._secret_field("passwordField", "Password", password)
        self._show_password = named(
            QPushButton("Show", self), "showPasswordButton", "Show password"
        )
        self._show_password.setCheckable(True)
        self._copy_token = self._button(_COPY_TOKEN, "copyButton", self._on_copy_token_clicked)
        self._copy_token.setDefault(True)
        self._copy_password = self._button(
            _COPY_PASSWORD, "copyPasswordButton", self._on_copy_password_clicked
        )
        self._copy_message = self._button(
            _COPY_MESSAGE, "copyMessageButton", self._on_copy_message_clicked
        )
        self._include_password = named(
            QCheckBox("Include the password in this message", self),
            "includePasswordCheck",
            "Include the password in this message",
        )
        self._done = named(QPushButton("Done", self), "doneButton", "Done")
        self._done.clicked.connect(self.accept)
        self._show_password.toggled.connect(self._on_show_password_toggled)
        self._lay_out(created)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the screen: each field, then the buttons beside it, then below."""
        chain = (
            self._token_field,
            self._copy_token,
            self._password_field,
            self._show_password,
            self._copy_password,
            self._include_password,
            self._copy_message,
            self._done,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _secret_field(self, object_name: str, label: str, secret: Secret) -> QLineEdit:
        field = named(QLineEdit(self), object_name, label)
        field.setReadOnly(True)
        field.setText(secret.reveal())
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # copies go through us
        return field

    def _button(self, text: str, object_name: str, on_clicked: Callable[[], object]) -> QPushButton:
        longest = _COPIED.format(self._clipboard.clear_after_seconds)
        button = named(QPushButton(longest, self), object_name, text)
        # Wide enough for the countdown from the start, so nothing moves when it shows.
        button.setMinimumWidth(button.sizeHint().width())
        button.setText(text)
        button.clicked.connect(on_clicked)
        return button

    def _lay_out(self, created: CreatedToken) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(created.access_token.username))
        layout.addWidget(
            self._wrapped(
                "This is the only time the token is shown. Copy it now, with its password, "
                "and give both to your developer; you will not be able to see them again.",
                "revealWarning",
            )
        )
        layout.addLayout(self._credentials_form())
        layout.addWidget(self._message_group())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._done)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

    def _heading(self, username: str) -> QLabel:
        heading = QLabel(f"Token for \u201c{username}\u201d is ready", self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        return heading

    def _wrapped(self, text: str, object_name: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        if object_name:
            label.setObjectName(object_name)
        return label

    def _credentials_form(self) -> QFormLayout:
        token_row = QHBoxLayout()
        token_row.addWidget(self._token_field, 1)
        token_row.addWidget(self._copy_token)
        password_row = QHBoxLayout()
        password_row.addWidget(self._password_field, 1)
        password_row.addWidget(self._show_password)
        password_row.addWidget(self._copy_password)
        form = QFormLayout()
        form.addRow(self._buddy("Access &token", self._token_field), token_row)
        form.addRow(self._buddy("Pass&word", self._password_field), password_row)
        return form

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _message_group(self) -> QGroupBox:
        group = QGroupBox("For your developer", self)
        column = QVBoxLayout(group)
        column.addWidget(
            self._wrapped(
                "One message with everything they need to connect: the store, the username, "
                "the permissions, the expiry date, the API address, the token, and the "
                "commands that sign in and read your data."
            )
        )
        column.addWidget(self._include_password)
        hint = self._wrapped(
            "Safer left off: send the password another way, such as a phone call or a "
            "different app, so one lost message is not enough to get in."
        )
        hint.setObjectName("includePasswordHint")
        hint.setIndent(24)
        column.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self._copy_message)
        row.addStretch(1)
        column.addLayout(row)
        return group

    # What was copied

    @property
    def copied(self) -> bool:
        """Whether both the token and the password went to the clipboard at some point."""
        return self._token_copied and self._password_copied

    def _copy(self, secret: Secret, button: QPushButton) -> None:
        self._restore_copy_labels()
        self._last_copy = button
        self._clipboard.copy(secret)

    @Slot()
    def _on_copy_token_clicked(self) -> None:
        if self._created is not None:
            self._token_copied = True
            self._copy(self._created.token, self._copy_token)

    @Slot()
    def _on_copy_password_clicked(self) -> None:
        if self._password is not None:
            self._password_copied = True
            self._copy(self._password, self._copy_password)

    @Slot()
    def _on_copy_message_clicked(self) -> None:
        if self._created is None or self._password is None:
            return
        include = self._include_password.isChecked()
        message = developer_message(
            self._created, self._password, self._hand_off, include_password=include
        )
        self._token_copied = True
        self._password_copied = self._password_copied or include
        self._copy(message, self._copy_message)

    @Slot(bool)
    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._password_field.setEchoMode(mode)
        self._show_password.setText("Hide" if shown else "Show")

    @Slot(int)
    def _on_clipboard_countdown(self, seconds: int) -> None:
        if self._last_copy is None:
            return
        if seconds > 0:
            self._last_copy.setText(_COPIED.format(seconds))
        else:
            self._restore_copy_labels()

    def _restore_copy_labels(self) -> None:
        for button, text in (
            (self._copy_token, _COPY_TOKEN),
            (self._copy_password, _COPY_PASSWORD),
            (self._copy_message, _COPY_MESSAGE),
        ):
            button.setText(text)
        self._last_copy = None

    # Closing: Done, Escape and the window's close button all pass through here.

    def _missing(self) -> tuple[str, str]:
        """What was not copied, and the pronoun for it."""
        if not self._token_copied and not self._password_copied:
            return "the token and its password", "them"
        return ("the token" if not self._token_copied else "the password"), "it"

    def done(self, result: int) -> None:
        if not self.copied and not self._closing_confirmed:
            box = close_without_copy_confirmation(self, *self._missing())
            box.accepted.connect(lambda: self._close_confirmed(result))
            box.open()
            return
        self._forget_secrets()
        super().done(result)

    def _close_confirmed(self, result: int) -> None:
        self._closing_confirmed = True
        self.done(result)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        keep_wrapped_text_whole(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.copied or self._closing_confirmed:
            self._forget_secrets()
            super().closeEvent(event)
            return
        event.ignore()
        self.done(QDialog.DialogCode.Rejected)

    def _forget_secrets(self) -> None:
        self._token_field.clear()
        self._password_field.clear()
        self._created = None
        self._password = None
