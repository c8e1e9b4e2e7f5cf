"""Waiting for the GUI thread to reach a known point, instead of for a number of milliseconds."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot


def settle(qtbot: QtBot, timeout: int = 5000) -> None:
    """Return once every event posted and every zero-time timer started so far has run.

    A timer started now fires after the zero-time timers started before it (Qt runs timers
    of the same interval in the order they were started), and posted events are sent
    before it returns: what the code under test deferred "to the next turn" has happened.
    """
    reached: list[bool] = []
    QTimer.singleShot(0, lambda: reached.append(True))
    qtbot.waitUntil(lambda: bool(reached), timeout=timeout)
    QCoreApplication.sendPostedEvents()


_MODIFIERS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


def is_key(event: QEvent) -> bool:
    """A key other than a modifier reached the application (as a shortcut, or typed)."""
    kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
    return (
        event.type() in kinds
        and isinstance(event, QKeyEvent)
        and Qt.Key(event.key()) not in _MODIFIERS
    )


def is_click(event: QEvent) -> bool:
    return event.type() == QEvent.Type.MouseButtonRelease


class _EventCounter(QObject):
    def __init__(self, counts: Callable[[QEvent], bool]) -> None:
        super().__init__()
        self._counts = counts
        self.seen = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._counts(event):
            self.seen += 1
        return False


@contextmanager
def arrival_of(
    qtbot: QtBot, counts: Callable[[QEvent], bool], timeout: int = 5000
) -> Iterator[None]:
    """Wait, after the block, until the application received an event `counts` accepts,
    then settle: input sent through the X server (xdotool) reaches Qt some time after.
    (Under Xvfb, Qt receives no key releases: wait for the press.)"""
    app = QCoreApplication.instance()
    assert app is not None
    counter = _EventCounter(counts)
    app.installEventFilter(counter)
    try:
        yield
        qtbot.waitUntil(lambda: counter.seen > 0, timeout=timeout)
    finally:
        app.removeEventFilter(counter)
    settle(qtbot)
