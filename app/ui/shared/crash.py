"""Unexpected errors: logged (with secrets redacted) and told to the merchant, never silent."""

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QMessageBox

from app.ui.shared.translation import translate

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def message() -> str:
    return translate(
        "crash",
        "Something went wrong in Shipturtle Tokens. Your tokens on the server are safe. "
        "If it happens again, restart the app; the details are in its log file.",
    )


_open_boxes: list[QMessageBox] = []  # a box without a parent lives as long as this reference


def report_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log the error with its traceback and show one plain sentence, without blocking."""
    log.critical("Unexpected error", exc_info=(kind, error, trace))
    if _open_boxes:
        return  # one box at a time is enough
    title = translate("crash", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message())
    box.setObjectName("unexpectedErrorDialog")
    box.finished.connect(lambda _result: _open_boxes.clear())
    _open_boxes.append(box)
    box.open()


def install() -> ExceptHook:
    """Route uncaught exceptions (in slots too) here; return the hook that was replaced."""
    previous = sys.excepthook
    sys.excepthook = report_unexpected_error
    return previous
