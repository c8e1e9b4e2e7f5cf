"""Wires the windows to the token service: who is shown when, and what each result does."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Slot
from PySide6.QtWidgets import QApplication

from app.api.errors import ApiError, PlanRequiredError, SessionExpiredError
from app.services.clipboard import SecretClipboard
from app.services.token_service import SIGN_IN_OPERATIONS, TokenService
from app.storage.paths import AppPaths
from app.storage.settings import LoadedSettings, Profile, SettingsFile
from app.ui.first_paint import after_first_paint
from app.ui.sign_in import SignInRequest, SignInWindow

if TYPE_CHECKING:
    from app.api.models import AccessToken, CreatedToken, Merchant, NewToken, Permission, Session
    from app.api.secret import Secret
    from app.services.password_check import PasswordStrengthCheck
    from app.ui.create_dialog import CreateTokenDialog
    from app.ui.main_window import MainWindow
    from app.ui.reveal_dialog import RevealTokenDialog
    from app.ui.token_model import TokenTableModel

log = logging.getLogger(__name__)


class AppController(QObject):
    """The app's flow: sign in (or demo), list, create and reveal, revoke, sign out."""

    def __init__(
        self,
        *,
        service: TokenService,
        clipboard: SecretClipboard,
        settings_file: SettingsFile,
        loaded: LoadedSettings,
        paths: AppPaths,
        default_server: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.clipboard = clipboard
        self._settings_file = settings_file
        self._settings = loaded.settings
        self._settings_notice = loaded.notice
        self._paths = paths
        self._default_server = default_server
        self._model: TokenTableModel | None = None
        self._main_window: MainWindow | None = None
        self.sign_in_window: SignInWindow | None = None
        self.create_dialog: CreateTokenDialog | None = None
        self.reveal_dialog: RevealTokenDialog | None = None
        self._permissions: list[Permission] = []
        self._merchant: Merchant | None = None
        self._pending_profile: Profile | None = None
        self._abandoned_keys: set[str] = set()
        self._create_when_permissions_arrive = False
        self._reauthenticating = False
        self._keychain_told = False
        self._retry: Callable[[], None] | None = None
        self._strength_check: PasswordStrengthCheck | None = None
        self._connect()

    @property
    def service(self) -> TokenService:
        return self._service

    @property
    def permissions(self) -> list[Permission]:
        """The permissions the server offers, once loaded."""
        return list(self._permissions)

    # The main window and its model are built on first use, so that the sign-in window
    # alone appears as fast as possible.

    @property
    def model(self) -> TokenTableModel:
        if self._model is None:
            from app.ui.token_model import TokenTableModel

            self._model = TokenTableModel(parent=self)
        return self._model

    @property
    def main_window(self) -> MainWindow:
        if self._main_window is None:
            from app.ui.main_window import MainWindow

            self._main_window = window = MainWindow(self.model)
            if self._settings.window_geometry:
                window.restoreGeometry(
                    QByteArray.fromBase64(self._settings.window_geometry.encode())
                )
            window.new_token_requested.connect(self._on_window_new_token_requested)
            window.revoke_confirmed.connect(self._on_window_revoke_confirmed)
            window.refresh_requested.connect(self._on_window_refresh_requested)
            window.sign_out_requested.connect(self._service.sign_out)
            self.clipboard.countdown.connect(window.set_clipboard_countdown)
        return self._main_window

    def _connect(self) -> None:
        service = self._service
        service.signed_in.connect(self._on_service_signed_in)
        service.signed_out.connect(self._on_service_signed_out)
        service.tokens_loaded.connect(self._on_service_tokens_loaded)
        service.permissions_loaded.connect(self._on_service_permissions_loaded)
        service.token_created.connect(self._on_service_token_created)
        service.token_revoked.connect(self._on_service_token_revoked)
        service.failed.connect(self._on_service_failed)
        service.session_expired.connect(self._on_service_session_expired)

    # Starting

    def start(self, *, demo: bool, when_shown: Callable[[], None] | None = None) -> None:
        """Show a window at once; `when_shown` and anything slow run after its first paint."""
        last = self._settings.profile(self._settings.last_profile or "")
        then: Callable[[], None] | None = None
        if demo:
            self._show_main_loading("Starting the demo store\u2026")
            then = self._start_demo
        elif last is not None and last.remember:
            self._pending_profile = last
            self._show_main_loading("Signing in\u2026")
            then = lambda: self._service.restore(last.server_url, last.name)  # noqa: E731
        else:
            self._show_sign_in()
        shown = self.main_window if self.sign_in_window is None else self.sign_in_window
        after_first_paint(shown, lambda: _run_all(when_shown, then))

    def _show_main_loading(self, text: str) -> None:
        self.main_window.set_loading(text)
        self.main_window.show()

    def _start_demo(self) -> None:
        self._retry = self._start_demo
        self._pending_profile = None
        self._service.start_demo(self._paths.demo_database)

    def _show_sign_in(self, message: str | None = None, *, over_main: bool = False) -> None:
        if self.sign_in_window is None:
            parent = self.main_window if over_main else None
            window = SignInWindow(self._settings, self._default_server, parent)
            window.sign_in_requested.connect(self._on_sign_in_requested)
            window.demo_requested.connect(self._on_sign_in_demo_requested)
            window.rejected.connect(self._on_sign_in_rejected)
            self.sign_in_window = window
        if self._settings_notice:
            self.sign_in_window.show_notice(self._settings_notice)
            self._settings_notice = None
        self.sign_in_window.show_error(message)
        self.sign_in_window.show()
        self.sign_in_window.raise_()
        self.sign_in_window.activateWindow()

    def _close_sign_in(self) -> None:
        if self.sign_in_window is not None:
            window, self.sign_in_window = self.sign_in_window, None
            window.hide()
            window.deleteLater()

    # Signing in and out

    @Slot(object)
    def _on_sign_in_requested(self, request: SignInRequest) -> None:
        assert self.sign_in_window is not None
        self.sign_in_window.set_busy(True)
        self._pending_profile = Profile(
            request.profile, request.server_url, request.email, request.remember
        )
        self._service.sign_in(
            request.server_url,
            request.email,
            request.password,
            profile=request.profile,
            remember=request.remember,
        )

    @Slot()
    def _on_sign_in_demo_requested(self) -> None:
        self._close_sign_in()
        self._reauthenticating = False
        self._show_main_loading("Starting the demo store\u2026")
        after_first_paint(self.main_window, self._start_demo)

    @Slot()
    def _on_sign_in_rejected(self) -> None:
        # Closing the sign-in window while nothing else is open ends the app.
        if self._main_window is None or not self._main_window.isVisible():
            QApplication.quit()

    @Slot(object)
    def _on_service_signed_in(self, session: Session) -> None:
        self._merchant = session.merchant
        wanted_to_be_remembered = self._remember_profile()
        self._close_sign_in()
        self._show_merchant(session.merchant)
        self.main_window.show()
        if wanted_to_be_remembered:
            self._tell_about_keychain()
        if self._reauthenticating:
            self._reauthenticating = False  # the service repeats what was interrupted
            return
        self._load_tokens()
        self._service.load_permissions()

    def _remember_profile(self) -> bool:
        """Save the profile just signed in with; return whether it asked to be remembered."""
        profile, self._pending_profile = self._pending_profile, None
        if profile is None:
            return False
        self._settings = self._settings.with_profile(profile)
        self._save_settings()
        return profile.remember

    def _save_settings(self) -> None:
        try:
            self._settings_file.save(self._settings)
        except OSError as error:
            log.warning("Could not save settings: %s", type(error).__name__)

    def _tell_about_keychain(self) -> None:
        problem = self._service.keychain_problem
        if problem and not self._keychain_told:
            self._keychain_told = True
            self.main_window.show_status(problem)

    @Slot()
    def _on_service_signed_out(self) -> None:
        self._merchant = None
        self.main_window.hide()
        self.model.set_tokens([])
        self._show_sign_in()

    @Slot()
    def _on_service_session_expired(self) -> None:
        self._reauthenticating = True
        if self._is_demo():
            self._service.start_demo(self._paths.demo_database)
            return
        self._show_sign_in("Your session has ended. Sign in again to continue.", over_main=True)

    def _is_demo(self) -> bool:
        demo = self._service.demo
        return demo is not None and self._service.base_url == demo.url

    # Tokens

    def _load_tokens(self) -> None:
        self._retry = self._load_tokens
        self._service.load_tokens("all")

    @Slot(list)
    def _on_service_tokens_loaded(self, tokens: list[AccessToken]) -> None:
        self.main_window.set_tokens(tokens)

    @Slot()
    def _on_window_refresh_requested(self) -> None:
        if self._retry is not None:
            self._retry()

    @Slot(list)
    def _on_service_permissions_loaded(self, permissions: list[Permission]) -> None:
        self._permissions = permissions
        if self._create_when_permissions_arrive:
            self._create_when_permissions_arrive = False
            self._open_create_dialog()

    @Slot()
    def _on_window_new_token_requested(self) -> None:
        if self._merchant is not None and not self._merchant.api_integration:
            return
        if self._permissions:
            self._open_create_dialog()
        else:
            self._create_when_permissions_arrive = True
            self._service.load_permissions()

    def _open_create_dialog(self) -> None:
        if self.create_dialog is not None:
            self.create_dialog.raise_()
            return
        from app.ui.create_dialog import CreateTokenDialog  # loaded on first use: faster start

        if self._strength_check is None:
            from app.services.password_check import PasswordStrengthCheck

            self._strength_check = PasswordStrengthCheck(parent=self)
        dialog = CreateTokenDialog(
            self._permissions,
            self._strength_check,
            store_name=self._merchant.name if self._merchant else "",
            parent=self.main_window,
        )
        dialog.submitted.connect(self._on_create_submitted)
        dialog.rejected.connect(self._on_create_rejected)
        self.create_dialog = dialog
        dialog.open()

    @Slot(object, str)
    def _on_create_submitted(self, new_token: NewToken, key: str) -> None:
        self._service.create_token(new_token, key)

    @Slot()
    def _on_create_rejected(self) -> None:
        dialog, self.create_dialog = self.create_dialog, None
        if dialog is not None:
            # Cancelled while the server was working: a token that still arrives is revoked.
            self._abandoned_keys.add(dialog.idempotency_key)
            dialog.deleteLater()

    @Slot(object, str)
    def _on_service_token_created(self, created: CreatedToken, key: str) -> None:
        dialog = self.create_dialog
        if key in self._abandoned_keys or dialog is None:
            # Cancelled while the server worked, or nothing left to show its password with:
            # a token nobody can hand over is revoked rather than left active and unseen.
            log.info("Revoking a token whose creation was cancelled")
            self._service.revoke_token(created.access_token.id)
            return
        self.create_dialog = None
        password = dialog.password  # locked while creating: the one that was sent
        dialog.accept()
        dialog.deleteLater()
        self.main_window.update_token(created.access_token)
        self.main_window.select_token(created.access_token.id)
        self._reveal(created, password)

    def _reveal(self, created: CreatedToken, password: Secret) -> None:
        from app.ui.developer_message import HandOff
        from app.ui.reveal_dialog import RevealTokenDialog

        hand_off = HandOff(
            store_name=self._merchant.name if self._merchant else "your store",
            api_base_url=self._service.base_url or "",
            permission_labels={p.key: p.label for p in self._permissions},
            demo=self._is_demo(),
        )
        dialog = RevealTokenDialog(created, password, hand_off, self.clipboard, self.main_window)
        dialog.finished.connect(self._on_reveal_finished)
        self.reveal_dialog = dialog
        dialog.open()

    @Slot()
    def _on_reveal_finished(self) -> None:
        dialog, self.reveal_dialog = self.reveal_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # After a confirmation box, some window managers leave no window active; the
        # merchant's next Ctrl+N must reach the main window without a click first.
        self.main_window.activateWindow()

    @Slot(list)
    def _on_window_revoke_confirmed(self, tokens: list[AccessToken]) -> None:
        for token in tokens:
            self._service.revoke_token(token.id)

    @Slot(object)
    def _on_service_token_revoked(self, token: AccessToken) -> None:
        self.main_window.update_token(token)
        self.main_window.show_status(f"Revoked the token for \u201c{token.username}\u201d.")

    # Failures

    @Slot(str, object)
    def _on_service_failed(self, operation: str, error: ApiError) -> None:
        log.info("%s failed: %s (%s)", operation, type(error).__name__, error.code)
        if isinstance(error, SessionExpiredError) and operation not in SIGN_IN_OPERATIONS:
            return  # the sign-in prompt is already on its way
        if operation == "sign_in" and self.sign_in_window is not None:
            self.sign_in_window.set_busy(False)
            self.sign_in_window.show_error(error.message)
        elif operation == "restore":
            self.main_window.hide()
            self._show_sign_in()
        elif operation == "create" and self.create_dialog is not None:
            self.create_dialog.show_server_error(error)
        elif operation == "demo":
            self.main_window.show_error(f"The demo store could not start. {error.message}")
        elif operation == "revoke":
            self.main_window.show_error(f"The token was not revoked. {error.message}", retry=False)
        else:
            self.main_window.show_error(error.message)
        if isinstance(error, PlanRequiredError) and self._merchant is not None:
            self._show_merchant(dataclasses.replace(self._merchant, api_integration=False))

    def _show_merchant(self, merchant: Merchant) -> None:
        base_url = self._service.base_url or ""
        self.main_window.set_merchant(merchant, base_url, demo=self._is_demo())

    def shutdown(self) -> None:
        """Stop background work and remember the window; the clipboard clears itself."""
        if self._strength_check is not None:
            self._strength_check.shutdown()
        self._service.shutdown()
        if self._main_window is not None:
            geometry = bytes(self._main_window.saveGeometry().toBase64().data()).decode()
            self._settings = dataclasses.replace(self._settings, window_geometry=geometry)
            self._save_settings()


def _run_all(*callbacks: Callable[[], None] | None) -> None:
    for callback in callbacks:
        if callback is not None:
            callback()
