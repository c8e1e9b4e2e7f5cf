"""A logging error (a handler that cannot write, a message that cannot be formatted) fails the
test in which it happens, instead of printing `--- Logging error ---` and passing."""

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

_PRINT_AND_CARRY_ON = logging.Handler.handleError


def _describe(handler: logging.Handler, record: logging.LogRecord) -> str:
    error = sys.exc_info()[1]
    return (
        f"{type(handler).__name__} on {record.name}: {error!r} (message {str(record.msg)[:100]!r})"
    )


@contextmanager
def logging_errors_fail_the_test() -> Iterator[None]:
    """Record every logging error while the block runs (from any thread); fail if there was one.

    Logging still prints its usual report to stderr, so the traceback is there to read.
    """
    errors: list[str] = []

    def handle_error(self: logging.Handler, record: logging.LogRecord) -> None:
        errors.append(_describe(self, record))
        _PRINT_AND_CARRY_ON(self, record)

    previous = logging.Handler.handleError
    logging.Handler.handleError = handle_error  # type: ignore[method-assign]
    try:
        yield
    finally:
        logging.Handler.handleError = previous  # type: ignore[method-assign]
    if errors:
        pytest.fail("logging failed during this test:\n" + "\n".join(errors), pytrace=False)
