"""One-time hand-offs on the sandbox: made by the merchant, opened once with the key's proof,
withdrawn, expired, and told in receipts; the server never holds the key."""

import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import hand_off
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.features import OPTIONAL_FEATURES, Features
from app.sandbox.hand_off_records import RECEIPT_KEPT_SECONDS
from app.sandbox.records import rfc3339
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.storage.logs import RedactingFilter
from tests.conftest import bearer, developer_sign_in, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_token_life import HOUR, PASSWORD, made, rotated

WRONG_PROOF = hand_off.b64url(bytes(32))


def contents(created: dict[str, Any], api: str, *, password: str | None = None) -> dict[str, Any]:
    token = created["access_token"]
    found = {
        "token": created["token"],
        "username": token["username"],
        "store": "Demo Store",
        "permissions": ["Order API Access", "Product API Access"],
        "expires_at": token["expires_at"],
        "api": api,
        "message": "Here is your access to the Shipturtle API for Demo Store.",
    }
    if password is not None:
        found["password"] = password
    return found


def send(
    http: httpx.Client,
    demo: dict[str, str],
    created: dict[str, Any],
    *,
    hours: int = 24,
    key: str | None = None,
    hint: str | None = None,
    sealed: hand_off.Sealed | None = None,
) -> httpx.Response:
    """POST /v1/hand-offs for a created (or rotated) token, sealed for this server."""
    origin = str(http.base_url).rstrip("/")
    sealed = sealed or hand_off.seal(contents(created, origin, password=PASSWORD), origin)
    body = {
        "access_token_id": created["access_token"]["id"],
        "token_hint": hint or created["access_token"]["token_hint"],
        "ciphertext": sealed.ciphertext,
        "key_proof": sealed.key_proof,
        "expires_in_hours": hours,
    }
    headers = demo if key is None else {**demo, "Idempotency-Key": key}
    return http.post("/v1/hand-offs", headers=headers, json=body)


def sent(
    http: httpx.Client, demo: dict[str, str], created: dict[str, Any], **options: Any
) -> tuple[dict[str, Any], hand_off.Sealed]:
    origin = str(http.base_url).rstrip("/")
    sealed = hand_off.seal(contents(created, origin, password=PASSWORD), origin)
    answer = send(http, demo, created, sealed=sealed, **options)
    assert answer.status_code == 201, answer.text
    return answer.json(), sealed


def open_with(http: httpx.Client, hand_off_id: str, proof: str, **headers: str) -> httpx.Response:
    return http.post(
        f"/v1/hand-offs/{hand_off_id}/open", json={"key_proof": proof}, headers=headers
    )


def receipt(http: httpx.Client, demo: dict[str, str], token_id: str) -> dict[str, Any]:
    answer = http.get("/v1/hand-offs", params={"access_token_id": token_id}, headers=demo)
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    assert len(items) == 1
    return dict(items[0])


