"""An unexpected error is logged without secrets and told to the merchant in one box."""

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.api import token_format
from app.storage.logs import setup_logging
from app.ui.shared import crash
from tests.helpers.log_fail import ExpectedLogs


def test_unexpected_error_is_logged_redacted_and_shown_once(
    qtbot: QtBot, tmp_path: Path, root_logging: logging.Logger, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Unexpected error", logger="app.ui.shared.crash")
    log_file = setup_logging(tmp_path)
    token = token_format.generate_token()
    for _ in range(2):
        try:
            raise RuntimeError(f"broken while holding {token}")
        except RuntimeError as error:
            crash.report_unexpected_error(type(error), error, error.__traceback__)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox)
        and w.objectName() == "unexpectedErrorDialog"
        and w.isVisible()
    ]
    assert len(boxes) == 1
    assert boxes[0].text() == crash.message()
    boxes[0].close()
    qtbot.waitUntil(lambda: not crash._open_boxes)
    for handler in root_logging.handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: broken while holding [redacted]" in text
    assert token not in text
