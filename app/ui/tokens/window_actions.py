"""The main window's actions: made, named, given their keys, and put in the toolbar and menus."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.api.capabilities import LOOKUP, ROTATION, Capabilities
from app.api.models import AccessToken, TokenStatus
from app.ui.help.help_menu import HelpMenu
from app.ui.shared.translation import tr, translate
from app.ui.tokens.main_menus import held_together, place_actions, quit_action, window_action


def _revoke_words(count: int) -> str:
    """The Revoke action's words: how many it revokes, once there is more than one."""
    if count > 1:
        return tr("Revoke %n tokens", "", count)
    return translate("window_actions", "Revoke")


class WindowActions:
    """The actions, in the toolbar and the Tokens, Account and Help menus; what they do is the
    window's to connect. Those acting on tokens are held together while signing in."""

    def __init__(self, window: QMainWindow) -> None:
        new = translate("WindowActions", "New token")
        self.new = window_action(window, new, "newTokenAction", QKeySequence.StandardKey.New)
        delete = QKeySequence(Qt.Key.Key_Delete)
        self.revoke = window_action(window, _revoke_words(1), "revokeAction", delete)
        refresh, keys = translate("WindowActions", "Refresh"), QKeySequence.StandardKey.Refresh
        self.refresh = window_action(window, refresh, "refreshAction", keys)
        self.refresh.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        sign_out = translate("WindowActions", "Sign out")
        self.sign_out = window_action(window, sign_out, "signOutAction", "Ctrl+Shift+Q")
        lock = translate("WindowActions", "Lock now")
        self.lock = window_action(window, lock, "lockAction", "Ctrl+L")
        find = translate("WindowActions", "Find")
        self.find = window_action(window, find, "findAction", QKeySequence.StandardKey.Find)
        details = translate("WindowActions", "Details")
        self.details = window_action(window, details, "detailsAction", "Ctrl+I")
        rotate = translate("WindowActions", "Rotate\u2026")
        self.rotate = window_action(window, rotate, "rotateAction", "Ctrl+Shift+R")
        stop_old = translate("WindowActions", "Stop the old token\u2026")
        self.stop_old = window_action(window, stop_old, "stopOldAction", None)
        check = translate("WindowActions", "Check a token\u2026")
        self.check = window_action(window, check, "checkTokenAction", "Ctrl+K")
        self.quit = quit_action(window)
        self.help_menu = HelpMenu(window)
        self._place(window)

    def _place(self, window: QMainWindow) -> None:
        # The Tokens menu's first group, held while signing in: what acts on the tokens.
        selected = (self.details, self.rotate, self.stop_old, self.revoke)
        tokens = (self.new, *selected, self.refresh)
        place_actions(
            window,
            (self.new, self.rotate, self.revoke, self.refresh),
            (tokens, (self.check, self.find)),
            (self.sign_out, self.lock, self.quit),
            self.help_menu.actions,
        )
        window.addAction(self.find)
        self._held = held_together(window, tokens, (self.check, self.sign_out, self.lock))

    def add_after_lock(self, menu: QMenu) -> None:
        account = next(o for o in self.lock.associatedObjects() if isinstance(o, QMenu))
        after_lock = account.actions().index(self.lock) + 1
        account.insertMenu(account.actions()[after_lock], menu)

    def set_signing_in(self, signing_in: bool) -> None:
        self._held.setEnabled(not signing_in)

    def set_offers(self, offers: Capabilities) -> None:
        """No entry, and no key, for what the server does not offer."""
        for action in (self.rotate, self.stop_old):
            action.setVisible(offers.offers(ROTATION))
        self.check.setVisible(offers.offers(LOOKUP))

    def follow_selection(
        self, active: list[AccessToken], current: AccessToken | None, old_works: bool
    ) -> None:
        """What the selection allows: Revoke for the active ones, the rest for the current."""
        self.revoke.setEnabled(bool(active))
        self.revoke.setText(_revoke_words(len(active)))
        self.details.setEnabled(current is not None)
        self.rotate.setEnabled(current is not None and current.status is TokenStatus.ACTIVE)
        self.stop_old.setEnabled(old_works)
