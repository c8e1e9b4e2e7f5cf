"""The one-time hand-off page in a real headless Chromium (Debian's chromium and
chromium-driver, over WebDriver's HTTP protocol) against a running sandbox: loading it uses
nothing up, Show opens it once and the developer signs in with what it shows, and the key
never leaves the page."""

import base64
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import hand_off
from app.sandbox import RunningSandbox
from tests.conftest import developer_sign_in
from tests.sandbox.conftest import run_script
from tests.sandbox.test_hand_offs import contents, open_with, receipt, send
from tests.sandbox.test_token_life import PASSWORD, made

Browser = tuple[httpx.Client, str]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
MARKUP = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b>"


def _wait_for(condition: Callable[[], Any], timeout: float = 20) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        assert time.monotonic() < deadline, "the page did not get there in time"
        time.sleep(0.1)


def visit(browser: Browser, url: str) -> None:
    http, session = browser
    # From a blank page: a link to the page already shown would only change its fragment.
    http.post(f"{session}/url", json={"url": "about:blank"})
    http.post(f"{session}/url", json={"url": url})
    _wait_for(lambda: run_script(http, session, "return document.readyState") == "complete")


def click_in_page(browser: Browser, selector: str) -> None:
    http, session = browser
    found = http.post(f"{session}/element", json={"using": "css selector", "value": selector})
    element = next(iter(found.json()["value"].values()))
    assert http.post(f"{session}/element/{element}/click", json={}).status_code == 200


def page_text(browser: Browser, element_id: str) -> str:
    http, session = browser
    script = f"return document.getElementById({json.dumps(element_id)}).textContent"
    return str(run_script(http, session, script))


def _status(browser: Browser) -> str:
    return page_text(browser, "status")


def shown(browser: Browser) -> bool:
    http, session = browser
    return bool(run_script(http, session, "return !document.getElementById('details').hidden"))


def _network(browser: Browser) -> list[dict[str, Any]]:
    """Every request the page sent (URL, headers, body), from Chromium's performance log."""
    http, session = browser
    entries = http.post(f"{session}/se/log", json={"type": "performance"}).json()["value"]
    sent = []
    for entry in entries:
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            request = message["params"]["request"]
            # What goes on the wire; not `urlFragment`, DevTools' note of the fragment kept.
            sent.append(
                {
                    "url": request["url"],
                    "headers": request.get("headers", {}),
                    "body": request.get("postData", ""),
                }
            )
    return sent


def _made_link(
    http: httpx.Client, demo: dict[str, str], **extra: Any
) -> tuple[dict[str, Any], dict[str, Any], hand_off.Sealed]:
    created = made(http, demo, **extra.pop("token", {}))
    origin = str(http.base_url).rstrip("/")
    inside = {**contents(created, origin, password=PASSWORD), **extra}
    sealed = hand_off.seal(inside, origin)
    answer = send(http, demo, created, sealed=sealed)
    assert answer.status_code == 201, answer.text
    return created, answer.json(), sealed


