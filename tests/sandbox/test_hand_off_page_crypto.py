"""The hand-off page's JavaScript (WebCrypto, in a real headless Chromium) opens what the app
seals: it reproduces the checked-in vectors, and refuses a spoiled hand-off."""

import json
from pathlib import Path
from typing import Any

import httpx

from app.sandbox import start_sandbox

REPO = Path(__file__).resolve().parents[2]
OPEN_JS = REPO / "app" / "sandbox" / "hand_off_page" / "open.js"
VECTORS = json.loads((REPO / "resources" / "api" / "hand-off-vectors.json").read_text("utf-8"))
_CALL = """
const vectors = arguments[0], done = arguments[arguments.length - 1];
Promise.all(vectors.map(async (v) => ({
  contents: await openHandOff(v.ciphertext, v.master_key, v.origin),
  proof: await handOffKeyProof(v.master_key),
}))).then(done, (error) => done({error: String(error)}));
"""
_SPOILED = """
const v = arguments[0], done = arguments[arguments.length - 1];
openHandOff(v.ciphertext, v.master_key, "http://elsewhere.example")
  .then(() => done("opened"), (error) => done(String(error)));
"""


def _run_async(http: httpx.Client, session: str, script: str, argument: Any) -> Any:
    answer = http.post(f"{session}/execute/async", json={"script": script, "args": [argument]})
    return answer.json()["value"]


def test_the_page_opens_what_the_app_seals(browser: tuple[httpx.Client, str]) -> None:
    http, session = browser
    source = OPEN_JS.read_text(encoding="utf-8")
    with start_sandbox(":memory:") as sandbox:  # a page of a trustworthy origin: WebCrypto
        http.post(f"{session}/url", json={"url": f"{sandbox.url}/docs"})
        opened = _run_async(http, session, source + _CALL, VECTORS["vectors"])
        refused = _run_async(http, session, source + _SPOILED, VECTORS["vectors"][0])
    assert not isinstance(opened, dict), opened
    for vector, result in zip(VECTORS["vectors"], opened, strict=True):
        assert result["contents"] == vector["contents"], vector["name"]
        assert result["proof"] == vector["key_proof"], vector["name"]
    assert refused == "Error: This link's key does not open it: copy the whole link again."
