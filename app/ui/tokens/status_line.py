"""The main window's status bar: who is signed in where, the clipboard, confirmations."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.ui.shared.accessibility import announce


class StatusLine(QStatusBar):
    """Who is signed in on which server, the clipboard's countdown, and passing confirmations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._who = QLabel(self)
        self._who.setObjectName("signedInLabel")
        self._clipboard = QLabel(self)
        self._clipboard.setObjectName("clipboardCountdown")
        self.addWidget(self._who, 1)
        self.addPermanentWidget(self._clipboard)

    def set_who(self, text: str) -> None:
        self._who.setText(text)

    def set_clipboard_countdown(self, seconds: int) -> None:
        self._clipboard.setText(f"Copied; the clipboard clears in {seconds} s" if seconds else "")

    def confirm(self, message: str) -> None:
        """A confirmation for ten seconds, said once by a screen reader too."""
        self.showMessage(message, 10_000)
        announce(self, message)
