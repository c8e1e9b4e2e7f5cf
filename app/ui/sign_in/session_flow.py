"""Who is signed in: the sign-in window, a remembered session, the demo, signing in again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from app.api.errors import NetworkError, RateLimitedError, ServerError, SessionExpiredError
from app.api.secret import Secret
from app.services.token_service import NothingRememberedError, OnFailure, TokenService
from app.storage.credentials import KeychainLockedError
from app.storage.settings import Preferences, Profile
from app.ui.shared.error_words import (
    error_sentence,
    keychain_problem_sentence,
    settings_reset_sentence,
)
from app.ui.shared.first_paint import after_first_paint
from app.ui.shared.translation import translate
from app.ui.sign_in.sign_in import SignInWindow
from app.ui.sign_in.sign_in_request import SignInRequest

if TYPE_CHECKING:
    from app.api.errors import ApiError
    from app.api.models import Session


def not_forgotten() -> str:
    return translate(
        "session_flow",
        "You are signed out, but your keychain could not be opened to forget the remembered "
        "sign-in; it is forgotten the next time this app starts, before anything else.",
    )


# A remembered session that failed for these reasons may still work: keep it, offer Retry.
_RETRY_MAY_HELP = (NetworkError, ServerError, KeychainLockedError)


class SessionFlow(QObject):
    """Signs the merchant in and out, and back in when a session ends in the middle of work.

    Signals:
        started(Session): a new session (sign-in window, remembered session or demo).
        resumed(Session): signed in again after the session ended; the calls it interrupted
            are repeated by the token service.
        ended(): signed out; the sign-in window is showing.
        demo_requested(): the merchant chose the demo on the sign-in window.
        signing_in(bool): a sign-in began (True; nothing may start a call meanwhile, and
            errors from before no longer apply) or is over, either way (False).
    """

    signing_in = Signal(bool)
    started = Signal(object)
    resumed = Signal(object)
    ended = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        service: TokenService,
        preferences: Preferences,
        default_server: str,
        main_window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._preferences = preferences
        self._default_server = default_server
        self._main_window = main_window  # the main window once it exists, for parenting
        self._window: SignInWindow | None = None
        self._pending_profile: Profile | None = None
        self._remembered: Profile | None = None  # what Retry tries again
        self._signed_in_profile: str | None = None  # whose session a sign-out ends
        self._on_restore_failure: OnFailure | None = None
        self._resuming = False
        self._keychain_wanted = False
        self._keychain_told = False
        self._on_demo_failure: OnFailure | None = None
        self._locked_profile: Profile | None = None
        service.session_expired.connect(self._on_service_session_expired)

    # Ways in

    def restore(self, profile: Profile, *, on_failure: OnFailure) -> None:
        """Sign in with the session this profile remembered; not one signed out of while
        the keychain could not forget it: that one is forgotten now, and not restored."""
        if profile.name in self._preferences.settings.forget_pending:
            self._service.forget_session(
                profile.name, on_done=lambda done: self._on_forgotten(profile.name, done)
            )
            on_failure(NothingRememberedError())
            return
        self._pending_profile = self._remembered = profile
        self._on_restore_failure = on_failure
        self.signing_in.emit(True)
        self._service.restore(
            profile.server_url,
            profile.name,
            on_success=self._on_signed_in,
            on_failure=self._on_restore_failed,
        )

    def show_restore_failure(self, error: ApiError) -> SignInWindow:
        """The sign-in window, saying in one sentence why the remembered session was not used.

        When trying again may help (no network, a locked keychain), it offers Retry and the
        remembered session is kept; a password would not help then.
        """
        window = self.show_sign_in()
        quiet = isinstance(error, NothingRememberedError)  # signed out: nothing to explain
        window.show_reason(None if quiet else error_sentence(error), retry=_retry_may_help(error))
        return window

    def start_demo(self, *, on_failure: OnFailure) -> None:
        self._pending_profile = None
        self._on_demo_failure = on_failure
        self.signing_in.emit(True)
        self._service.start_demo(on_success=self._on_signed_in, on_failure=self._on_demo_failed)

    def show_sign_in(self, message: str | None = None, *, over_main: bool = False) -> SignInWindow:
        window = self._window or self._new_sign_in_window(over_main)
        if reset := self._preferences.take_notice():
            window.show_notice(settings_reset_sentence(reset))
        window.show_error(message)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _new_sign_in_window(self, over_main: bool) -> SignInWindow:
        parent = self._main_window() if over_main else None
        window = SignInWindow(self._preferences.settings, self._default_server, parent)
        window.sign_in_requested.connect(self._on_window_sign_in_requested)
        window.retry_requested.connect(self._on_window_retry_requested)
        window.demo_requested.connect(self._on_window_demo_requested)
        window.profile_removal_requested.connect(self._on_window_profile_removal_requested)
        window.rejected.connect(self._on_window_rejected)
        self._window = window
        after_first_paint(window, self._check_keychain)  # its libraries load after that
        return window

    def _check_keychain(self) -> None:
        self._service.check_keychain(on_done=self._on_keychain_checked)

    def _on_keychain_checked(self, problem: str | None) -> None:
        if self._window is not None:
            self._window.set_keychain_problem(problem and keychain_problem_sentence(problem))

    def shown_window(self) -> SignInWindow | None:
        """The sign-in window while it is on screen."""
        window = self._window
        return window if window is not None and window.isVisible() else None

    def close_sign_in(self) -> None:
        if self._window is not None:
            window, self._window = self._window, None
            window.hide()
            window.deleteLater()

    def take_keychain_notice(self) -> str | None:
        """Once, after a sign-in that asked to be remembered: why it could not be."""
        wanted, self._keychain_wanted = self._keychain_wanted, False
        problem = self._service.keychain_problem
        if not wanted or problem is None or self._keychain_told:
            return None
        self._keychain_told = True
        return keychain_problem_sentence(problem)

    def sign_out(self) -> None:
        self._resuming = False
        profile = self._signed_in_profile
        self._service.sign_out(on_done=lambda done: self._on_signed_out(profile, done))

    # Locking: the session ends on the server and in the keychain; whose it was stays known.

    def lock(self) -> None:
        """End the session as signing out does, keeping who was signed in, for `unlock`."""
        self._resuming = False
        self.close_sign_in()  # one asking to sign in again, over the list: the lock asks now
        name = self._signed_in_profile
        self._locked_profile = self._preferences.settings.profile(name) if name else None
        if name is None:  # the demo: nothing in the keychain
            self._service.sign_out(on_done=lambda _forgotten: None)
        else:
            self._service.sign_out(on_done=lambda done: self._on_forgotten(name, done))

    @property
    def locked_profile(self) -> Profile | None:
        """Who unlocks the app: None for the demo store."""
        return self._locked_profile

    def unlock(self, password: Secret | None, *, on_failure: OnFailure) -> None:
        """Sign in again as the account that locked (the demo: no password); `started` follows,
        and the session is remembered again if that profile asked for it."""
        if self._locked_profile is None or password is None:
            self._pending_profile = None
            self._service.start_demo(on_success=self._on_signed_in, on_failure=on_failure)
        else:  # its remembered session was deleted when it locked
            self._sign_in(self._locked_profile, password, False, on_failure)

    # Reactions

    @Slot(object)
    def _on_window_sign_in_requested(self, request: SignInRequest) -> None:
        assert self._window is not None
        self._window.set_busy(True)
        profile = Profile(request.profile, request.server_url, request.email, request.remember)
        remembered_before = self._remembers(request.profile)
        self._sign_in(profile, request.password, remembered_before, self._on_sign_in_failed)

    def _sign_in(
        self, profile: Profile, password: Secret, remembered_before: bool, on_failure: OnFailure
    ) -> None:
        self._pending_profile = profile
        self._service.sign_in(
            profile.server_url,
            profile.email,
            password,
            profile=profile.name,
            remember=profile.remember,
            remembered_before=remembered_before,
            on_success=self._on_signed_in,
            on_failure=on_failure,
        )

    def _remembers(self, name: str) -> bool:
        """Whether a session of this profile was kept in the keychain (the settings say)."""
        profile = self._preferences.settings.profile(name)
        return profile is not None and profile.remember

    def _on_sign_in_failed(self, error: ApiError) -> None:
        if self._window is not None:
            self._window.set_busy(False)
            self._window.show_error(error_sentence(error), concerns_server=error.concerns_server)
            self._window.focus_field_to_fix(concerns_server=error.concerns_server)
            if isinstance(error, RateLimitedError) and error.retry_after:
                self._window.wait_before_retry(error.retry_after)

    @Slot()
    def _on_window_retry_requested(self) -> None:
        if self._window is None or self._remembered is None:
            return
        self._window.set_busy(True)
        self.restore(self._remembered, on_failure=self._on_retry_failed)

    def _on_retry_failed(self, error: ApiError) -> None:
        if self._window is not None:
            self._window.set_busy(False)
        self.show_restore_failure(error)

    def _on_restore_failed(self, error: ApiError) -> None:
        self._pending_profile = None
        self.signing_in.emit(False)
        if self._on_restore_failure is not None:
            self._on_restore_failure(error)

    def _on_demo_failed(self, error: ApiError) -> None:
        self.signing_in.emit(False)
        if self._on_demo_failure is not None:
            self._on_demo_failure(error)

    @Slot(str)
    def _on_window_profile_removal_requested(self, name: str) -> None:
        profile = self._preferences.settings.profile(name)
        self._preferences.forget_profile(name)
        if profile is None or not profile.remember:
            return  # nothing remembered: the keychain is not touched
        self._service.end_remembered_session(
            profile.server_url, name, on_done=lambda done: self._on_forgotten(name, done)
        )

    def _on_forgotten(self, name: str, done: bool) -> None:
        """Whether the keychain forgot a session it had to; if not, again at the next start."""
        self._preferences.forget_later(name, pending=not done)
        if not done and self._window is not None:
            self._window.show_reason(not_forgotten(), retry=False)

    @Slot()
    def _on_window_demo_requested(self) -> None:
        self.close_sign_in()
        self._resuming = False
        self.demo_requested.emit()

    @Slot()
    def _on_window_rejected(self) -> None:
        # Closing the sign-in window while nothing else is open ends the app.
        main_window = self._main_window()
        if main_window is None or not main_window.isVisible():
            QApplication.quit()
        else:
            self.signing_in.emit(False)  # the list stays; its next call asks again

    def _on_signed_in(self, session: Session) -> None:
        profile, self._pending_profile = self._pending_profile, None
        self._signed_in_profile = profile.name if profile is not None else None
        if profile is not None:
            self._preferences.remember_profile(profile)
        self._keychain_wanted = profile is not None and profile.remember
        self.close_sign_in()
        self.signing_in.emit(False)
        resuming, self._resuming = self._resuming, False
        (self.resumed if resuming else self.started).emit(session)

    def _on_signed_out(self, profile: str | None, forgotten: bool) -> None:
        self.ended.emit()
        self.show_sign_in()
        if profile is not None:
            self._on_forgotten(profile, forgotten)

    @Slot()
    def _on_service_session_expired(self) -> None:
        self._resuming = True
        self.signing_in.emit(True)
        if self._service.in_demo and self._on_demo_failure is not None:
            self._service.start_demo(on_success=self._on_signed_in, on_failure=self._on_demo_failed)
            return
        self.show_sign_in(error_sentence(SessionExpiredError()), over_main=True)


def _retry_may_help(error: ApiError) -> bool:
    return isinstance(error, _RETRY_MAY_HELP)