def test_a_hand_off_opens_once_with_its_key_and_the_receipt_says_when_and_how(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    link, sealed = sent(http, demo, created)
    assert link["url"] == f"{str(http.base_url).rstrip('/')}/hand-off/{link['id']}"
    assert link["id"].startswith("ho_")
    assert len(link["id"]) == 3 + 22
    assert link["expires_at"] == rfc3339(int(clock.now) + 24 * HOUR)
    waiting = receipt(http, demo, created["access_token"]["id"])
    assert (waiting["status"], waiting["opened"], waiting["wrong_keys"]) == ("waiting", None, 0)

    browser = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
    opened = open_with(http, link["id"], sealed.key_proof, **{"User-Agent": browser})
    assert opened.status_code == 200
    assert opened.headers["Cache-Control"] == "no-store"
    assert opened.json() == {"ciphertext": sealed.ciphertext}
    origin = str(http.base_url).rstrip("/")
    inside = hand_off.open_sealed(opened.json()["ciphertext"], sealed.master_key, origin)
    token = created["access_token"]
    signed_in = developer_sign_in(http, inside["token"], inside["username"], inside["password"])
    assert signed_in.status_code == 201, token

    again = open_with(http, link["id"], sealed.key_proof)
    assert (again.status_code, again.json()["error"]["code"]) == (410, "hand_off_opened")
    said = again.json()["error"]["message"]
    assert "already opened on" in said
    assert "tell Demo Store at once" in said
    assert "ciphertext" not in again.text
    done = receipt(http, demo, token["id"])
    assert done["status"] == "opened"
    assert done["opened"] == {
        "at": rfc3339(int(clock.now)),
        "ip": "127.0.0.1",
        "user_agent": browser,
    }


def test_a_wrong_key_uses_nothing_up_is_counted_and_is_slowed(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    link, sealed = sent(http, demo, created)
    for _ in range(5):
        wrong = open_with(http, link["id"], WRONG_PROOF)
        assert (wrong.status_code, wrong.json()["error"]["code"]) == (403, "wrong_key")
    slowed = open_with(http, link["id"], WRONG_PROOF)
    assert slowed.status_code == 429
    assert int(slowed.headers["Retry-After"]) >= 1
    assert receipt(http, demo, created["access_token"]["id"])["wrong_keys"] == 5
    # Even the right key waits out the window: the limit is the hand-off's, not the caller's.
    assert open_with(http, link["id"], sealed.key_proof).status_code == 429
    other, other_sealed = sent(http, demo, made(http, demo, username="other-dev"))
    assert open_with(http, other["id"], other_sealed.key_proof).status_code == 200
    # Past the open, a wrong key hears nothing of it: the same 404 as for no hand-off at all.
    missing = open_with(http, "ho_AAAAAAAAAAAAAAAAAAAAAA", WRONG_PROOF)
    after = open_with(http, other["id"], WRONG_PROOF)
    assert (after.status_code, after.json()["error"]) == (
        missing.status_code,
        {**missing.json()["error"], "request_id": after.json()["error"]["request_id"]},
    )
    assert after.status_code == 404


def test_an_expired_hand_off_is_never_served_and_its_ciphertext_goes(
    sandbox: RunningSandbox, http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    link, sealed = sent(http, demo, created, hours=1)
    clock.advance(HOUR)
    refused = open_with(http, link["id"], sealed.key_proof)
    assert (refused.status_code, refused.json()["error"]["code"]) == (404, "not_found")
    assert receipt(http, demo, created["access_token"]["id"])["status"] == "expired"
    with sandbox.database.transaction() as store:
        assert store.hand_offs.by_id(link["id"]) is not None
        kept = store._db.execute(  # what the sweep left in the row
            "SELECT ciphertext FROM hand_offs WHERE id = ?", (link["id"],)
        ).fetchone()
    assert kept == (None,)
    clock.advance(RECEIPT_KEPT_SECONDS)
    again = bearer(sign_in(http))  # the session ended meanwhile
    listed = http.get(
        "/v1/hand-offs", params={"access_token_id": created["access_token"]["id"]}, headers=again
    )
    assert listed.json()["items"] == []  # the record is kept 30 days, then goes too


def test_a_link_never_outlives_its_token(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    soon = rfc3339(int(clock.now) + 2 * HOUR)
    link, _ = sent(http, demo, made(http, demo, expires_at=soon), hours=72)
    assert link["expires_at"] == soon


def test_withdrawing_revoking_or_rotating_stops_waiting_links(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    for end in ("withdraw", "revoke", "rotate"):
        created = made(http, demo, username=f"dev-{end}")
        token_id = created["access_token"]["id"]
        link, sealed = sent(http, demo, created)
        if end == "withdraw":
            assert http.delete(f"/v1/hand-offs/{link['id']}", headers=demo).status_code == 204
        elif end == "revoke":
            assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
        else:
            rotated(http, demo, token_id)
        assert open_with(http, link["id"], sealed.key_proof).status_code == 404, end
        withdrawn = receipt(http, demo, token_id)
        assert withdrawn["status"] == "withdrawn", end
        assert withdrawn["withdrawn_at"], end


def test_an_opened_link_is_not_withdrawn_and_another_store_cannot_touch_it(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    link, sealed = sent(http, demo, created)
    assert open_with(http, link["id"], sealed.key_proof).status_code == 200
    assert http.delete(f"/v1/hand-offs/{link['id']}", headers=demo).status_code == 204
    assert receipt(http, demo, created["access_token"]["id"])["status"] == "opened"
    other = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
    assert http.delete(f"/v1/hand-offs/{link['id']}", headers=other).status_code == 404
    listed = http.get(
        "/v1/hand-offs", params={"access_token_id": created["access_token"]["id"]}, headers=other
    )
    assert listed.status_code == 404


def test_a_secret_replaced_since_is_refused_and_dead_tokens_too(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    token_id = created["access_token"]["id"]
    old_hint = created["access_token"]["token_hint"]
    rotated(http, demo, token_id)
    stale = send(http, demo, created, hint=old_hint)
    assert (stale.status_code, stale.json()["error"]["code"]) == (409, "secret_replaced")
    assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
    dead = send(http, demo, created)
    assert (dead.status_code, dead.json()["error"]["code"]) == (409, "token_revoked")
    unknown = send(
        http, demo, {**created, "access_token": {**created["access_token"], "id": "at_0"}}
    )
    assert unknown.status_code == 404


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("expires_in_hours", 2),
        ("expires_in_hours", "24"),
        ("key_proof", "short"),
        ("key_proof", "+" * 43),
        ("ciphertext", "x" * (16 * 1024 + 1)),
        ("ciphertext", "not base64url!" * 4),
        ("token_hint", None),
    ],
)
def test_bad_requests_are_refused_with_the_field(
    http: httpx.Client, demo: dict[str, str], field: str, value: object
) -> None:
    created = made(http, demo)
    sealed = hand_off.seal({"token": created["token"]}, str(http.base_url).rstrip("/"))
    body = {
        "access_token_id": created["access_token"]["id"],
        "token_hint": created["access_token"]["token_hint"],
        "ciphertext": sealed.ciphertext,
        "key_proof": sealed.key_proof,
        "expires_in_hours": 24,
        field: value,
    }
    refused = http.post("/v1/hand-offs", headers=demo, json=body)
    assert refused.status_code == 422, refused.text
    assert field in refused.json()["error"]["fields"]
    assert http.get("/v1/hand-offs", headers=demo).json()["items"] == []


def test_a_retry_with_its_key_makes_one_link(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    origin = str(http.base_url).rstrip("/")
    sealed = hand_off.seal(contents(created, origin), origin)
    first = send(http, demo, created, key="send-1", sealed=sealed)
    again = send(http, demo, created, key="send-1", sealed=sealed)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other = send(http, demo, created, key="send-1")  # a new seal: another request
    assert (other.status_code, other.json()["error"]["code"]) == (422, "idempotency_key_reused")
    assert len(http.get("/v1/hand-offs", headers=demo).json()["items"]) == 1


def test_concurrent_opens_with_the_right_key_open_it_once(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    link, sealed = sent(http, demo, made(http, demo))
    with ThreadPoolExecutor(8) as pool:
        statuses = list(
            pool.map(lambda _: open_with(http, link["id"], sealed.key_proof).status_code, range(8))
        )
    assert sorted(statuses) == [200] + [410] * 7


def test_receipts_change_the_token_list_tag(http: httpx.Client, demo: dict[str, str]) -> None:
    link, sealed = sent(http, demo, made(http, demo))
    tag = http.get("/v1/access-tokens", headers=demo).headers["ETag"]
    assert open_with(http, link["id"], WRONG_PROOF).status_code == 403
    after_wrong = http.get("/v1/access-tokens", headers=demo).headers["ETag"]
    assert after_wrong != tag
    assert open_with(http, link["id"], sealed.key_proof).status_code == 200
    unchanged = http.get("/v1/access-tokens", headers={**demo, "If-None-Match": after_wrong})
    assert unchanged.status_code == 200  # the open changed the collection: no 304


def test_receipts_page_newest_first(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    ids = [sent(http, demo, created)[0]["id"] for _ in range(3)]
    first = http.get("/v1/hand-offs", params={"limit": 2}, headers=demo).json()
    rest = http.get(
        "/v1/hand-offs", params={"limit": 2, "cursor": first["next_cursor"]}, headers=demo
    )
    listed = [item["id"] for item in first["items"] + rest.json()["items"]]
    assert listed == ids[::-1]
    assert rest.json()["next_cursor"] is None


def test_the_page_is_the_same_for_any_id_has_strict_headers_and_uses_nothing_up(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    link, sealed = sent(http, demo, made(http, demo))
    page = http.get(f"/hand-off/{link['id']}", headers={"User-Agent": "Slackbot-LinkExpanding 1.0"})
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    for other in ("ho_AAAAAAAAAAAAAAAAAAAAAA", "anything", "%3Cscript%3E"):
        assert http.get(f"/hand-off/{other}").content == page.content
    assert http.head(f"/hand-off/{link['id']}").status_code == 200
    policy = page.headers["Content-Security-Policy"]
    for part in (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ):
        assert part in policy
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "noindex" in page.headers["X-Robots-Tag"]
    assert "<title>One-time link</title>" in page.text
    for asset in ("open.js", "page.js", "page.css"):
        served = http.get(f"/hand-off-assets/{asset}")
        assert served.status_code == 200
        assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert receipt(http, demo, link_token(http, demo, link))["status"] == "waiting"
    assert open_with(http, link["id"], sealed.key_proof).status_code == 200


def link_token(http: httpx.Client, demo: dict[str, str], link: dict[str, Any]) -> str:
    listed = http.get("/v1/hand-offs", headers=demo).json()["items"]
    return str(next(item["access_token_id"] for item in listed if item["id"] == link["id"]))


def test_no_hand_off_route_answers_cors(http: httpx.Client, demo: dict[str, str]) -> None:
    link, sealed = sent(http, demo, made(http, demo))
    origin = {"Origin": "https://evil.example"}
    answers = [
        http.get(f"/hand-off/{link['id']}", headers=origin),
        http.get("/hand-off-assets/page.js", headers=origin),
        http.options(
            f"/v1/hand-offs/{link['id']}/open",
            headers={
                **origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        ),
        open_with(http, link["id"], sealed.key_proof, **origin),
        http.get("/v1/hand-offs", headers={**demo, **origin}),
    ]
    for answer in answers:
        assert not any(name.lower().startswith("access-control-") for name in answer.headers)


def test_a_server_without_hand_offs_offers_none(tmp_path: Path) -> None:
    offered = [name for name in OPTIONAL_FEATURES if name != "hand_offs"]
    with (
        start_sandbox(":memory:", features=Features(offered)) as running,
        httpx.Client(base_url=running.url) as http,
    ):
        assert "hand_offs" not in http.get("/v1/capabilities").json()["features"]
        session = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        assert http.get("/v1/hand-offs", headers=session).status_code == 404
        assert http.get("/hand-off/ho_x").status_code == 404
        assert open_with(http, "ho_x", WRONG_PROOF).status_code == 404


def test_opens_are_limited_per_address(tmp_path: Path) -> None:
    with (
        start_sandbox(":memory:", hand_off_opens_per_address=3) as running,
        httpx.Client(base_url=running.url) as http,
    ):
        statuses = [open_with(http, f"ho_{n}", WRONG_PROOF).status_code for n in range(4)]
    assert statuses == [404, 404, 404, 429]


def test_a_schema_5_database_gets_hand_offs(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    start_sandbox(path).stop()
    connection = sqlite3.connect(path)
    connection.executescript("DROP TABLE hand_offs; PRAGMA user_version=5;")
    connection.close()
    with start_sandbox(path) as running, httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        link, sealed = sent(http, demo, made(http, demo, username="after-upgrade"))
        assert open_with(http, link["id"], sealed.key_proof).status_code == 200


def test_no_secret_of_a_hand_off_is_kept_or_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(RedactingFilter())  # as every handler of the app's logging has
    path = tmp_path / "sandbox.sqlite3"
    with start_sandbox(path) as running, httpx.Client(base_url=running.url) as http:
        demo = bearer(running.open_session(DEMO_EMAIL)["session_token"])
        created = made(http, demo, username="kept-nowhere")
        opened, opened_sealed = sent(http, demo, created)
        _, waiting_sealed = sent(http, demo, created)
        answer = open_with(http, opened["id"], opened_sealed.key_proof)
        assert answer.status_code == 200
        link = f"{opened['url']}#{opened_sealed.master_key}"
        logging.getLogger("test").info("The developer got %s", link)
        files = [file for file in tmp_path.iterdir() if file.name.startswith(path.name)]
        assert any(file.name.endswith("-wal") for file in files), files
        secrets = [created["token"], created["token"][4:34], PASSWORD]
        for sealed in (opened_sealed, waiting_sealed):
            secrets += [sealed.master_key, sealed.key_proof]
        raw = b"".join(file.read_bytes() for file in files)
        assert waiting_sealed.ciphertext.encode() in raw  # the check reads the real data
        keys = [hand_off.unb64url(text) for text in secrets[3:]]
        assert not [secret for secret in secrets if secret.encode() in raw]
        assert not [key for key in keys if key in raw]
    # Closed (checkpointed): the opened ciphertext is overwritten, not left in a free page.
    kept = path.read_bytes()
    assert not _pieces_of(opened_sealed.ciphertext, kept)
    assert len(_pieces_of(waiting_sealed.ciphertext, kept)) > 10
    logged = caplog.text
    assert "/hand-off/" in logged
    assert f"{opened['url']}#[redacted]" in logged  # the link's shape is known to redaction
    assert not [secret for secret in secrets if secret in logged]


def _pieces_of(text: str, data: bytes) -> list[int]:
    """Where 24-character pieces of `text` are found in `data`."""
    pieces = [text[start : start + 24].encode() for start in range(0, len(text) - 24, 24)]
    return [index for index, piece in enumerate(pieces) if piece in data]


def test_a_hint_of_any_text_is_refused_not_a_fault(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    refused = send(http, demo, made(http, demo), hint="\u00e9t\u00e9")
    assert (refused.status_code, refused.json()["error"]["code"]) == (409, "secret_replaced")
