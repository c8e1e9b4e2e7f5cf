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
            log.exception("Background work failed unexpectedly")
            ok, outcome = False, ApiError()
        if not self._closing.is_set():
            self._relay.finished.emit(self._job_id, ok, outcome)


class BackgroundRunner(QObject):
    """One worker thread, so API calls happen in the order they were asked for.

    `work` must never touch a widget; `on_success` and `on_error` run on the GUI
    thread, and are skipped if `context` has been deleted meanwhile.
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
        if job is None or self._closing.is_set():
            return
        if job.context is not None and not shiboken6.isValid(job.context):
            return
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
