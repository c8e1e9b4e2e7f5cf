"""The main window's Help menu: keyboard shortcuts, Shipturtle's help page, diagnostics, About."""

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.ui.shared.translation import fill, translate

HELP_PAGE = "https://docs.shipturtle.com/en/articles/9570562-shipturtle-open-apis"


class HelpMenu(QObject):
    """The Help menu's actions; it opens its own windows and asks for the rest.

    Signals:
        help_page_requested(): open Shipturtle's help page on API integration in a browser.
        diagnostics_requested(): copy the diagnostic information to the clipboard.
    """

    help_page_requested = Signal()
    diagnostics_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shortcuts = self._action(
            translate("HelpMenu", "Keyboard shortcuts"), "shortcutsAction"
        )
        self._help_page = self._action(
            translate("HelpMenu", "Shipturtle help: API integration"), "helpPageAction"
        )
        self._help_page.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        )
        self._help_page.setStatusTip(
            fill(translate("HelpMenu", "Opens %1 in your browser"), HELP_PAGE)
        )
        self._diagnostics = self._action(
            translate("HelpMenu", "Copy diagnostic information"), "copyDiagnosticsAction"
        )
        self._diagnostics.setStatusTip(
            translate(
                "HelpMenu",
                "Copies versions, system, keychain and server for a support request; "
                "never a password or a token",
            )
        )
        self._about = self._action(translate("HelpMenu", "About Shipturtle Tokens"), "aboutAction")
        self._about.setMenuRole(QAction.MenuRole.AboutRole)
        self._shortcuts.triggered.connect(self._on_shortcuts_triggered)
        self._help_page.triggered.connect(self.help_page_requested)
        self._diagnostics.triggered.connect(self.diagnostics_requested)
        self._about.triggered.connect(self._on_about_triggered)

    def _action(self, text: str, name: str) -> QAction:
        action = QAction(text, self._window)  # the window's child: tests find it by name
        action.setObjectName(name)
        return action

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self._shortcuts, self._help_page, self._diagnostics, self._about)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        from app.ui.help.help_dialogs import shortcuts_dialog  # loaded on first use: faster start

        shortcuts_dialog(self._window).show()

    @Slot()
    def _on_about_triggered(self) -> None:
        from app.services.diagnostics import bundled_parts
        from app.ui.help.help_dialogs import about_dialog

        about_dialog(self._window, bundled_parts()).show()
