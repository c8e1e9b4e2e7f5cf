"""/docs works with no network: checked in a real headless Chromium (Debian's chromium and
chromium-driver, driven over WebDriver's HTTP protocol), where every request the page makes
is seen in its performance log and none leaves the sandbox's origin."""

import json
import time

import httpx

from app.sandbox import start_sandbox
from app.sandbox.docs_page import ASSETS
from tests.sandbox.conftest import run_script


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
            shown = run_script(http, session, "return document.querySelectorAll('.opblock').length")
            time.sleep(0.2)
        assert shown >= 20  # every operation rendered, from the contract
        title = run_script(http, session, "return document.querySelector('.title').textContent")
        assert "Shipturtle API" in title
        requests = _requests(http, session)
    assert f"{origin}/openapi.json" in requests
    # The network only: chrome:// and data: are the browser's own pages and inline images.
    network = [url for url in requests if url.startswith(("http:", "https:", "ws:", "wss:"))]
    elsewhere = [url for url in network if not url.startswith(origin)]
    assert elsewhere == []
