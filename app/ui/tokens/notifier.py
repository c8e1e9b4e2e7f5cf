"""Desktop notifications: expiring tokens (once a day each) and a developer's switch to a new
token (once, as it happens); only where the desktop has a tray."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from app.api.models import AccessToken
from app.storage.settings import Preferences
from app.ui.shared.translation import fill, tr, translate
from app.ui.tokens.reminders import expiring, reminder_text

Clock = Callable[[], datetime]


class Desktop(Protocol):
    def available(self) -> bool: ...

    def show(self, title: str, text: str) -> None: ...


class TrayDesktop(QObject):
    """The system tray, when the desktop has one; its icon appears with the first notice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def show(self, title: str, text: str) -> None:
        if self._tray is None:
            self._tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self._tray.setToolTip(translate("TrayDesktop", "Shipturtle Tokens"))
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)


class ExpiryNotifier(QObject):
    """Tells the desktop about tokens that expire soon, at most once a day for each."""

    def __init__(
        self,
        preferences: Preferences,
        clock: Clock,
        desktop: Desktop | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._clock = clock
        self._desktop = desktop or TrayDesktop(self)

    def check(self, tokens: Sequence[AccessToken]) -> None:
        now = self._clock()
        today = now.astimezone().date().isoformat()
        reminded = dict(self._preferences.settings.reminded)
        due = [t for t in expiring(tokens, now) if reminded.get(t.id) != today]
        if not due or not self._desktop.available():
            return
        title = translate("ExpiryNotifier", "Shipturtle Tokens")
        self._desktop.show(title, _notice(due, now))
        reminded.update({token.id: today for token in due})
        self._preferences.remember_reminded(reminded)

    def tell(self, text: str) -> None:
        """Something that happened as the merchant watched elsewhere (a link opened)."""
        if self._desktop.available():
            self._desktop.show(translate("ExpiryNotifier", "Shipturtle Tokens"), text)

    def switched(self, tokens: Sequence[AccessToken]) -> None:
        """The developer started using the new token: the old one can be stopped now."""
        if tokens and self._desktop.available():
            self._desktop.show(translate("ExpiryNotifier", "Shipturtle Tokens"), _switched(tokens))


def _switched(tokens: Sequence[AccessToken]) -> str:
    if len(tokens) == 1:
        said = translate("notifier", "\u201c%1\u201d has switched to its new token.")
        return fill(said, tokens[0].username)
    return tr("%n tokens have switched to their new tokens.", "", len(tokens))


def _notice(due: Sequence[AccessToken], now: datetime) -> str:
    """The token that needs attention, or how many do and the first three."""
    if len(due) == 1:
        return reminder_text(due[0], now)
    first = " ".join(reminder_text(token, now) for token in due[:3])
    return fill(tr("%n tokens need your attention. %1", "", len(due)), first)
