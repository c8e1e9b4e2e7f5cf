"""A log record at WARNING or above that a test did not expect fails it, as qutebrowser's
`logfail` does: a warning nobody looks at is a bug nobody sees. A test that provokes one on
purpose says so first with `expected_logs.expect(...)`."""

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


class ExpectedLogs:
    """The warnings and errors a test provokes on purpose, by a pattern of their message."""

    def __init__(self) -> None:
        self._expected: list[tuple[re.Pattern[str], str | None]] = []

    def expect(self, pattern: str, *, logger: str | None = None) -> None:
        """Records whose message matches `pattern` (from `logger` and below, when given)."""
        self._expected.append((re.compile(pattern), logger))

    def covers(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return any(
            pattern.search(message) and _within(record.name, logger)
            for pattern, logger in self._expected
        )


def _within(name: str, logger: str | None) -> bool:
    return logger is None or name == logger or name.startswith(f"{logger}.")


class _Recorder(logging.Handler):
    """Keeps every record at WARNING or above, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock:
            self.records.append(record)

    def kept(self) -> list[logging.LogRecord]:
        with self._lock:
            return list(self.records)


@contextmanager
def unexpected_logs_fail_the_test(expected: ExpectedLogs) -> Iterator[None]:
    recorder = _Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    try:
        yield
    finally:
        root.removeHandler(recorder)
    unexpected = [record for record in recorder.kept() if not expected.covers(record)]
    if unexpected:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()[:200]}" for r in unexpected]
        pytest.fail(
            "unexpected log records (expect them with expected_logs.expect):\n" + "\n".join(lines),
            pytrace=False,
        )
