"""Defects a fuzz run found: cursors out of range, the order of answers, replays after revoke."""

import base64
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from app.sandbox.fairqueue import SignInQueue
from tests.conftest import Account, api_session, bearer
from tests.sandbox.test_tokens import create, new_token


def cursor_of(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        cursor_of("c1:9223372036854775808"),
        cursor_of("c1:-9223372036854775809"),
        cursor_of("c1:" + "9" * 40),
        cursor_of("c1:0"),
        cursor_of("c1:-5"),
        cursor_of("c1:12abc"),
        "not-a-cursor",
    ],
)
def test_a_cursor_out_of_range_is_a_422_and_the_connection_lives_on(
    http: httpx.Client, demo: dict[str, str], cursor: str
) -> None:
    response = http.get("/v1/access-tokens", headers=demo, params={"cursor": cursor})
    assert response.status_code == 422
    assert "cursor" in response.json()["error"]["fields"]
    assert http.get("/v1/health").status_code == 200  # same keep-alive connection


def test_an_empty_cursor_means_the_first_page(http: httpx.Client, demo: dict[str, str]) -> None:
    first = http.get("/v1/access-tokens", headers=demo).json()
    empty = http.get("/v1/access-tokens", headers=demo, params={"cursor": ""}).json()
    assert empty == first


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/v1/access-tokens", {"params": {"cursor": "bad", "limit": 0}}),
        ("GET", "/v1/access-tokens", {"params": {"status": "deleted"}}),
        ("POST", "/v1/access-tokens", {"json": {"username": 5}}),
        (
            "POST",
            "/v1/access-tokens",
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        ),
        ("POST", "/v1/access-tokens", {"json": new_token(), "headers": {"Idempotency-Key": ""}}),
    ],
)
def test_a_caller_signed_out_hears_401_before_anything_about_the_request(
    http: httpx.Client, method: str, path: str, kwargs: dict[str, object]
) -> None:
    for authorization in ({}, bearer("sts_not-a-session")):
        headers = {**kwargs.get("headers", {}), **authorization}  # type: ignore[dict-item]
        rest = {key: value for key, value in kwargs.items() if key != "headers"}
        response = http.request(method, path, headers=headers, **rest)  # type: ignore[arg-type]
        assert response.status_code == 401, response.text
        said = "unauthorized" if authorization else "missing_credential"
        assert response.json()["error"]["code"] == said


def test_a_replayed_create_never_shows_a_revoked_token_again(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    headers = {**demo, "Idempotency-Key": "submission-after-revoke"}
    first = create(http, headers)
    assert first.status_code == 201
    again = create(http, headers)
    assert again.status_code == 201
    assert again.json()["token"] == first.json()["token"]
    http.delete(f"/v1/access-tokens/{first.json()['access_token']['id']}", headers=demo)
    replayed = create(http, headers)
    assert replayed.status_code == 409
    assert replayed.json()["error"]["code"] == "token_revoked"
    assert first.json()["token"] not in replayed.text


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"note": "invoice \u202egpj.exe"}, "note"),
        ({"note": "isolate \u2066here\u2069"}, "note"),
        ({"note": "nul \x00 inside"}, "note"),
        ({"note": "c1 \x85 inside"}, "note"),
        ({"password": "a-long-secret-pass\x00phrase"}, "password"),
        ({"username": "shop\u202edev"}, "username"),
    ],
)
def test_invisible_characters_are_refused_in_every_text_field(
    http: httpx.Client, demo: dict[str, str], overrides: dict[str, str], field: str
) -> None:
    response = create(http, demo, **overrides)
    assert response.status_code == 422
    assert field in response.json()["error"]["fields"]
    listed = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).text
    assert "\\u202e" not in listed.lower()


def test_sign_in_fields_refuse_them_too(http: httpx.Client) -> None:
    response = http.post("/v1/sessions", json={"email": "demo@example.com\x00", "password": "x"})
    assert response.status_code == 422
    assert "U+0000" in response.json()["error"]["fields"]["email"]


