"""A token's Details window: one at a time, its activity, and saving its note and expiry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.api.capabilities import ACTIVITY, HAND_OFFS
from app.api.errors import ApiError
from app.api.models import AccessToken
from app.services.token_service import OnFailure, TokenService
from app.ui.shared.error_words import error_sentence

if TYPE_CHECKING:
    from app.api.hand_off_calls import HandOffReceipt
    from app.api.models import Activity
    from app.ui.details.details_dialog import DetailsDialog
    from app.ui.shared.session_scope import SessionScope
    from app.ui.tokens.main_window import MainWindow

Clock = Callable[[], datetime]


class DetailsFlow(QObject):
    """Opens Details for the token asked, loads its activity, and saves what is edited there;
    Rotate, Stop the old token and a save go back to whoever handles them for the list."""

    def __init__(
        self,
        service: TokenService,
        main_window: MainWindow,
        clock: Clock,
        scope: SessionScope,
        *,
        permission_labels: Callable[[], Mapping[str, str]],
        rotate: Callable[[AccessToken], None],
        stop_old: Callable[[AccessToken, QWidget | None], None],
        revoke: Callable[[list[AccessToken], QWidget | None], None],
        saved: Callable[[AccessToken], None],
        on_failure: OnFailure,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._main_window = main_window
        self._clock = clock
        self._scope = scope
        self._permission_labels = permission_labels
        self._rotate = rotate
        self._stop_old = stop_old
        self._revoke = revoke
        self._saved = saved
        self._on_failure = on_failure
        self._dialog: DetailsDialog | None = None
        self._activity_etag: str | None = None  # the activity shown, as its server tags it

    @property
    def dialog(self) -> DetailsDialog | None:
        """The Details window open now, if any (a rotation started there opens over it)."""
        return self._dialog

    def open(self, token: AccessToken, *, focus_expiry: bool = False) -> None:
        if self._dialog is None:
            self._dialog = self._new_dialog(token)
        self._dialog.show_token(token)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
        if focus_expiry:
            self._dialog.focus_expiry()
        self._load_activity(token)
        self._load_receipts(token)

    def show_token(self, token: AccessToken) -> None:
        """Details, if open on this token, shows it as it is now."""
        if self._dialog is not None and self._dialog.token.id == token.id:
            self._dialog.show_token(token)

    def _new_dialog(self, token: AccessToken) -> DetailsDialog:
        from app.ui.details.details_dialog import DetailsDialog

        labels = self._permission_labels()
        offers = self._service.offers
        dialog = DetailsDialog(token, labels, self._clock, self._main_window, offers)
        dialog.note_save_requested.connect(self._on_dialog_note_save_requested)
        dialog.expiry_save_requested.connect(self._on_dialog_expiry_save_requested)
        dialog.rotate_requested.connect(lambda: self._rotate(dialog.token))
        dialog.stop_old_requested.connect(lambda: self._stop_old(dialog.token, dialog))
        dialog.revoke_requested.connect(lambda: self._revoke([dialog.token], dialog))
        dialog.withdraw_link_requested.connect(self._on_dialog_withdraw_link_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self._scope.adopt(dialog)
        return dialog

    def refresh_activity(self) -> None:
        """Read the open Details' activity again (a 304 when nothing changed), so that a
        call made while it is open shows without opening it again."""
        dialog = self._dialog
        if dialog is None or not self._service.offers.offers(ACTIVITY):
            return

        def read(answer: tuple[Activity | None, str | None]) -> None:
            activity, self._activity_etag = answer
            if activity is not None and dialog is self._dialog:
                dialog.show_activity(activity)

        self._service.refresh_activity(
            dialog.token.id, self._activity_etag, on_success=read, on_failure=_quietly
        )

    def _load_activity(self, token: AccessToken) -> None:
        if not self._service.offers.offers(ACTIVITY):
            return  # a server without activity: Details shows none, and asks for none
        self._activity_etag = None  # the next refresh asks for it whole
        dialog = self._dialog

        def failed(error: ApiError) -> None:
            if dialog is self._dialog and dialog is not None:
                dialog.show_activity_error(error_sentence(error))

        def loaded(activity: Activity) -> None:
            if dialog is self._dialog and dialog is not None:
                dialog.show_activity(activity)

        self._service.load_activity(token.id, on_success=loaded, on_failure=failed)

    # One-time links

    def show_receipts(self, receipts: Sequence[HandOffReceipt]) -> None:
        """Details, if open, shows its token's links as read with the list (all tokens')."""
        if self._dialog is not None:
            token_id = self._dialog.token.id
            self._dialog.show_receipts([r for r in receipts if r.access_token_id == token_id])

    def _load_receipts(self, token: AccessToken) -> None:
        if not self._service.offers.offers(HAND_OFFS):
            return
        shown, failed = self._receipt_handlers(
            lambda dialog, words: dialog.show_receipts_error(words)
        )
        self._service.load_hand_offs(token.id, on_success=shown, on_failure=failed)

    @Slot(object)
    def _on_dialog_withdraw_link_requested(self, receipt: HandOffReceipt) -> None:
        shown, failed = self._receipt_handlers(lambda dialog, words: dialog.show_error(words))
        self._service.withdraw_hand_off(receipt, on_success=shown, on_failure=failed)

    def _receipt_handlers(
        self, say: Callable[[DetailsDialog, str], None]
    ) -> tuple[Callable[[list[HandOffReceipt]], None], OnFailure]:
        """The answer's handlers for the Details open now; one closed meanwhile hears nothing."""
        dialog = self._dialog

        def shown(receipts: list[HandOffReceipt]) -> None:
            if dialog is self._dialog and dialog is not None:
                dialog.show_receipts(receipts)

        def failed(error: ApiError) -> None:
            if dialog is self._dialog and dialog is not None:
                say(dialog, error_sentence(error))

        return shown, failed

    @Slot(object)
    def _on_dialog_note_save_requested(self, note: str | None) -> None:
        assert self._dialog is not None
        self._service.update_token(
            self._dialog.token.id,
            note=note,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    @Slot(object)
    def _on_dialog_expiry_save_requested(self, expires_at: datetime | None) -> None:
        assert self._dialog is not None
        self._service.update_token(
            self._dialog.token.id,
            expires_at=expires_at,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, token: AccessToken) -> None:
        if self._dialog is not None and self._dialog.token.id == token.id:
            self._dialog.saved(token)
        self._saved(token)

    def _on_save_failed(self, error: ApiError) -> None:
        if self._dialog is not None:
            self._dialog.show_error(error_sentence(error))
        else:
            self._on_failure(error)

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()


def _quietly(_error: ApiError) -> None:
    """A refresh of the activity that fails is not worth a word: the list's watch says it."""
