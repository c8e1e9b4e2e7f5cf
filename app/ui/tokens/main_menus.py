"""The main window's actions in its toolbar and menus, each with its shortcut in its tooltip."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from app.ui.shared.translation import fill, translate

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def window_action(window: QMainWindow, text: str, name: str, shortcut: Shortcut | None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is None:  # a rare action, in the menus only
        action.setToolTip(text.removesuffix("\u2026"))
        return action
    action.setShortcut(QKeySequence(shortcut))
    keys = QKeySequence(shortcut).toString()
    action.setToolTip(
        fill(translate("main_menus", "%1 (%2)", "an action and its keys"), text, keys)
    )
    return action


def quit_action(window: QMainWindow) -> QAction:
    """Quit, on the platform's keys for it (Ctrl+Q where the platform names none)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    action = window_action(window, translate("main_menus", "Quit"), "quitAction", keys[0])
    action.setShortcuts(keys)
    action.setMenuRole(QAction.MenuRole.QuitRole)
    return action


def place_actions(
    window: QMainWindow,
    toolbar_actions: tuple[QAction, ...],
    token_menu: tuple[tuple[QAction, ...], ...],
    account_menu: tuple[QAction, ...],
    help_menu: tuple[QAction, ...],
) -> None:
    """The toolbar (text only: words a merchant reads), Tokens, Account and Help menus.

    The toolbar ends with the Account menu's first action (Sign out); its last (Quit) stands
    apart.
    """
    toolbar = QToolBar(translate("main_menus", "Actions"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in toolbar_actions:
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(account_menu[0])
    window.addToolBar(toolbar)
    tokens = window.menuBar().addMenu(translate("main_menus", "&Tokens"))
    tokens.setObjectName("tokensMenu")
    for group in token_menu:
        if not tokens.isEmpty():
            tokens.addSeparator()
        for action in group:
            tokens.addAction(action)
    account = window.menuBar().addMenu(translate("main_menus", "&Account"))
    account.setObjectName("accountMenu")
    account.addAction(account_menu[0])
    account.addSeparator()
    account.addActions(list(account_menu[1:-1]))
    account.addSeparator()
    account.addAction(account_menu[-1])
    help_ = window.menuBar().addMenu(translate("main_menus", "&Help"))
    help_.setObjectName("helpMenu")
    help_.addActions(list(help_menu[:2]))
    help_.addSeparator()
    help_.addActions(list(help_menu[2:]))


def held_together(window: QMainWindow, *groups: tuple[QAction, ...]) -> QActionGroup:
    """A group to disable these actions at once; enabled again, each has its own state back."""
    group = QActionGroup(window)
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for actions in groups:
        for action in actions:
            group.addAction(action)
    return group
