"""A warning nobody expected fails the test it happens in (tests/helpers/log_fail.py)."""

import logging
import threading

import pytest

from tests.helpers.log_fail import ExpectedLogs, unexpected_logs_fail_the_test


def _warn_from_a_thread(logger: str, message: str) -> None:
    worker = threading.Thread(target=logging.getLogger(logger).warning, args=(message,))
    worker.start()
    worker.join()


def test_an_unexpected_warning_from_any_thread_fails_the_test(
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect("something odd")  # this test's own guard sees it too
    with (
        pytest.raises(pytest.fail.Exception, match="something odd"),
        unexpected_logs_fail_the_test(ExpectedLogs()),
    ):
        _warn_from_a_thread("app.x", "something odd")


def test_an_expected_one_passes_and_only_where_it_was_expected(
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect("disk is full")
    expected = ExpectedLogs()
    expected.expect("disk is full", logger="app.sandbox")
    with unexpected_logs_fail_the_test(expected):
        logging.getLogger("app.sandbox.database").warning("The disk is full")
        logging.getLogger("app.x").info("infos are not kept")
    with pytest.raises(pytest.fail.Exception), unexpected_logs_fail_the_test(expected):
        logging.getLogger("app.storage").warning("The disk is full")  # another logger
