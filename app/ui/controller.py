"""Wires the windows to the token service: who is shown when, and what each result does."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from app.api.errors import ApiError, PlanRequiredError
from app.services.clipboard import SecretClipboard
from app.services.idle_watch import IdleClock
from app.services.token_service import TokenService
from app.storage.settings import Preferences
from app.ui.shared.error_words import error_sentence
from app.ui.shared.first_paint import (
    MAIN_WINDOW_MODULES,
    after_first_paint,
    load_in_idle_turns,
    run_all,
)
from app.ui.shared.session_scope import SessionScope
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import raise_windows, saved_geometry
from app.ui.sign_in.session_flow import SessionFlow

if TYPE_CHECKING:
    from app.api.models import AccessToken, Merchant, Session
    from app.ui.help_flow import UrlOpener
    from app.ui.tokens.main_window import MainWindow
    from app.ui.window_flows import WindowFlows

log = logging.getLogger(__name__)


def _starting_demo() -> str:
    return translate("controller", "Starting the demo store\u2026")


class AppController(QObject):
    """The app's flow: sign in (or demo), list, create and reveal, revoke, sign out.

    Signals:
        ready(): the first screen the merchant can use is on screen (the sign-in window,
            or the token list); emitted once.
        loaded(): the main window and the code it runs on are loaded: what lives as long
            as the app now exists (see GuiThreadGarbageCollector.freeze_survivors); once.
    """

    ready = Signal()
    loaded = Signal()

    def __init__(
        self,
        *,
        service: TokenService,
        clipboard: SecretClipboard,
        preferences: Preferences,
        default_server: str,
        languages: Sequence[str] = (),
        open_url: UrlOpener = QDesktopServices.openUrl,
        idle_clock: IdleClock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._idle_clock = idle_clock  # what the lock measures idle time with
        self._open_url = open_url
        self._languages = list(languages)  # those the app has besides English
        self._clipboard = clipboard
        self._preferences = preferences
        self._main_window: MainWindow | None = None
        self._flows: WindowFlows | None = None  # built with the main window
        self._merchant: Merchant | None = None
        self._retry: Callable[[], None] | None = None
        self._ready_told = self._loaded_told = False
        self._shut_down = False
        self._session = SessionFlow(
            service, preferences, default_server, lambda: self._main_window, self
        )
        self._scope = SessionScope(clipboard, self)
        service.session_expired.connect(self._scope.end)
        self._session.started.connect(self._on_session_started)
        self._session.resumed.connect(self._on_session_resumed)
        self._session.ended.connect(self._on_session_ended)
        self._session.demo_requested.connect(self._on_session_demo_requested)
        self._session.signing_in.connect(self._on_session_signing_in)

    # The main window is built on first use, so that the sign-in window alone appears fast.

    @property
    def _window(self) -> MainWindow:
        if self._main_window is None:
            from app.ui.tokens.main_window import MainWindow
            from app.ui.tokens.token_model import TokenTableModel
            from app.ui.tokens.window_settings import keep_in_settings
            from app.ui.window_flows import FlowParts, build_window_flows

            window = MainWindow(TokenTableModel(parent=self))
            self._main_window = window
            keep_in_settings(window, self._preferences, self._languages)
            window.refresh_requested.connect(self._load_tokens)
            window.retry_requested.connect(self._on_window_retry_requested)
            window.sign_out_requested.connect(self._on_window_sign_out_requested)
            window.quit_requested.connect(QApplication.quit)  # aboutToQuit: shutdown()
            self._clipboard.countdown.connect(window.set_clipboard_countdown)
            self._flows = build_window_flows(
                window,
                FlowParts(
                    self._service,
                    self._clipboard,
                    self._preferences,
                    self._scope,
                    self._session,
                    self._open_url,
                    self._idle_clock,
                ),
                on_failure=self._on_failure,
                on_plan_missing=self._on_plan_missing,
                parent=self,
            )
        return self._main_window

    def _build_main_window_early(self) -> None:
        if not self._shut_down:
            _ = self._window
            self._tell_loaded()

    def _tell_loaded(self) -> None:
        if not self._loaded_told:
            self._loaded_told = True
            self.loaded.emit()

    # Starting

    def start(self, *, demo: bool, when_shown: Callable[[], None] | None = None) -> None:
        """Show a window at once; `when_shown` and anything slow run after its first paint."""
        settings = self._preferences.settings
        last = settings.profile(settings.last_profile or "")
        then: Callable[[], None] | None = None
        shown: QWidget
        if demo:
            shown = self._show_loading(_starting_demo())
            then = self._start_demo
        elif last is not None and last.remember:
            shown = self._show_loading(translate("AppController", "Signing in\u2026"))
            then = lambda: self._session.restore(last, on_failure=self._on_restore_failed)  # noqa: E731
        else:
            shown = self._show_sign_in()
        after_first_paint(shown, lambda: run_all(when_shown, then))

    def _show_loading(self, text: str) -> MainWindow:
        self._window.set_loading(text)
        self._window.set_signing_in(True)  # until the session flow says it is over
        self._window.show()
        return self._window

    def _show_sign_in(self) -> QWidget:
        window = self._session.show_sign_in()
        self._tell_ready(window)
        # The main window is built while the merchant types (~60 ms at once), not when they
        # press Sign in, which stopped everything for that long.
        load_in_idle_turns(self, MAIN_WINDOW_MODULES, then=self._build_main_window_early)
        return window

    def _tell_ready(self, window: QWidget) -> None:
        if not self._ready_told:
            self._ready_told = True
            after_first_paint(window, self.ready.emit)
            window.update()

    def _start_demo(self) -> None:
        self._retry = self._start_demo
        self._session.start_demo(on_failure=self._on_demo_failed)

    def _on_demo_failed(self, error: ApiError) -> None:
        reason = error_sentence(error)
        self._window.show_error(
            fill(translate("AppController", "The demo store could not start. %1"), reason)
        )

    def _on_restore_failed(self, error: ApiError) -> None:
        self._window.hide()
        self._tell_ready(self._session.show_restore_failure(error))

    @Slot()
    def _on_session_demo_requested(self) -> None:
        after_first_paint(self._show_loading(_starting_demo()), self._start_demo)

    # Sessions

    @Slot(object)
    def _on_session_started(self, session: Session) -> None:
        self._on_session_resumed(session)
        if notice := self._session.take_keychain_notice():
            self._window.show_status(notice)
        self._window.set_loading()  # never "No tokens yet" while they are on their way
        self._load_tokens()
        assert self._flows is not None
        self._flows.create.load_permissions()

    @Slot(object)
    def _on_session_resumed(self, session: Session) -> None:
        self._window.set_offers(self._service.offers)  # asked with this sign-in
        self._show_merchant(session.merchant)
        self._window.show()
        assert self._flows is not None
        self._flows.lock.signed_in(session)

    @Slot(bool)
    def _on_session_signing_in(self, signing_in: bool) -> None:
        if self._main_window is not None:  # before the first sign-in there is none yet
            self._main_window.set_signing_in(signing_in)

    @Slot()
    def _on_window_sign_out_requested(self) -> None:
        self._scope.after_asking(self._session.sign_out)  # a token not copied: asked first

    @Slot()
    def _on_session_ended(self) -> None:
        self._scope.end()
        self._merchant = None
        self._window.hide()
        self._window.set_tokens([])

    def _show_merchant(self, merchant: Merchant) -> None:
        self._merchant = merchant
        base_url = self._service.base_url or ""
        self._window.set_merchant(merchant, base_url, demo=self._service.in_demo)
        assert self._flows is not None
        self._flows.create.set_merchant(merchant)

    # Tokens

    @Slot()
    def _load_tokens(self) -> None:
        self._service.load_tokens(on_success=self._on_tokens_loaded, on_failure=self._on_failure)

    def _on_tokens_loaded(self, tokens: list[AccessToken]) -> None:
        self._window.set_tokens(tokens)
        self._tell_ready(self._window)
        QTimer.singleShot(500, self, self._tell_loaded)  # not before the list is painted
        if self._flows is not None:
            self._flows.notifier.check(tokens)
            self._flows.hand_offs.start()

    def _on_failure(self, error: ApiError) -> None:
        """Say what went wrong in the main window; its Retry button loads the list again."""
        log.info("A call failed: %s (%s)", type(error).__name__, error.code)
        self._retry = self._load_tokens
        self._window.show_error(error_sentence(error))
        if isinstance(error, PlanRequiredError):
            self._on_plan_missing()

    def _on_plan_missing(self) -> None:
        if self._merchant is not None and self._merchant.api_integration:
            self._show_merchant(dataclasses.replace(self._merchant, api_integration=False))

    @Slot()
    def _on_window_retry_requested(self) -> None:
        if self._retry is not None:
            self._retry()

    @Slot()
    def bring_to_front(self) -> None:
        """Show the window the merchant works in on top (another start of the app asked)."""
        log.info("Another start of the app brought this one to the front")
        main = self._main_window if self._main_window and self._main_window.isVisible() else None
        locked = self._flows.lock.shown_window() if self._flows else None
        shown = locked or QApplication.activeModalWidget() or self._session.shown_window()
        raise_windows(main, shown)

    def shutdown(self) -> None:
        """Stop background work, clear a copied secret, remember the window."""
        if self._shut_down:
            return
        self._shut_down = True
        self._clipboard.clear_now()  # also a clipboard Qt must not free after Python
        if self._flows is not None:
            self._flows.create.shutdown()
        self._service.shutdown()
        self._session.close_sign_in()
        if self._main_window is not None:
            self._preferences.remember_window_geometry(saved_geometry(self._main_window))
