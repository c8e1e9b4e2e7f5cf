"""Creating a token: the create dialog, the server's answer, then the show-once screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from app.api.capabilities import DEVELOPER_SIGN_IN, HAND_OFFS
from app.api.errors import ApiError, PlanRequiredError
from app.services.clipboard import SecretClipboard
from app.services.token_service import OnFailure, TokenService
from app.ui.shared.translation import translate

if TYPE_CHECKING:
    from app.api.models import CreatedToken, Merchant, NewToken, Permission
    from app.api.secret import Secret
    from app.services.password_check import PasswordStrengthCheck
    from app.ui.create.create_dialog import CreateTokenDialog
    from app.ui.reveal.developer_message import HandOff, Replaced
    from app.ui.reveal.reveal_dialog import RevealTokenDialog
    from app.ui.reveal.send_link_dialog import LinkSender
    from app.ui.shared.session_scope import SessionScope
    from app.ui.tokens.main_window import MainWindow


class CreateFlow(QObject):
    """From New token to a token handed over: one dialog at a time, never a lost token."""

    def __init__(
        self,
        service: TokenService,
        clipboard: SecretClipboard,
        main_window: MainWindow,
        scope: SessionScope,
        *,
        on_failure: OnFailure,
        on_plan_missing: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scope = scope
        self._service = service
        self._clipboard = clipboard
        self._main_window = main_window
        self._on_failure = on_failure
        self._on_plan_missing = on_plan_missing
        self._permissions: list[Permission] = []
        self._open_when_loaded = False
        self._merchant: Merchant | None = None
        self._dialog: CreateTokenDialog | None = None
        self._reveal_dialog: RevealTokenDialog | None = None
        self._revealed_id: str | None = None  # the new token, whose row gets focus after
        self._strength_check: PasswordStrengthCheck | None = None
        self._sent_password: Secret | None = None  # of the token the server is creating
        main_window.new_token_requested.connect(self._on_window_new_token_requested)

    @property
    def permission_labels(self) -> dict[str, str]:
        """The permissions in the words the server gives them ("Order API Access")."""
        return {permission.key: permission.label for permission in self._permissions}

    def hand_off(self, replaces: Replaced | None) -> HandOff:
        """What a developer message says besides the token: the store, the address, words."""
        from app.ui.reveal.developer_message import HandOff

        return HandOff(
            store_name=self._merchant.name
            if self._merchant
            else translate("CreateFlow", "your store"),
            api_base_url=self._service.base_url or "",
            permission_labels=self.permission_labels,
            demo=self._service.in_demo,
            replaces=replaces,
            developer_sign_in=self._service.offers.offers(DEVELOPER_SIGN_IN),
        )

    def link_sender(self) -> LinkSender | None:
        """What makes one-time links on the show-once screen, where the server offers them."""
        return self._service.send_hand_off if self._service.offers.offers(HAND_OFFS) else None

    def set_merchant(self, merchant: Merchant) -> None:
        self._merchant = merchant

    def load_permissions(self) -> None:
        self._service.load_permissions(
            on_success=self._on_permissions_loaded, on_failure=self._on_failure
        )

    def _on_permissions_loaded(self, permissions: list[Permission]) -> None:
        self._permissions = permissions
        if self._open_when_loaded:
            self._open_when_loaded = False
            self.open()

    @Slot()
    def _on_window_new_token_requested(self) -> None:
        if self._merchant is not None and self._merchant.api_integration:
            self.open()

    def open(self) -> None:
        """Open the create dialog, once the permissions to choose from are known."""
        if self._dialog is not None:
            self._dialog.raise_()
        elif not self._permissions:
            self._open_when_loaded = True
            self.load_permissions()
        else:
            self._dialog = self._new_dialog()
            self._dialog.open()

    def _new_dialog(self) -> CreateTokenDialog:
        from app.ui.create.create_dialog import (
            CreateTokenDialog,  # loaded on first use: faster start
        )

        if self._strength_check is None:
            from app.services.password_check import PasswordStrengthCheck

            self._strength_check = PasswordStrengthCheck(parent=self)
        dialog = CreateTokenDialog(
            self._permissions,
            self._strength_check,
            store_name=self._merchant.name if self._merchant else "",
            parent=self._main_window,
            strength_checked=self._service.offers.password_strength_checked,
        )
        dialog.submitted.connect(self._on_dialog_submitted)
        dialog.rejected.connect(self._on_dialog_rejected)
        self._scope.adopt(dialog)
        return dialog

    @Slot(object, str)
    def _on_dialog_submitted(self, new_token: NewToken, key: str) -> None:
        self._sent_password = new_token.password
        self._service.create_token(
            new_token, key, on_success=self._on_created, on_failure=self._on_create_failed
        )

    @Slot()
    def _on_dialog_rejected(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if self._scope.locked and self._sent_password is not None:
            return  # locked while the server works: its token waits behind the lock
        # Cancelled while the server was working: a token that still arrives is revoked.
        self._sent_password = None
        self._service.cancel_create(dialog.idempotency_key)

    def _on_create_failed(self, error: ApiError) -> None:
        self._sent_password = None
        if self._dialog is not None:
            self._dialog.show_server_error(error)
        if isinstance(error, PlanRequiredError):
            self._on_plan_missing()

    def _on_created(self, created: CreatedToken) -> None:
        dialog, self._dialog = self._dialog, None
        password, self._sent_password = self._sent_password, None
        if password is None:  # nothing left to show it with: never left active and unseen
            self._service.revoke_unclaimed(created.access_token)
            return
        if dialog is not None:  # None: closed by the lock; the token waits behind it
            dialog.accept()
            dialog.deleteLater()
        self._main_window.update_token(created.access_token)
        self._main_window.select_token(created.access_token.id)
        self._reveal(created, password)

    def _reveal(self, created: CreatedToken, password: Secret) -> None:
        from app.ui.reveal.reveal_dialog import RevealTokenDialog

        hand_off = self.hand_off(None)
        dialog = RevealTokenDialog(
            created,
            password,
            hand_off,
            self._clipboard,
            self._main_window,
            link_sender=self.link_sender(),
        )
        dialog.finished.connect(self._on_reveal_finished)
        self._reveal_dialog = dialog
        self._revealed_id = created.access_token.id
        self._scope.present(dialog)  # while locked: behind the lock, until unlocked

    @Slot()
    def _on_reveal_finished(self) -> None:
        dialog, self._reveal_dialog = self._reveal_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # After a confirmation box, some window managers leave no window active; the
        # merchant's next Ctrl+N must reach the main window without a click first.
        self._main_window.activateWindow()
        if self._revealed_id is not None:  # the merchant's eyes go to what they just made
            self._main_window.focus_token(self._revealed_id)
            self._revealed_id = None

    def shutdown(self) -> None:
        if self._strength_check is not None:
            self._strength_check.shutdown()
