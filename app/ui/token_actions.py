"""After a token exists: its details, rotating it, stopping its old one, checking a pasted one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtWidgets import QWidget

from app.api.errors import ApiError
from app.api.models import AccessToken, CreatedToken, TokenStatus
from app.services.clipboard import SecretClipboard
from app.services.token_service import OnFailure, TokenService
from app.ui.check_flow import CheckFlow
from app.ui.details_flow import DetailsFlow
from app.ui.shared.dialogs import token_names
from app.ui.shared.error_words import error_sentence
from app.ui.shared.switchover import has_switched
from app.ui.shared.translation import fill, tr, translate
from app.ui.token_watch import TokenWatch

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.api.hand_off_calls import HandOffReceipt
    from app.services.token_changes import TokenChanges
    from app.ui.reveal.developer_message import HandOff, Replaced
    from app.ui.reveal.send_link_dialog import LinkSender
    from app.ui.rotate.rotate_dialog import RotateDialog
    from app.ui.shared.session_scope import SessionScope
    from app.ui.tokens.main_window import MainWindow

Clock = Callable[[], datetime]
HandOffFor = Callable[["Replaced | None"], "HandOff"]


class TokenActions(QObject):
    """One details window, one rotation and one check at a time, each with its own outcome."""

    def __init__(
        self,
        service: TokenService,
        clipboard: SecretClipboard,
        main_window: MainWindow,
        hand_off: HandOffFor,
        clock: Clock,
        scope: SessionScope,
        *,
        on_failure: OnFailure,
        on_switched: Callable[[list[AccessToken]], None] | None = None,
        link_sender: Callable[[], LinkSender | None] = lambda: None,
        on_receipts: Callable[[Sequence[HandOffReceipt]], None] = lambda _receipts: None,
        parent: QObject | None = None,
    ) -> None:
        """`on_switched`: tokens whose developer switched to the new secret, noticed while
        the window was not in front (for a desktop notification). `link_sender`: what makes
        one-time links on the show-once screen, if the server offers them; `on_receipts`:
        the links' receipts, read again with the list."""
        super().__init__(parent)
        self._link_sender = link_sender
        self._on_receipts = on_receipts
        self._on_switched = on_switched
        self._scope = scope
        self._service = service
        self._clipboard = clipboard
        self._main_window = main_window
        self._hand_off = hand_off
        self._clock = clock
        self._on_failure = on_failure
        self._details = DetailsFlow(
            service,
            main_window,
            clock,
            scope,
            permission_labels=lambda: hand_off(None).permission_labels,
            rotate=self.rotate,
            stop_old=self.stop_old,
            revoke=lambda tokens, parent: self.confirm_revoke(tokens, parent=parent),
            saved=self.token_changed,
            on_failure=on_failure,
            parent=self,
        )
        self._rotating: RotateDialog | None = None
        self._checking = CheckFlow(
            service,
            main_window,
            clock,
            scope,
            permission_labels=lambda: hand_off(None).permission_labels,
            revoke=lambda token, old: self.confirm_revoke([token], current_too=old),
            stop_old=self.stop_old,
            parent=self,
        )
        TokenWatch(  # lives as this object's child, watching the window
            service,
            main_window,
            clock,
            apply=self._on_tokens_read,
            details_open=lambda: self._details.dialog is not None,
            after_read=self._details.refresh_activity,
            parent=self,
        )
        main_window.details_requested.connect(self._details.open)
        main_window.rotate_requested.connect(self.rotate)
        main_window.extend_requested.connect(self._on_window_extend_requested)
        main_window.stop_old_requested.connect(self.stop_old)
        main_window.check_token_requested.connect(self._checking.open)
        main_window.revoke_requested.connect(self.confirm_revoke)

    def _on_window_extend_requested(self, token: AccessToken) -> None:
        self._details.open(token, focus_expiry=True)

    def _on_tokens_read(self, changes: TokenChanges, generation: int) -> None:
        """The list read again on its own: the window, Details and a check show it as is."""
        self._main_window.apply_changes(changes, generation)
        for token in (*changes.changed, *changes.added):
            self._details.show_token(token)
            self._checking.token_changed(token)
        self._tell_switched(changes)
        if changes.receipts is not None:
            self._details.show_receipts(changes.receipts)
            self._on_receipts(changes.receipts)

    def _tell_switched(self, changes: TokenChanges) -> None:
        """Once, as it happens: a developer switched while the merchant was elsewhere."""
        now, before = self._clock(), changes.before
        switched = [
            token
            for token in (*changes.changed, *changes.added)
            if has_switched(token, now)
            and not (token.id in before and has_switched(before[token.id], now))
        ]
        if switched and self._on_switched and not self._main_window.isActiveWindow():
            self._on_switched(switched)

    def token_changed(self, token: AccessToken) -> None:
        """Every window showing this token shows it as it is now."""
        self._main_window.update_token(token)
        self._details.show_token(token)
        self._checking.token_changed(token)

    # Revoking, one token or several after one confirmation

    def confirm_revoke(
        self,
        tokens: list[AccessToken],
        *,
        current_too: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Ask first (`current_too`: saying the current secret ends too), over `parent` (the
        window asking: the keyboard stays there after the answer); yes: revoke."""
        tokens = [t for t in tokens if t.status is TokenStatus.ACTIVE]
        if not tokens:
            return
        from app.ui.shared.dialogs import revoke_confirmation  # loaded on first use: faster start

        box = revoke_confirmation(parent or self._main_window, tokens, current_too=current_too)
        box.accepted.connect(lambda: self.revoke(tokens))
        self._scope.adopt(box)  # the session ending, or the lock, answers No
        box.open()

    def revoke(self, tokens: list[AccessToken]) -> None:
        """Revoke these tokens; when all have answered, one status line names them all."""
        revoked: list[AccessToken] = []
        failed: list[ApiError] = []

        def answered() -> None:
            if len(revoked) + len(failed) == len(tokens):
                self._report_revoked(revoked, failed, len(tokens))

        def done(token: AccessToken) -> None:
            revoked.append(token)
            self.token_changed(token)
            answered()

        def refused(error: ApiError) -> None:
            failed.append(error)
            answered()

        for token in tokens:
            self._service.revoke_token(token.id, on_success=done, on_failure=refused)

    def _report_revoked(
        self, revoked: list[AccessToken], failed: list[ApiError], asked: int
    ) -> None:
        if revoked:
            self._main_window.show_status(revoked_status(revoked))
        if failed:
            self._main_window.show_error(_not_revoked(len(failed), asked, failed[0]), retry=False)

    # Rotating

    def rotate(self, token: AccessToken) -> None:
        from app.ui.rotate.rotate_dialog import RotateDialog

        if self._rotating is not None:
            self._rotating.raise_()
            return
        parent = self._details.dialog or self._main_window
        dialog = RotateDialog(token, self._clock(), parent)

        def failed(error: ApiError) -> None:
            if dialog is self._rotating:
                dialog.show_error(error_sentence(error))

        dialog.confirmed.connect(
            lambda hours, key: self._service.rotate_token(
                token.id, hours, key, on_success=self._on_rotated, on_failure=failed
            )
        )
        dialog.finished.connect(self._on_rotate_finished)
        self._scope.adopt(dialog)
        self._rotating = dialog
        dialog.open()

    def _on_rotated(self, created: CreatedToken) -> None:
        dialog, self._rotating = self._rotating, None
        if dialog is not None:
            dialog.set_busy(False)
            dialog.accept()
            dialog.deleteLater()
        self.token_changed(created.access_token)
        self._main_window.select_token(created.access_token.id)
        self._reveal(created)

    def _reveal(self, created: CreatedToken) -> None:
        from app.ui.reveal.developer_message import Replaced as Replacing
        from app.ui.reveal.reveal_dialog import RevealTokenDialog

        rotation = created.access_token.rotation
        replaces = None
        if rotation is not None:
            until = rotation.previous_valid_until
            works_until = None if until <= self._clock() else until
            replaces = Replacing(rotation.previous_hint, works_until)
        dialog = RevealTokenDialog(
            created,
            None,
            self._hand_off(replaces),
            self._clipboard,
            self._main_window,
            link_sender=self._link_sender(),  # after a rotation: the new token only
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._main_window.activateWindow())
        self._scope.present(dialog)  # while locked: behind the lock, until unlocked

    @Slot()
    def _on_rotate_finished(self) -> None:
        dialog, self._rotating = self._rotating, None
        if dialog is not None:
            dialog.deleteLater()

    # Stopping the old secret after a rotation

    def stop_old(self, token: AccessToken, parent: QWidget | None = None) -> None:
        """Ask, then stop the token's old secret; the status line says when it has stopped."""
        from app.ui.shared.dialogs import stop_old_confirmation

        box = stop_old_confirmation(parent or self._main_window, token, self._clock())
        box.accepted.connect(
            lambda: self._service.stop_previous_secret(
                token.id, on_success=self._on_old_stopped, on_failure=self._on_failure
            )
        )
        self._scope.adopt(box)
        box.open()

    def _on_old_stopped(self, token: AccessToken) -> None:
        self.token_changed(token)
        stopped = translate(
            "TokenActions", "Stopped the old token of \u201c%1\u201d; its new token keeps working."
        )
        self._main_window.show_status(fill(stopped, token.username))

    # Checking a pasted token


def revoked_status(tokens: list[AccessToken]) -> str:
    """ "Revoked the token for “a”." or "Revoked 3 tokens: “a”, “b” and “c”."."""
    if len(tokens) == 1:
        revoked = translate("token_actions", "Revoked the token for \u201c%1\u201d.")
        return fill(revoked, tokens[0].username)
    return fill(tr("Revoked %n tokens: %1.", "", len(tokens)), token_names(tokens))


def _not_revoked(failed: int, asked: int, first: ApiError) -> str:
    reason = error_sentence(first)
    if asked == 1:
        return fill(translate("token_actions", "The token was not revoked. %1"), reason)
    not_revoked = tr("%1 of %n tokens were not revoked. %2", "", asked)
    return fill(not_revoked, QLocale().toString(failed), reason)
