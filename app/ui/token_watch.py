"""Keeping the list current while the window is open: a cheap question every minute, every
10 seconds while a switch-over runs or Details is open, and at once when the window returns."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from app.api.errors import ApiError
from app.services.token_service import TokenService
from app.ui.shared.formatting import local_clock_time
from app.ui.shared.switchover import overlap_running
from app.ui.shared.translation import fill, translate

if TYPE_CHECKING:
    from app.services.token_changes import TokenChanges
    from app.ui.tokens.main_window import MainWindow

Clock = Callable[[], datetime]
SLOW_MS = 60_000
FAST_MS = 10_000
LONGEST_WAIT_MS = 300_000  # after failures in a row, never longer than this
BACK_AFTER_S = 10.0  # a window activated after this long away is read again at once


class TokenWatch(QObject):
    """Reads the list again on its own (TokenService.refresh_tokens) while the main window is
    shown, minimised too, so a switch-over is noticed without Refresh; a failure waits twice
    as long each time, up to 5 minutes, and the status line says so quietly."""

    def __init__(
        self,
        service: TokenService,
        window: MainWindow,
        clock: Clock,
        *,
        apply: Callable[[TokenChanges, int], None],
        details_open: Callable[[], bool],
        after_read: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._window = window
        self._clock = clock
        self._apply = apply
        self._after_read = after_read  # each answer, changed or not (Details' activity)
        self._details_open = details_open
        self._failures = 0
        self._asked_at = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_now)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._schedule()
        elif kind == QEvent.Type.Hide:  # signed out: nothing to watch
            self._timer.stop()
        elif kind == QEvent.Type.WindowActivate and self._away_long_enough():
            self.refresh_now()
        return False

    def _away_long_enough(self) -> bool:
        return time.monotonic() - self._asked_at >= BACK_AFTER_S and self._window.isVisible()

    def refresh_now(self) -> None:
        self._timer.stop()
        self._asked_at = time.monotonic()
        generation, known = self._window.model.snapshot()
        asked = self._service.refresh_tokens(
            known,
            on_success=lambda changes: self._on_read(changes, generation),
            on_failure=self._on_failed,
        )
        if not asked:  # not signed in yet (or any more): ask again later
            self._schedule()

    def _on_read(self, changes: TokenChanges | None, generation: int) -> None:
        self._failures = 0
        if changes is not None:
            self._apply(changes, generation)
        self._after_read()
        self._schedule()

    def _on_failed(self, _error: ApiError) -> None:
        """Said quietly, whatever the error: the next try, or Refresh, says more."""
        self._failures += 1
        wait = self._schedule()
        said = translate("TokenWatch", "The list could not be updated; trying again at %1.")
        later = self._clock() + timedelta(milliseconds=wait)
        self._window.show_status(fill(said, local_clock_time(later)))

    def _schedule(self) -> int:
        """Start the wait for the next question; return it in milliseconds."""
        if not self._window.isVisible():
            return 0
        wait = FAST_MS if self._busy() else SLOW_MS
        wait = min(wait * 2**self._failures, LONGEST_WAIT_MS) if self._failures else wait
        self._timer.start(wait)
        return wait

    def _busy(self) -> bool:
        """A switch-over runs (the merchant waits to hear it), or Details is open."""
        now = self._clock()
        rotated = self._window.model.rotated_tokens
        running = any(overlap_running(token.rotation, now) for token in rotated)
        return running or self._details_open()
