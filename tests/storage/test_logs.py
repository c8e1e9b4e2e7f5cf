"""The log file: rotating, and every handler redacts tokens and Authorization values."""

import io
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.api import token_format
from app.storage.logs import RedactingFilter, setup_logging
from tests.helpers.log_fail import ExpectedLogs
from tests.helpers.logging_errors import logging_errors_fail_the_test


def test_log_file_never_holds_a_token(
    tmp_path: Path, root_logging: logging.Logger, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"it failed|headers", logger="app.test")
    path = setup_logging(tmp_path / "logs")
    token = token_format.generate_token()
    log = logging.getLogger("app.test")
    log.info("created %s for %s", token, "dev")
    log.warning("headers: %s", {"Authorization": f"Bearer {token}"})
    try:
        raise ValueError(f"bad token {token}")
    except ValueError:
        log.exception("it failed")
    for handler in root_logging.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "created [redacted] for dev" in text
    assert "ValueError: bad token [redacted]" in text
    assert token not in text


def test_every_root_handler_gets_the_filter(tmp_path: Path, root_logging: logging.Logger) -> None:
    earlier = logging.StreamHandler()
    root_logging.addHandler(earlier)
    setup_logging(tmp_path)
    assert all(
        any(isinstance(f, RedactingFilter) for f in handler.filters)
        for handler in root_logging.handlers
    )
    setup_logging(tmp_path)  # twice adds no second file handler
    files = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    assert len(files) == 1


def test_a_logging_error_fails_the_test_it_happens_in(capsys: pytest.CaptureFixture[str]) -> None:
    # As a handler left on a deleted log folder would: every line it is given fails.
    stream = io.StringIO()
    stream.close()
    handler = logging.StreamHandler(stream)
    log = logging.getLogger("tests.logging_error")
    log.addHandler(handler)
    log.propagate = False
    try:
        with (
            pytest.raises(pytest.fail.Exception, match=r"StreamHandler on tests\.logging_error"),
            logging_errors_fail_the_test(),
        ):
            log.warning("lost")
    finally:
        log.removeHandler(handler)
        log.propagate = True
    assert "--- Logging error ---" in capsys.readouterr().err  # still told, as logging does
