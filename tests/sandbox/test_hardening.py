"""Defects a fuzz run found: cursors out of range, the order of answers, replays after revoke."""

import base64

import httpx
import pytest

from tests.conftest import bearer
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
        ("POST", "/v1/access-tokens", {"content": b"{not json"}),
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
        assert response.json()["error"]["code"] == "unauthorized"


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
