"""The Account menu's "Lock when idle" entries: never, or after 5, 15 or 60 idle minutes."""

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.storage.settings import LOCK_AFTER_CHOICES, Preferences
from app.ui.shared.translation import tr, translate


def lock_after_words(minutes: int) -> str:
    if minutes == 0:
        return translate("LockMenu", "Never")
    if minutes % 60 == 0:
        return tr("After %n hours without use", "", minutes // 60)
    return tr("After %n minutes without use", "", minutes)


class LockMenu(QMenu):
    """One checked choice, remembered and applied at once (`chosen` is told the minutes)."""

    def __init__(
        self, preferences: Preferences, chosen: Callable[[int], None], parent: QWidget
    ) -> None:
        super().__init__(translate("LockMenu", "Lock &when idle"), parent)
        self.setObjectName("lockMenu")
        self.menuAction().setObjectName("lockMenuAction")
        self._preferences = preferences
        self._chosen = chosen
        group = QActionGroup(self)
        group.setExclusive(True)
        for minutes in LOCK_AFTER_CHOICES:
            action = QAction(lock_after_words(minutes), self)
            action.setObjectName(f"lockAfter{minutes}")
            action.setCheckable(True)
            action.setChecked(minutes == preferences.settings.lock_after_minutes)
            action.triggered.connect(lambda _checked=False, m=minutes: self._choose(m))
            group.addAction(action)
            self.addAction(action)

    def _choose(self, minutes: int) -> None:
        self._preferences.remember_lock_after(minutes)
        self._chosen(minutes)
