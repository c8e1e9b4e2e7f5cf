"""Keeps what a masked field holds off the accessibility bus, where Qt sends it in clear.

Qt's line edit tells screen readers each text change with the text itself, also when the
field shows dots: on Linux the AT-SPI bridge passes every character typed into a password
field, and the whole text set into a masked one, to anything listening on the bus. (Asked
for its text, the same field answers dots.) This guard sits between Qt and its bridge and
passes such events on with a dot for each character, the way the field shows them.

Windows' and macOS's bridges send no text with these events, so only Linux needs it; it
uses `QAccessible::installUpdateHandler`, which PySide6 does not wrap, through ctypes.
"""

import ctypes
import logging
import sys
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleTextInsertEvent,
    QAccessibleTextRemoveEvent,
    QAccessibleTextUpdateEvent,
)
from PySide6.QtWidgets import QLineEdit

log = logging.getLogger(__name__)

MASK = "\u25cf"  # what a masked field shows for each character
_Event = QAccessible.Event
_TEXT_EVENTS = frozenset({_Event.TextInserted, _Event.TextRemoved, _Event.TextUpdated})
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_INSTALL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"


def _wrapped(pointer: int, kind: type[QAccessibleEvent]) -> QAccessibleEvent:
    event = shiboken6.wrapInstance(pointer, kind)
    assert isinstance(event, QAccessibleEvent)
    return event


def _masked_copy(pointer: int, kind: QAccessible.Event, field: QLineEdit) -> QAccessibleEvent:
    """The same text event with a dot for each character it carried."""
    if kind is _Event.TextInserted:
        inserted = _wrapped(pointer, QAccessibleTextInsertEvent)
        assert isinstance(inserted, QAccessibleTextInsertEvent)
        copy: QAccessibleEvent = QAccessibleTextInsertEvent(
            field, inserted.changePosition(), MASK * len(inserted.textInserted())
        )
    elif kind is _Event.TextRemoved:
        removed = _wrapped(pointer, QAccessibleTextRemoveEvent)
        assert isinstance(removed, QAccessibleTextRemoveEvent)
        copy = QAccessibleTextRemoveEvent(
            field, removed.changePosition(), MASK * len(removed.textRemoved())
        )
    else:
        updated = _wrapped(pointer, QAccessibleTextUpdateEvent)
        assert isinstance(updated, QAccessibleTextUpdateEvent)
        copy = QAccessibleTextUpdateEvent(
            field,
            updated.changePosition(),
            MASK * len(updated.textRemoved()),
            MASK * len(updated.textInserted()),
        )
    shiboken6.invalidate(_wrapped(pointer, QAccessibleEvent))
    return copy


class MaskedTextGuard(QObject):
    """Installed once, for the app's life (a child of the application keeps it alive)."""

    def __init__(self, install: Any, parent: QObject) -> None:  # ctypes: untyped to mypy
        super().__init__(parent)
        self._install = install
        self._callback = _HANDLER(self._on_update)  # referenced here, so never collected
        self._previous: int | None = install(ctypes.cast(self._callback, ctypes.c_void_p))
        app = QCoreApplication.instance()
        if app is not None:  # Python is not there to answer events while Qt tears down
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Give Qt its previous handler back; events go on unguarded from here."""
        self._install(self._previous)

    @classmethod
    def start(cls, app: QObject) -> "MaskedTextGuard | None":
        """Install the guard where it is needed (Linux); None where it is not, or cannot be."""
        if not sys.platform.startswith("linux"):
            return None
        library = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
        try:
            install = getattr(ctypes.CDLL(str(library)), _INSTALL)
        except (OSError, AttributeError) as error:
            log.warning("Masked fields are not kept off the accessibility bus: %s", error)
            return None
        install.restype = ctypes.c_void_p
        install.argtypes = [ctypes.c_void_p]
        return cls(install, app)

    def _on_update(self, pointer: int) -> None:
        try:
            event = _wrapped(pointer, QAccessibleEvent)
            kind, source = event.type(), event.object()
            shiboken6.invalidate(event)  # the address is reused by the next event
            masked = (
                _masked_copy(pointer, kind, source)
                if kind in _TEXT_EVENTS
                and isinstance(source, QLineEdit)
                and source.echoMode() != QLineEdit.EchoMode.Normal
                else None
            )
        except Exception:  # an exception must not cross into Qt's C++
            log.exception("Could not look at an accessibility event; it was not passed on")
            return
        self._forward(pointer if masked is None else masked)

    def _forward(self, event: int | QAccessibleEvent) -> None:
        """Pass on Qt's event (its address) or the masked copy made here."""
        if self._previous:
            pointer = event if isinstance(event, int) else shiboken6.getCppPointer(event)[0]
            _HANDLER(self._previous)(pointer)
            return
        # No handler before this one: Qt's own path to the platform's bridge, taken with
        # this guard out of the way for the length of the call.
        self._install(None)
        try:
            if isinstance(event, int):
                original = _wrapped(event, QAccessibleEvent)
                QAccessible.updateAccessibility(original)
                shiboken6.invalidate(original)
            else:
                QAccessible.updateAccessibility(event)
        finally:
            self._install(ctypes.cast(self._callback, ctypes.c_void_p))
