"""The log file: rotating, and every handler redacts tokens and Authorization values."""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.api import token_format
from app.storage.logs import RedactingFilter, setup_logging


def test_log_file_never_holds_a_token(tmp_path: Path, root_logging: logging.Logger) -> None:
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
