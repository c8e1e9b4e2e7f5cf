"""Telling the merchant, once, that a one-time link was opened while the app is open: the
status line and the desktop say so (Details shows the receipt itself)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.api.capabilities import HAND_OFFS
from app.api.errors import ApiError
from app.api.hand_off_calls import HandOffReceipt
from app.services.token_service import TokenService
from app.ui.shared.switchover import moment_phrase
from app.ui.shared.translation import fill, translate

if TYPE_CHECKING:
    from app.ui.tokens.main_window import MainWindow

Clock = Callable[[], datetime]


class HandOffWatch(QObject):
    """Knows which links were opened already; a link opened since is told once."""

    def __init__(
        self,
        service: TokenService,
        window: MainWindow,
        clock: Clock,
        tell_desktop: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._window = window
        self._clock = clock
        self._tell_desktop = tell_desktop
        self._opened: set[str] | None = None  # None: not read since the list was loaded

    def start(self) -> None:
        """The list was loaded: what was opened before now is not news."""
        self._opened = None
        if self._service.offers.offers(HAND_OFFS):
            self._service.load_hand_offs(None, on_success=self.update, on_failure=_quietly)

    def update(self, receipts: Sequence[HandOffReceipt]) -> None:
        """The receipts as read now (with the list, or at start)."""
        opened = {receipt.id for receipt in receipts if receipt.status == "opened"}
        known, self._opened = self._opened, opened | (self._opened or set())
        if known is None:
            return
        for receipt in receipts:
            if receipt.id in opened - known:
                self._tell(receipt)

    def _tell(self, receipt: HandOffReceipt) -> None:
        assert receipt.opened_at is not None
        said = translate("HandOffWatch", "The one-time link for \u201c%1\u201d was opened %2.")
        text = fill(said, self._username(receipt), moment_phrase(receipt.opened_at, self._clock()))
        self._window.show_status(text)
        self._tell_desktop(text)

    def _username(self, receipt: HandOffReceipt) -> str:
        for token in self._window.model.tokens:
            if token.id == receipt.access_token_id:
                return token.username
        return receipt.access_token_id


def _quietly(_error: ApiError) -> None:
    """Not worth a word: the next read of the list tries again."""
