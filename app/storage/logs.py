"""Logging to a rotating file, with every handler redacting tokens and Authorization values."""

import contextlib
import logging
import os
from pathlib import Path

from app.api.secret import redact_secrets
from app.storage.private import private_file, private_folder

LOG_FILE_NAME = "shipturtle-tokens.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Renders each record once and removes anything secret from the text and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_secrets(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_secrets(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_secrets(record.stack_info)
        return True


def protect_handlers(logger: logging.Logger) -> None:
    """Put the redacting filter on every handler of `logger` that lacks one."""
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to `log_dir` (rotating, a few MB at most) and return the log file's path."""
    import logging.handlers  # a heavy import, done when logging starts, not at import time

    private_folder(log_dir)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        with contextlib.suppress(OSError):  # unwritable: logging itself says so later
            private_file(path)  # opened for appending below, it keeps this mode
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.rotator = _rotate_privately
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request line at INFO; keep the log about the app.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    protect_handlers(root)
    return path


def _rotate_privately(source: str, destination: str) -> None:
    """Rotate as logging does, and make the next log file 0600 before logging opens it."""
    if os.path.exists(source):
        os.rename(source, destination)
    private_file(Path(source))