def test_line_breaks_in_a_note_and_emoji_sequences_are_fine(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    note = "Agency team \U0001f468\u200d\U0001f469\u200d\U0001f467\nsecond line"
    response = create(http, demo, note=note)
    assert response.status_code == 201
    assert response.json()["access_token"]["note"] == note


def test_a_burst_of_sign_ins_leaves_the_data_plane_its_threads(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = create(http, demo).json()
    session = api_session(http, created["token"], "shop-dev", new_token()["password"])

    def stranger(index: int) -> int:
        body = {"email": f"stranger-{index}@example.com", "password": "not-a-password"}
        return http.post("/v1/sessions", json=body).status_code

    with ThreadPoolExecutor(max_workers=60) as pool:
        burst = [pool.submit(stranger, index) for index in range(60)]
        time.sleep(0.2)  # the burst is queued for password work now
        started = time.monotonic()
        assert http.get("/v1/orders", headers=session).status_code == 200
        waited = time.monotonic() - started
        answers = Counter(future.result() for future in burst)
    # One address may have PER_CLIENT waiting, the rest are refused at once: still some
    # twenty scrypt checks, most of a second; the data plane must not wait behind them.
    assert set(answers) <= {401, 429}
    assert answers[401] > SignInQueue.PER_CLIENT
    assert waited < 1.0, waited


def test_concurrent_correct_merchant_sign_ins_all_succeed(
    http: httpx.Client, merchant: Account
) -> None:
    def correct(_: int) -> int:
        body = {"email": merchant.email, "password": merchant.password}
        return http.post("/v1/sessions", json=body).status_code

    at_once = SignInQueue.PER_CLIENT  # as many as one address may have waiting
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        assert set(pool.map(correct, range(at_once))) == {201}


def test_a_405_on_any_address_names_its_methods(http: httpx.Client) -> None:
    for path in ("/openapi.json", "/docs"):
        response = http.post(path)
        assert response.status_code == 405
        assert response.headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "content",
    [
        '{"email": "demo@example.com", "password": "demo-password"}'.encode("utf-16"),
        '{"email": "demo@example.com", "password": "demo-password"}'.encode("utf-32"),
        b'{"email": "demo@example.com", "password": "\xed\xa0\x80"}',
        b'{"email": NaN, "password": "x"}',
        b'{"email": "a", "password": Infinity}',
    ],
)
def test_only_utf8_json_is_read(http: httpx.Client, content: bytes) -> None:
    response = http.post(
        "/v1/sessions", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_answers_carrying_a_secret_are_never_cached(
    http: httpx.Client, demo: dict[str, str], merchant: Account
) -> None:
    created = create(http, demo)
    signed_in = http.post(
        "/v1/sessions", json={"email": merchant.email, "password": merchant.password}
    )
    developer = http.post(
        "/v1/api-sessions",
        headers=bearer(created.json()["token"]),
        json={"username": "shop-dev", "password": new_token()["password"]},
    )
    for response in (created, signed_in, developer):
        assert response.status_code == 201
        assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "expires_at",
    [
        "2027-W05-1T00:00:00Z",
        "20270131T235959Z",
        "2027-01-31T23:59:59+0100",
        "2027-01-31T23Z",
        "2027-01-31T23:59:59,5Z",
    ],
)
def test_expiry_must_be_rfc_3339(http: httpx.Client, demo: dict[str, str], expires_at: str) -> None:
    response = create(http, demo, expires_at=expires_at)
    assert response.status_code == 422
    assert "expires_at" in response.json()["error"]["fields"]


def test_hidden_marks_and_spaces_are_refused_too(http: httpx.Client, demo: dict[str, str]) -> None:
    for mark in ("\u200b", "\u200e", "\u200f", "\u061c", "\u00ad", "\u2028", "\ufeff"):
        response = create(http, demo, note=f"look{mark}alike")
        assert response.status_code == 422, repr(mark)
