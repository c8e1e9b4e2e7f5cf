"""Runs API calls off the GUI thread, in order, and brings results back on the GUI thread."""

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.api.errors import ApiError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    on_success: Callable[[Any], None]
    on_error: Callable[[ApiError], None]
    context: QObject | None


def close_unclaimed(outcome: object) -> None:
    """Release a result nobody will receive: a client's sockets, a started server."""
    close = getattr(outcome, "close", None)
    if callable(close) and not isinstance(outcome, ApiError):
        try:
            close()
        except Exception:  # closing is best effort; the result is gone either way
            log.exception("Could not close an unclaimed result")


class _Relay(QObject):
    """Carries a finished job's outcome from the worker thread to the GUI thread."""

    finished = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(
        self, job_id: int, work: Callable[[], object], relay: _Relay, closing: threading.Event
    ) -> None:
        super().__init__()
        self._job_id = job_id
        self._work = work
        self._relay = relay
        self._closing = closing

    def run(self) -> None:
        if self._closing.is_set():
            return
        try:
            ok, outcome = True, self._work()
        except ApiError as error:
            ok, outcome = False, error
        except Exception:  # a bug, not a merchant's mistake: log it, say something plain
            if not self._closing.is_set():  # quitting closes clients under calls in flight
                log.exception("Background work failed unexpectedly")
            ok, outcome = False, ApiError()
        if self._closing.is_set():
            close_unclaimed(outcome)
        else:
            self._relay.finished.emit(self._job_id, ok, outcome)


class BackgroundRunner(QObject):
    """One worker thread, so API calls happen in the order they were asked for.

    `work` must never touch a widget or write shared state: it returns a value, and
    `on_success` (or `on_error`) stores it, on the GUI thread. They are skipped if
    `context` has been deleted meanwhile or the runner stopped; a result that holds
    something to release (it has `close()`: a client, a started server) is closed then.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._closing = threading.Event()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[ApiError], None],
        context: QObject | None = None,
    ) -> None:
        if self._closing.is_set():
            return
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(on_success, on_error, context)
        self._pool.start(_Task(job_id, work, self._relay, self._closing))

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @Slot(int, bool, object)
    def _on_relay_finished(self, job_id: int, ok: bool, outcome: object) -> None:
        job = self._jobs.pop(job_id, None)
        gone = job is None or (job.context is not None and not shiboken6.isValid(job.context))
        if gone or self._closing.is_set():
            close_unclaimed(outcome)
            return
        assert job is not None
        if ok:
            job.on_success(outcome)
        else:
            assert isinstance(outcome, ApiError)
            job.on_error(outcome)

    def stop(self) -> None:
        """Accept no more work, drop what is queued, and never call back again."""
        self._closing.set()
        self._pool.clear()
        self._jobs.clear()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop, then wait for the call in progress; return whether it ended in time."""
        self.stop()
        return self._pool.waitForDone(timeout_ms)
