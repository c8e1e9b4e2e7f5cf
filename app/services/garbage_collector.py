"""Python's cycle collector, run on the GUI thread only, so Qt objects die where they live."""

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1000
IDLE_INTERVAL_MS = 16_000  # waited for step by step while there is nothing to collect


class GuiThreadGarbageCollector(QObject):
    """Turns automatic collection off and collects on a timer on the GUI thread instead.

    Left on, the collector runs in whichever thread happens to allocate: the demo
    sandbox's, a worker's. When the cycle it frees holds a Qt object, Qt's destructor runs
    there too, and can wait for the GIL while holding a lock the GUI thread needs (seen:
    a deadlock in `QObject::connect`). The same remedy as pyqtgraph's, calibre's and Anki's:
    collect only here, generation by generation, at the thresholds Python would have used.
    """

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._frozen = False
        gc.disable()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if count <= threshold:
                break
            generation = level
        if generation >= 0:
            gc.collect(generation)
            self._timer.setInterval(self._interval_ms)
        else:  # an app left alone allocates next to nothing: wake it less and less
            self._timer.setInterval(min(self._timer.interval() * 2, IDLE_INTERVAL_MS))

    @Slot()
    def freeze_survivors(self) -> None:
        """Collect once, then leave what survives out of every later collection.

        Once the app has loaded its code and built its main window, nearly all of its
        objects (modules, classes, Qt's wrappers) live until it quits; scanning them each
        time took the GUI thread ~60 ms per full collection. Python's gc.freeze, as the
        test suite does at its start."""
        if not self._frozen:
            self._frozen = True
            gc.collect()
            gc.freeze()

    def stop(self) -> None:
        """Give collection back to Python (at quit, and in tests)."""
        self._timer.stop()
        gc.enable()
