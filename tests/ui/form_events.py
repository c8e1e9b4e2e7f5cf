"""Records every accessibility event Qt sends, in process, as a screen reader's bridge gets them.

Qt's own widgets send their events from C++ (a button's new text, a field's new description),
past any Python patch of `QAccessible.updateAccessibility`; `QAccessible::installUpdateHandler`
sees them all, so it is installed through ctypes for the length of a test. While it is
installed nothing goes on to AT-SPI: tests over the real bus do not use it.
"""

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleTextInsertEvent,
    QAccessibleTextRemoveEvent,
    QAccessibleTextUpdateEvent,
)

Event = QAccessible.Event
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_SYMBOL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"


@dataclass(frozen=True)
class Sent:
    """One event as sent: its kind, its widget, and the words it carried.

    `text` is the name for NameChanged, the description for DescriptionChanged and the
    message for an announcement, read when the event was sent (later they may differ).
    """

    kind: QAccessible.Event
    source: QObject | None
    text: str

    @property
    def name(self) -> str:
        return self.source.objectName() if self.source is not None else ""

    def __str__(self) -> str:
        return f"{self.kind.name} {self.name} {self.text!r}"


def _changed_text(pointer: int, kind: QAccessible.Event) -> str:
    """The text a text event carries to the screen reader: inserted, removed or both."""
    if kind is Event.TextInserted:
        inserted = shiboken6.wrapInstance(pointer, QAccessibleTextInsertEvent)
        return cast(QAccessibleTextInsertEvent, inserted).textInserted()
    if kind is Event.TextRemoved:
        removed = shiboken6.wrapInstance(pointer, QAccessibleTextRemoveEvent)
        return cast(QAccessibleTextRemoveEvent, removed).textRemoved()
    updated = cast(
        QAccessibleTextUpdateEvent, shiboken6.wrapInstance(pointer, QAccessibleTextUpdateEvent)
    )
    return updated.textRemoved() + updated.textInserted()


class SentEvents:
    """What Qt has sent to screen readers since the recording began, in order."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def _record(self, pointer: int) -> None:
        event = cast(QAccessibleEvent, shiboken6.wrapInstance(pointer, QAccessibleEvent))
        kind = event.type()
        source = event.object()
        text = ""
        if kind is Event.Announcement:
            announced = shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent)
            text = cast(QAccessibleAnnouncementEvent, announced).message()
        elif kind in (Event.TextInserted, Event.TextRemoved, Event.TextUpdated):
            shiboken6.invalidate(event)  # else the next wrap returns this plain wrapper again
            text = _changed_text(pointer, kind)
        elif kind in (Event.NameChanged, Event.DescriptionChanged) and event.child() < 0:
            which = (
                QAccessible.Text.Name if kind is Event.NameChanged else QAccessible.Text.Description
            )
            interface = QAccessible.queryAccessibleInterface(source)
            text = interface.text(which) if interface is not None else ""
        self.sent.append(Sent(kind, source, text))

    def of(self, *kinds: QAccessible.Event, name: str = "") -> list[Sent]:
        """The events of these kinds (all kinds if none), from the widget so named if given."""
        return [
            sent
            for sent in self.sent
            if (not kinds or sent.kind in kinds) and (not name or sent.name == name)
        ]

    def said(self) -> list[str]:
        """The announcements' messages, in order."""
        return [sent.text for sent in self.of(Event.Announcement)]

    def clear(self) -> None:
        self.sent.clear()


def _installer() -> Callable[[object], int | None]:
    library = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))
    install = getattr(library, _SYMBOL)
    install.restype = ctypes.c_void_p
    install.argtypes = [_HANDLER]
    return cast(Callable[[object], int | None], install)


@contextmanager
def recording() -> Iterator[SentEvents]:
    """Every accessibility event sent inside the block (Qt's own and the app's)."""
    recorder = SentEvents()
    handler = _HANDLER(recorder._record)
    install = _installer()
    before = install(handler)
    try:
        yield recorder
    finally:
        install(_HANDLER(before) if before else _HANDLER())  # as it was
