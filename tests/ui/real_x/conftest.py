"""A real X server with a window manager for the focus and keyboard tests (`make test` runs them).

pytest-xvfb starts Xvfb; this starts openbox on it, since focus, activation and Tab order
depend on a window manager that offscreen Qt does not have. These tests run in a pytest run
of their own with `QT_QPA_PLATFORM=xcb`; the offscreen run leaves this folder out.
"""

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def window_manager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """openbox on pytest-xvfb's display, running before the first window opens."""
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not shutil.which("openbox"):
        pytest.fail("run these with QT_QPA_PLATFORM=xcb, Xvfb and openbox (make test does)")
    started = tmp_path_factory.mktemp("openbox") / "started"
    manager = subprocess.Popen(
        ["openbox", "--sm-disable", "--startup", f"touch {started}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_for(started)
    yield
    manager.terminate()
    manager.wait(timeout=10)


def _wait_for(marker: Path) -> None:
    deadline = time.monotonic() + 10
    while not marker.exists():
        if time.monotonic() > deadline:
            pytest.fail("openbox did not start within 10 seconds")
        time.sleep(0.02)
