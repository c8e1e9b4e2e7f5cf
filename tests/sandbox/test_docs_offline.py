"""/docs works with no network: checked in a real headless Chromium (Debian's chromium and
chromium-driver, driven over WebDriver's HTTP protocol), where every request the page makes
is seen in its performance log and none leaves the sandbox's origin."""

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox import start_sandbox
from app.sandbox.docs_page import ASSETS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def test_the_page_and_its_assets_come_from_the_sandbox() -> None:
    with start_sandbox(":memory:") as sandbox, httpx.Client(base_url=sandbox.url) as http:
        page = http.get("/docs")
        assert page.status_code == 200
        policy = page.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy
        assert "connect-src 'self'" in policy
        assert "http" not in page.text  # no address of another origin at all
        for name in (*ASSETS, "start.js"):
            asset = http.get(f"/docs/assets/{name}")
            assert asset.status_code == 200, name
        assert "validatorUrl: null" in http.get("/docs/assets/start.js").text
        assert http.get("/docs/assets/../openapi.json").status_code in (200, 404)  # no file


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


def _run(http: httpx.Client, session: str, script: str) -> Any:
    answer = http.post(f"{session}/execute/sync", json={"script": script, "args": []})
    return answer.json()["value"]


def _requests(http: httpx.Client, session: str) -> list[str]:
    entries = http.post(f"{session}/se/log", json={"type": "performance"}).json()["value"]
    urls = []
    for entry in entries:
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_the_docs_render_offline_and_ask_nothing_of_another_origin(
    browser: tuple[httpx.Client, str],
) -> None:
    http, session = browser
    with start_sandbox(":memory:") as sandbox:
        origin = sandbox.url
        http.post(f"{session}/url", json={"url": f"{origin}/docs"})
        deadline = time.monotonic() + 30
        shown = 0
        while shown < 20 and time.monotonic() < deadline:
            shown = _run(http, session, "return document.querySelectorAll('.opblock').length")
            time.sleep(0.2)
        assert shown >= 20  # every operation rendered, from the contract
        title = _run(http, session, "return document.querySelector('.title').textContent")
        assert "Shipturtle API" in title
        requests = _requests(http, session)
    assert f"{origin}/openapi.json" in requests
    # The network only: chrome:// and data: are the browser's own pages and inline images.
    network = [url for url in requests if url.startswith(("http:", "https:", "ws:", "wss:"))]
    elsewhere = [url for url in network if not url.startswith(origin)]
    assert elsewhere == []
