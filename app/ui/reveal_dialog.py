"""The show-once screen: the new token, a safe copy, a message for the developer, Done."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
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
from app.ui.dialogs import close_without_copy_confirmation
from app.ui.formatting import PERMISSION_NAMES
from app.ui.widgets import named


def developer_message(
    created: CreatedToken, api_base_url: str, merchant_name: str, labels: dict[str, str]
) -> Secret:
    """Everything a developer needs in one paste; the password goes by another route."""
    token = created.token.reveal()
    access = created.access_token
    permissions = ", ".join(labels.get(key, key) for key in access.permissions)
    return Secret(
        f"Here is your access to the Shipturtle API for {merchant_name}.\n\n"
        f"Username: {access.username}\n"
        f"Permissions: {permissions}\n"
        f"API address: {api_base_url}/v1\n"
        f"Access token: {token}\n\n"
        "Send the token with every request in this header:\n"
        f"Authorization: Bearer {token}\n\n"
        "I will send you the password separately.\n"
    )


class RevealTokenDialog(QDialog):
    """Shows a new token this once; closing without copying asks first."""

    def __init__(
        self,
        created: CreatedToken,
        message: Secret,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revealTokenDialog")
        self.setAccessibleName("Your new access token")
        self.setWindowTitle("Your new access token")
        self._secret: Secret | None = created.token
        self._message: Secret | None = message
        self._clipboard = clipboard
        self._copied = False
        self._closing_confirmed = False
        self._build(created)
        self._clipboard.countdown.connect(self._on_clipboard_countdown)

    def _build(self, created: CreatedToken) -> None:
        access = created.access_token
        heading = QLabel(f"Token for \u201c{access.username}\u201d is ready", self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        warning = QLabel(
            "This is the only time this token is shown. Copy it now and give it to your "
            "developer; you will not be able to see it again.",
            self,
        )
        warning.setWordWrap(True)
        warning.setObjectName("revealWarning")
        self._field = named(QLineEdit(self), "tokenField", "Access token")
        self._field.setReadOnly(True)
        self._field.setText(created.token.reveal())
        self._field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._copy = named(QPushButton("Copy token", self), "copyButton", "Copy token")
        self._copy.setMinimumHeight(self._copy.sizeHint().height() * 3 // 2)
        self._copy.setDefault(True)
        self._copy_message = named(
            QPushButton("Copy message for your developer", self),
            "copyMessageButton",
            "Copy message for your developer",
        )
        self._done = named(QPushButton("Done", self), "doneButton", "Done")
        self._lay_out(heading, warning, access.permissions)
        self._copy.clicked.connect(self._on_copy_clicked)
        self._copy_message.clicked.connect(self._on_copy_message_clicked)
        self._done.clicked.connect(self.accept)

    def _lay_out(self, heading: QLabel, warning: QLabel, permissions: tuple[str, ...]) -> None:
        names = ", ".join(PERMISSION_NAMES.get(key, key) for key in permissions)
        access = QLabel(f"Access: {names}. The password you chose goes to them separately.", self)
        access.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self._copy_message)
        buttons.addStretch(1)
        buttons.addWidget(self._done)
        layout = QVBoxLayout(self)
        for widget in (heading, warning, self._field, self._copy, access):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    @property
    def copied(self) -> bool:
        return self._copied

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self._secret is not None:
            self._clipboard.copy(self._secret)
            self._copied = True

    @Slot()
    def _on_copy_message_clicked(self) -> None:
        if self._message is not None:
            self._clipboard.copy(self._message)
            self._copied = True
            self._copy_message.setText("Message copied")

    @Slot(int)
    def _on_clipboard_countdown(self, seconds: int) -> None:
        if seconds > 0:
            self._copy.setText(f"Copied \u2013 the clipboard clears in {seconds} s")
        elif self._copied:
            self._copy.setText("Copy token again")
            self._copy_message.setText("Copy message for your developer")

    # Closing: Done, Escape and the window's close button all pass through here.

    def done(self, result: int) -> None:
        if not self._copied and not self._closing_confirmed:
            box = close_without_copy_confirmation(self)
            box.accepted.connect(lambda: self._close_confirmed(result))
            box.open()
            return
        self._forget_secret()
        super().done(result)

    def _close_confirmed(self, result: int) -> None:
        self._closing_confirmed = True
        self.done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._copied or self._closing_confirmed:
            self._forget_secret()
            super().closeEvent(event)
            return
        event.ignore()
        self.done(QDialog.DialogCode.Rejected)

    def _forget_secret(self) -> None:
        self._field.clear()
        self._secret = None
        self._message = None