def test_show_opens_the_link_once_and_the_developer_signs_in_with_it(
    browser: Browser, sandbox: RunningSandbox, http: httpx.Client, demo: dict[str, str]
) -> None:
    connect = "How to connect: sign in (POST /v1/api-sessions), then call /v1/orders."
    created, link, sealed = _made_link(http, demo, connect=connect)
    token_id = created["access_token"]["id"]
    url = f"{link['url']}#{sealed.master_key}"

    visit(browser, url)
    assert run_script(*browser, "return document.title") == "One-time link"
    assert receipt(http, demo, token_id)["status"] == "waiting"  # loading used nothing up
    assert http.get(link["url"]).status_code == 200  # nor does a link preview's plain GET
    assert receipt(http, demo, token_id)["status"] == "waiting"

    click_in_page(browser, "#show")
    _wait_for(lambda: shown(browser))
    token, username, password = (
        page_text(browser, name) for name in ("token", "username", "password")
    )
    assert token == created["token"]
    assert (username, password) == (created["access_token"]["username"], PASSWORD)
    assert page_text(browser, "connect") == connect
    assert page_text(browser, "permissions") == "Order API Access, Product API Access"
    assert developer_sign_in(http, token, username, password).status_code == 201
    # The key has done its work: it is out of the address bar.
    assert "#" not in str(run_script(*browser, "return location.href"))
    opened = receipt(http, demo, token_id)
    assert opened["status"] == "opened"
    assert "HeadlessChrome" in opened["opened"]["user_agent"]
    _save_screenshot(browser)

    requests = _network(browser)
    visit(browser, url)  # the same link again
    click_in_page(browser, "#show")
    said = _wait_for(lambda: "already opened" in _status(browser) and _status(browser))
    assert "If that was not you, tell Demo Store at once." in said
    assert not shown(browser)
    requests += _network(browser)
    network = [r for r in requests if r["url"].startswith(("http:", "https:", "ws:", "wss:"))]
    assert [r["url"] for r in network if not r["url"].startswith(sandbox.url)] == []
    everything = json.dumps(network)
    assert sealed.master_key not in everything  # the fragment never leaves the page
    assert sealed.key_proof in everything  # the page sent its proof (the log is read)


def _save_screenshot(browser: Browser) -> None:
    """The page as the developer sees it, for the README (`make screenshots` keeps it)."""
    http, session = browser
    http.post(f"{session}/window/rect", json={"width": 900, "height": 1000})
    run_script(http, session, "document.querySelector('main').scrollIntoView()")
    shot = http.get(f"{session}/screenshot").json()["value"]
    png = base64.b64decode(shot)
    assert png.startswith(b"\x89PNG")
    assert len(png) > 10_000
    if os.environ.get("SHIPTURTLE_SCREENSHOTS"):
        (SCREENSHOTS / "hand-off-page.png").write_bytes(png)


CUT_SHORT = "#AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh"  # 42 of the key's 43 characters


@pytest.mark.parametrize("fragment", ["", "#", CUT_SHORT, "#%%%"])
def test_a_link_without_its_whole_key_says_so_and_uses_nothing_up(
    browser: Browser, http: httpx.Client, demo: dict[str, str], fragment: str
) -> None:
    created, link, sealed = _made_link(http, demo)
    visit(browser, f"{link['url']}{fragment}")
    said = _wait_for(lambda: _status(browser))
    assert said.startswith("This link is incomplete")
    assert not run_script(*browser, "return !document.getElementById('ready').hidden")
    assert [r for r in _network(browser) if r["url"].endswith("/open")] == []
    assert receipt(http, demo, created["access_token"]["id"])["status"] == "waiting"
    assert open_with(http, link["id"], sealed.key_proof).status_code == 200


def test_a_wrong_key_of_the_right_shape_is_refused_and_counted(
    browser: Browser, http: httpx.Client, demo: dict[str, str]
) -> None:
    created, link, sealed = _made_link(http, demo)
    visit(browser, f"{link['url']}#{hand_off.b64url(bytes(32))}")
    click_in_page(browser, "#show")
    said = _wait_for(lambda: "not right" in _status(browser) and _status(browser))
    assert "nothing was opened" in said
    still = receipt(http, demo, created["access_token"]["id"])
    assert (still["status"], still["wrong_keys"]) == ("waiting", 1)
    assert open_with(http, link["id"], sealed.key_proof).status_code == 200


def test_what_the_page_shows_is_text_never_markup(
    browser: Browser, http: httpx.Client, demo: dict[str, str]
) -> None:
    _, link, sealed = _made_link(
        http, demo, username=MARKUP, store=MARKUP, message=MARKUP, connect=MARKUP
    )
    visit(browser, f"{link['url']}#{sealed.master_key}")
    click_in_page(browser, "#show")
    _wait_for(lambda: shown(browser))
    for name in ("username", "store", "message", "connect"):
        assert page_text(browser, name) == MARKUP
    assert run_script(*browser, "return document.querySelectorAll('main img, main b').length") == 0
    assert run_script(*browser, "return document.title") == "One-time link"
    heading = page_text(browser, "heading")
    assert heading == f"Access details from {MARKUP}"
