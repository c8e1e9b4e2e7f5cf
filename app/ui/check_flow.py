"""Checking a pasted token: the check dialog, the server's answer, and what it offers next."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.api.errors import ApiError
from app.services.token_service import TokenService

if TYPE_CHECKING:
    from app.api.models import AccessToken, TokenMatch
    from app.api.secret import Secret
    from app.ui.check.check_dialog import CheckTokenDialog
    from app.ui.shared.session_scope import SessionScope


class CheckFlow(QObject):
    """One check dialog at a time; it follows the token it found as the token changes."""

    def __init__(
        self,
        service: TokenService,
        parent_window: QWidget,
        clock: Callable[[], datetime],
        scope: SessionScope,
        *,
        permission_labels: Callable[[], Mapping[str, str]],
        revoke: Callable[[AccessToken, bool], None],
        stop_old: Callable[[AccessToken, QWidget | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._parent_window = parent_window
        self._clock = clock
        self._scope = scope
        self._permission_labels = permission_labels
        self._revoke = revoke
        self._stop_old = stop_old
        self._checking: CheckTokenDialog | None = None

    def open(self) -> None:
        from app.ui.check.check_dialog import CheckTokenDialog

        if self._checking is None:
            checked = self._service.offers.checked_token_format
            dialog = CheckTokenDialog(
                self._permission_labels(),
                self._clock,
                self._parent_window,
                checked_format=checked,
            )
            dialog.check_requested.connect(self._on_check_requested)
            dialog.revoke_requested.connect(self._revoke)
            dialog.stop_old_requested.connect(lambda token: self._stop_old(token, dialog))
            dialog.finished.connect(self._on_check_finished)
            self._scope.adopt(dialog)
            self._checking = dialog
        self._checking.open()

    def token_changed(self, token: AccessToken) -> None:
        if self._checking is not None:
            self._checking.token_changed(token)

    @Slot(object)
    def _on_check_requested(self, token: Secret) -> None:
        dialog = self._checking

        def matched(match: TokenMatch) -> None:
            if dialog is not None and dialog is self._checking:
                dialog.show_match(match)

        def failed(error: ApiError) -> None:
            if dialog is not None and dialog is self._checking:
                dialog.show_error(error)

        self._service.check_token(token, on_success=matched, on_failure=failed)

    @Slot()
    def _on_check_finished(self) -> None:
        dialog, self._checking = self._checking, None
        if dialog is not None:
            dialog.deleteLater()
