"""What the Help menu asks of the world outside the window: a browser, and the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.services.token_service import TokenService
from app.ui.help.help_menu import HELP_PAGE
from app.ui.shared.translation import fill, translate

if TYPE_CHECKING:
    from app.ui.tokens.main_window import MainWindow

UrlOpener = Callable[[QUrl], bool]


def copied() -> str:
    return translate(
        "help_flow",
        "Copied the diagnostic information (versions, system, keychain and server; "
        "no password or token). Paste it into your message to Shipturtle support.",
    )


class HelpFlow(QObject):
    """Opens Shipturtle's help page and copies the diagnostic information, for the window."""

    def __init__(
        self,
        service: TokenService,
        window: MainWindow,
        open_url: UrlOpener = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._window = window
        self._open_url = open_url
        window.help_page_requested.connect(self._on_window_help_page_requested)
        window.diagnostics_requested.connect(self._on_window_diagnostics_requested)

    @Slot()
    def _on_window_help_page_requested(self) -> None:
        if not self._open_url(QUrl(HELP_PAGE)):
            no_browser = translate("HelpFlow", "No browser could be opened. The help page is %1")
            self._window.show_status(fill(no_browser, HELP_PAGE))

    @Slot()
    def _on_window_diagnostics_requested(self) -> None:
        self._service.describe_keychain(on_done=self._copy_diagnostics)

    def _copy_diagnostics(self, keychain: str) -> None:
        from app.services.diagnostics import diagnostic_report  # reads metadata: on first use

        # The report is for Shipturtle's support, in English like the rest of it.
        server = self._service.base_url or "not signed in"
        if self._service.in_demo:
            server = f"the local demo store, {server}"
        report = diagnostic_report(keychain=keychain, server=server)
        QGuiApplication.clipboard().setText(report)
        self._window.show_status(copied())
