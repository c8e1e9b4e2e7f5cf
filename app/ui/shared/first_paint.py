"""Run something once a window has been painted, so start-up work never delays its first frame."""

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# What the main window needs, in the order it needs it, smallest steps first.
MAIN_WINDOW_MODULES = [
    "app.api.models",
    "app.ui.tokens.token_cells",
    "app.ui.tokens.token_model",
    "app.ui.tokens.token_filter",
    "app.ui.tokens.token_table",
    "app.ui.tokens.main_window",
    "app.ui.create_flow",
    "app.ui.token_actions",
    "app.ui.details_flow",
    "app.ui.check_flow",
    "app.ui.token_watch",
    "app.ui.tokens.notifier",
    "app.ui.tokens.language_menu",
    "app.ui.tokens.window_settings",
    "app.ui.tokens.window_actions",
    "app.ui.lock_flow",
    "app.ui.window_flows",
]


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint has reached the screen
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` from the event loop right after `widget` is first painted."""
    _FirstPaint(widget, callback)


def load_in_idle_turns(
    context: QObject,
    modules: list[str],
    then: Callable[[], None] | None = None,
    delay_ms: int = 200,
) -> None:
    """Import `modules`, one per turn of the event loop, starting `delay_ms` from now;
    then call `then` in a turn of its own.

    For code a later step needs (the main window, ~40 ms of imports): loaded while the
    merchant types, in steps short enough not to be felt, rather than all at once when they
    press Sign in, which stopped the window for that long.
    """
    waiting = list(modules)

    def load_next() -> None:
        if waiting:
            importlib.import_module(waiting.pop(0))
            QTimer.singleShot(0, context, load_next)
        elif then is not None:
            then()

    QTimer.singleShot(delay_ms, context, load_next)


def run_all(*callbacks: Callable[[], None] | None) -> None:
    for callback in callbacks:
        if callback is not None:
            callback()
