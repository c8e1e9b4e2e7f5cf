"""Locking the app when nobody is there (or on Lock now), and unlocking it with the password."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.api.errors import ApiError
from app.services.idle_watch import IdleWatch
from app.storage.settings import Preferences
from app.ui.lock.lock_menu import LockMenu
from app.ui.lock.lock_window import LockWindow
from app.ui.shared.error_words import error_sentence
from app.ui.shared.session_scope import SessionScope
from app.ui.shared.translation import translate
from app.ui.sign_in.session_flow import SessionFlow

if TYPE_CHECKING:
    from app.api.models import Session
    from app.api.secret import Secret
    from app.ui.tokens.main_window import MainWindow

log = logging.getLogger(__name__)


class LockFlow(QObject):
    """After the chosen idle time, or on Lock now: the session's windows close (a show-once
    screen not copied waits hidden), the clipboard is cleared, the session ends on the server
    and in the keychain, the list is emptied and hidden (so refreshing stops), and one window
    says the app is locked. Unlocking signs in again and brings back what waited."""

    def __init__(
        self,
        session: SessionFlow,
        scope: SessionScope,
        window: MainWindow,
        preferences: Preferences,
        idle: IdleWatch,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._scope = scope
        self._main_window = window
        self._preferences = preferences
        self._idle = idle
        self._lock_window: LockWindow | None = None
        self._who: tuple[str, str] = ("", "")  # store, account
        self._selected: str | None = None
        window.lock_requested.connect(self.lock)
        window.add_to_account_menu(LockMenu(preferences, self._on_menu_chosen, window))
        idle.idle.connect(self._on_idle)
        session.ended.connect(idle.stop)

    @property
    def locked(self) -> bool:
        return self._lock_window is not None

    def shown_window(self) -> LockWindow | None:
        return self._lock_window

    # Locking

    @Slot()
    def _on_idle(self) -> None:
        log.info("Locking after %d idle minutes", self._preferences.settings.lock_after_minutes)
        self.lock()

    @Slot()
    def lock(self) -> None:
        if self.locked or not self._main_window.isVisible():
            return  # already locked, or not signed in: nothing to lock
        self._idle.stop()
        selected = self._main_window.selected_tokens()
        self._selected = selected[0].id if selected else None  # selected again after unlock
        self._scope.lock()
        self._main_window.hide()  # its watch stops with it
        self._main_window.set_tokens([])
        self._session.lock()
        profile = self._session.locked_profile
        window = LockWindow(
            *self._who, needs_password=profile is not None, waiting=self._scope.behind_lock
        )
        window.unlock_requested.connect(self._on_lock_window_unlock_requested)
        window.quit_requested.connect(self._on_lock_window_quit_requested)
        self._lock_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(object)
    def _on_lock_window_unlock_requested(self, password: Secret | None) -> None:
        self._session.unlock(password, on_failure=self._on_unlock_failed)

    def _on_unlock_failed(self, error: ApiError) -> None:
        if self._lock_window is not None:
            self._lock_window.show_error(error_sentence(error))

    @Slot()
    def _on_lock_window_quit_requested(self) -> None:
        """Closing the lock window quits; a token not copied yet is lost then, so it asks."""
        window = self._lock_window
        if window is None:
            return
        if not self._scope.behind_lock:
            QApplication.quit()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("LockFlow", "Quit without the new token?"),
            translate(
                "LockFlow",
                "A new token you have not copied yet waits behind the lock; quitting loses it "
                "for good. Unlock first to copy it.",
            ),
            QMessageBox.StandardButton.Cancel,
            window,
        )
        box.addButton(translate("LockFlow", "Quit and lose it"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(QApplication.quit)
        box.open()

    # Unlocked (or signed in for the first time)

    def signed_in(self, session: Session) -> None:
        """The main window shows this session: idle time counts from now; after an unlock,
        the lock window goes and what waited behind it comes back."""
        self._who = (session.merchant.name, session.merchant.email)
        self._idle.start(self._preferences.settings.lock_after_minutes)
        window, self._lock_window = self._lock_window, None
        if window is not None:
            window.forget_password()
            window.hide()
            window.deleteLater()
            self._scope.unlock()
            if self._selected is not None:  # once the list is back
                once = Qt.ConnectionType.SingleShotConnection
                self._main_window.model.tokens_set.connect(self._on_list_back, once)

    @Slot()
    def _on_list_back(self) -> None:
        if self._selected is not None:
            self._main_window.select_token(self._selected)
            self._selected = None

    def _on_menu_chosen(self, minutes: int) -> None:
        if not self.locked:
            self._idle.start(minutes)
