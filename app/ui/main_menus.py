"""The main window's actions in its toolbar and menus, each with its shortcut in its tooltip."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def window_action(window: QMainWindow, text: str, name: str, shortcut: Shortcut) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
    return action


def place_actions(
    window: QMainWindow,
    toolbar_actions: tuple[QAction, ...],
    token_menu: tuple[tuple[QAction, ...], ...],
    sign_out: QAction,
) -> None:
    """The toolbar (text only: words a merchant reads), Tokens and Account menus."""
    toolbar = QToolBar("Actions", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in toolbar_actions:
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(sign_out)
    window.addToolBar(toolbar)
    tokens = window.menuBar().addMenu("&Tokens")
    for group in token_menu:
        if not tokens.isEmpty():
            tokens.addSeparator()
        for action in group:
            tokens.addAction(action)
    window.menuBar().addMenu("&Account").addAction(sign_out)


def held_together(window: QMainWindow, *groups: tuple[QAction, ...]) -> QActionGroup:
    """A group to disable these actions at once; enabled again, each has its own state back."""
    group = QActionGroup(window)
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for actions in groups:
        for action in actions:
            group.addAction(action)
    return group
