"""Noticing that nobody has used the app for a while: no key, click, wheel or touch to it."""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

IdleClock = Callable[[], float]  # seconds, only ever going forward (time.monotonic)

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# The timer wakes at the moment the app could be idle long enough, never more often than
# this: the event filter only notes a time, so input costs no timer restart.
_LONGEST_WAIT_MS = 60_000


class IdleWatch(QObject):
    """Says `idle` once the app went the chosen minutes without input, while watching.

    Input is seen by a filter on the whole application (every window, dialogs too); with no
    input, the only cost is one timer waking at most once a minute.

    Signals:
        idle(): the chosen time passed without input; the watch has stopped.
    """

    idle = Signal()

    def __init__(self, clock: IdleClock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit_s = 0.0
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    @property
    def watching(self) -> bool:
        return self._limit_s > 0

    def start(self, minutes: int) -> None:
        """Watch from now on: idle after `minutes` without input (0: never)."""
        self._last_input = self._clock()
        self._limit_s = minutes * 60.0
        self._wait()

    def stop(self) -> None:
        self._limit_s = 0.0
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Say `idle` if the time has passed; otherwise wait for the rest of it."""
        if not self.watching:
            return
        if self._clock() - self._last_input >= self._limit_s:
            self.stop()
            self.idle.emit()
        else:
            self._wait()

    def _wait(self) -> None:
        if not self.watching:
            self._timer.stop()
            return
        left_s = self._limit_s - (self._clock() - self._last_input)
        self._timer.start(min(max(int(left_s * 1000) + 1, 0), _LONGEST_WAIT_MS))
