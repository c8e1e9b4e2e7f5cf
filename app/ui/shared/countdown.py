"""A wait counted down once a second, for a message that says how long is left."""

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class Countdown(QObject):
    """Counts seconds down to zero.

    Signals:
        ticked(int): the seconds left; at once when started, then each second.
        finished(): the wait is over.
    """

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, seconds: int) -> None:
        self._left = seconds
        self.ticked.emit(seconds)
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.ticked.emit(self._left)
            return
        self._timer.stop()
        self.finished.emit()
