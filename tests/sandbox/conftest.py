"""What the sandbox's browser tests share: a headless Chromium driven over WebDriver."""

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[httpx.Client, str]]:
    """A WebDriver session on headless Chromium; skipped where Chromium is not installed
    (CI installs it: Makefile TEST_PACKAGES)."""
    if CHROMIUM is None or DRIVER is None:
        pytest.skip("chromium and chromium-driver are not installed")
    port = _free_port()
    driver = subprocess.Popen(
        [DRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if http.get("/status").json()["value"]["ready"]:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "chromedriver did not start"
            time.sleep(0.1)
        options = {
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'profile'}",
            ],
        }
        capabilities = {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": {"performance": "ALL"},
        }
        opened = http.post("/session", json={"capabilities": {"alwaysMatch": capabilities}})
        session = opened.json()["value"]["sessionId"]
        yield http, f"/session/{session}"
        http.delete(f"/session/{session}")
    finally:
        http.close()
        driver.terminate()
        driver.wait(10)


def run_script(http: httpx.Client, session: str, script: str) -> Any:
    answer = http.post(f"{session}/execute/sync", json={"script": script, "args": []})
    return answer.json()["value"]
