"""The Help menu's two windows: every keyboard shortcut the window has, and About."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.diagnostics import Part, app_version
from app.ui.shared.translation import translate
from app.ui.shared.widgets import fit_to_screen, heading_label, named, wrapped_label

Shortcuts = list[tuple[str, list[tuple[str, str]]]]


def action_text(action: QAction) -> str:
    """What a menu shows for an action, without its mnemonic and trailing dots."""
    return action.text().replace("&", "").rstrip("\u2026")


def keys_of(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts())


def window_shortcuts(window: QMainWindow) -> Shortcuts:
    """Every action of `window` that has a shortcut, grouped by its menu (others last)."""
    groups: Shortcuts = []
    listed: set[QAction] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        actions = [a for a in menu.actions() if a.shortcuts()] if isinstance(menu, QMenu) else []
        if actions:
            groups.append((action_text(menu_action), _rows(actions)))
            listed.update(actions)
    rest = [a for a in window.findChildren(QAction) if a.shortcuts() and a not in listed]
    if rest:
        groups.append((translate("help_dialogs", "Other"), _rows(rest)))
    return groups


def _rows(actions: list[QAction]) -> list[tuple[str, str]]:
    return [(action_text(action), keys_of(action)) for action in actions]


def _dialog(parent: QWidget, object_name: str, title: str) -> tuple[QDialog, QVBoxLayout]:
    dialog = named(QDialog(parent), object_name, title)
    dialog.setWindowTitle(title)  # Qt adds " — Shipturtle Tokens", as to every window
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    return dialog, layout


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(dialog)
    # Text only, like every other Close: a standard button gets an icon in some styles.
    text = translate("help_dialogs", "Close")
    close = buttons.addButton(text, QDialogButtonBox.ButtonRole.RejectRole)
    named(close, "helpCloseButton", text).setDefault(True)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def _tree(parent: QWidget, object_name: str, name: str, headers: list[str]) -> QTreeWidget:
    tree = named(QTreeWidget(parent), object_name, name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    """The shortcuts, read from the window's own actions, so the list is always the truth."""
    title = translate("help_dialogs", "Keyboard shortcuts")
    dialog, layout = _dialog(window, "shortcutsDialog", title)
    headers = [translate("help_dialogs", "Action"), translate("help_dialogs", "Keys")]
    tree = _tree(dialog, "shortcutsList", title, headers)
    for group, rows in window_shortcuts(window):
        heading = QTreeWidgetItem(tree, [group, ""])
        heading.setFirstColumnSpanned(True)
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        for text, keys in rows:
            QTreeWidgetItem(heading, [text, keys])
    tree.expandAll()
    layout.addWidget(tree)
    _close_button(dialog, layout)
    dialog.resize(460, 480)
    fit_to_screen(dialog)
    return dialog


def about_dialog(parent: QWidget, parts: list[Part]) -> QDialog:
    """The app's version, what it is for, and the licence of every part it is built with."""
    dialog, layout = _dialog(parent, "aboutDialog", translate("help_dialogs", "About"))
    layout.addWidget(heading_label(app_version(), dialog))
    about = translate(
        "help_dialogs",
        "Create, share and revoke the access tokens your developers use with the Shipturtle "
        "API (API integration in the Shipturtle dashboard).",
    )
    layout.addWidget(wrapped_label(about, dialog))
    parts_said = translate(
        "help_dialogs",
        "Shipturtle Tokens is built with these open-source parts, each under its own licence "
        "(as each one declares it):",
    )
    layout.addWidget(wrapped_label(parts_said, dialog))
    headers = [
        translate("help_dialogs", "Part"),
        translate("help_dialogs", "Version"),
        translate("help_dialogs", "Licence"),
    ]
    tree = _tree(dialog, "partsList", translate("help_dialogs", "Open-source parts"), headers)
    for part in parts:
        QTreeWidgetItem(tree, [part.name, part.version, part.licence])
    layout.addWidget(tree, 1)
    _close_button(dialog, layout)
    dialog.resize(620, 520)
    fit_to_screen(dialog)
    return dialog
