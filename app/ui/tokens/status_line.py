"""The main window's status bar: who is signed in where, the clipboard, confirmations."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.api.models import Merchant
from app.ui.shared.accessibility import announce
from app.ui.shared.translation import fill, tr, translate


class StatusLine(QStatusBar):
    """Who is signed in on which server, the clipboard's countdown, and passing confirmations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._who = QLabel(self)
        self._who.setObjectName("signedInLabel")
        # A narrow window wraps it rather than growing past the screen (800 px wide, say).
        self._who.setWordWrap(True)
        self._clipboard = QLabel(self)
        self._clipboard.setObjectName("clipboardCountdown")
        self.addWidget(self._who, 1)
        self.addPermanentWidget(self._clipboard)

    def set_who(self, merchant: Merchant, server: str, *, demo: bool) -> None:
        if demo:
            who = translate(
                "StatusLine",
                "Signed in as %1 (%2) on the local demo store; nothing leaves this computer",
            )
        else:
            who = translate("StatusLine", "Signed in as %1 (%2) on %3")
        self._who.setText(fill(who, merchant.name, merchant.email, server))

    def set_clipboard_countdown(self, seconds: int) -> None:
        self._clipboard.setText(_clipboard_clears(seconds) if seconds else "")

    def confirm(self, message: str) -> None:
        """A confirmation for ten seconds, said once by a screen reader too."""
        self.showMessage(message, 10_000)
        announce(self, message)


def _clipboard_clears(seconds: int) -> str:
    return tr("Copied; the clipboard clears in %n s", "", seconds)
