"""The Qt bindings the app is installed with survive what a long session does to them."""

import subprocess
import sys

import pytest

CLICK_AND_EXIT = """
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton("Copy")
for _ in range(20_000):  # a long working day of clicks, toggles and menu choices
    button.click()
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True and False are immortal there")
def test_many_clicks_do_not_make_the_interpreter_abort_at_exit() -> None:
    """PySide6 6.12.0 drops a reference to a bool per emitted bool signal (see pyproject)."""
    done = subprocess.run(
        [sys.executable, "-c", CLICK_AND_EXIT],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr[-2000:]
