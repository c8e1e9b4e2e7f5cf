"""Merchant sessions: sign in, sign out, the merchant, expiry and the sign-in rate limit."""

import hashlib
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from app.sandbox import RunningSandbox, security, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, STARTER_EMAIL, STARTER_PASSWORD
from tests.conftest import Account, bearer, sign_in, unknown_email
from tests.helpers.clock import FakeClock


def test_health_reports_ok_and_version(http: httpx.Client) -> None:
    response = http.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": "0.1.0"}


def test_sign_in_returns_session_and_merchant(http: httpx.Client, merchant: Account) -> None:
    typed = f" {merchant.email.title()} "  # " Store-7@Example.Com ": spaces and capitals
    response = http.post("/v1/sessions", json={"email": typed, "password": merchant.password})
    assert response.status_code == 201
    body = response.json()
    assert body["session_token"].startswith("sts_")
    assert body["expires_at"].endswith("Z")
    assert body["merchant"] == {
        "id": merchant.id,
        "name": "Demo Store",
        "email": merchant.email,
        "api_integration": True,
    }


def test_wrong_password_and_unknown_email_are_the_same_401(
    http: httpx.Client, merchant: Account
) -> None:
    for email in (merchant.email, unknown_email()):
        response = http.post("/v1/sessions", json={"email": email, "password": "wrong-password"})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_credentials"
        assert "email or password" in response.json()["error"]["message"]


def test_the_seeded_stores_are_the_demo_and_the_starter(http: httpx.Client) -> None:
    seeded = {
        DEMO_EMAIL: (DEMO_PASSWORD, "m_demo", "Demo Store", True),
        STARTER_EMAIL: (STARTER_PASSWORD, "m_starter", "Starter Store", False),
    }
    for email, (password, id_, name, api_integration) in seeded.items():
        token = sign_in(http, email, password)
        assert http.get("/v1/merchant", headers=bearer(token)).json() == {
            "id": id_,
            "name": name,
            "email": email,
            "api_integration": api_integration,
        }


def test_merchant_shows_the_plan(http: httpx.Client, starter: Account) -> None:
    token = sign_in(http, starter.email, starter.password)
    body = http.get("/v1/merchant", headers=bearer(token)).json()
    assert body == {
        "id": starter.id,
        "name": "Starter Store",
        "email": starter.email,
        "api_integration": False,
    }


def test_a_store_added_from_python_signs_in_and_sees_only_its_own_tokens(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    email = unknown_email()
    made = sandbox.add_merchant(
        "Corner Shop", f" {email.upper()} ", security.hash_password("corner-password")
    )
    assert made.email == email
    session = bearer(sign_in(http, email, "corner-password"))
    assert http.get("/v1/merchant", headers=session).json() == {
        "id": made.id,
        "name": "Corner Shop",
        "email": email,
        "api_integration": True,
    }
    listed = http.get("/v1/access-tokens", headers=session, params={"status": "all"}).json()
    assert listed == {"items": [], "next_cursor": None}
    with pytest.raises(ValueError, match="exists already"):
        sandbox.add_merchant("Another Shop", email, security.hash_password("other-password"))


def test_missing_unknown_or_malformed_session_is_unauthorized(http: httpx.Client) -> None:
    for headers in (
        {},
        bearer("sts_not-a-real-session"),
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer"},
    ):
        response = http.get("/v1/merchant", headers=headers)
        assert response.status_code == 401, headers
        sent = headers.get("Authorization", "").startswith("Bearer ")
        said = "unauthorized" if sent else "missing_credential"  # "Bearer" alone sends none
        assert response.json()["error"]["code"] == said
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_sign_out_ends_the_session(http: httpx.Client, demo: dict[str, str]) -> None:
    assert http.get("/v1/merchant", headers=demo).status_code == 200
    assert http.delete("/v1/sessions/current", headers=demo).status_code == 204
    response = http.get("/v1/merchant", headers=demo)
    assert response.status_code == 401
    assert http.delete("/v1/sessions/current", headers=demo).status_code == 401


def test_session_expires_after_twelve_hours(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    clock.advance(12 * 3600 - 5)
    assert http.get("/v1/merchant", headers=demo).status_code == 200
    clock.advance(10)
    assert http.get("/v1/merchant", headers=demo).json()["error"]["code"] == "unauthorized"


def test_five_failures_within_a_minute_rate_limit_that_email(
    http: httpx.Client, merchant: Account, starter: Account
) -> None:
    wrong = {"email": merchant.email, "password": "not-the-password"}
    for _ in range(5):
        assert http.post("/v1/sessions", json=wrong).status_code == 401
    limited = http.post(
        "/v1/sessions", json={"email": merchant.email, "password": merchant.password}
    )
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    retry_after = int(limited.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    assert f"Wait {retry_after} seconds" in limited.json()["error"]["message"]
    # Other merchants are not locked out by someone guessing at this email.
    assert sign_in(http, starter.email, starter.password)


def short_window() -> RunningSandbox:
    """A sandbox whose rate limits forget after one second (the limiter reads the real clock)."""
    return start_sandbox(":memory:", limit_window_seconds=1)


def test_the_limit_lifts_once_its_window_has_passed() -> None:
    wrong = {"email": DEMO_EMAIL, "password": "not-the-password"}
    with short_window() as sandbox, httpx.Client(base_url=sandbox.url) as http:
        for _ in range(5):
            assert http.post("/v1/sessions", json=wrong).status_code == 401
        assert http.post("/v1/sessions", json=wrong).status_code == 429
        time.sleep(1.1)
        assert sign_in(http, DEMO_EMAIL, DEMO_PASSWORD).startswith("sts_")


def test_failures_spread_over_more_than_a_window_do_not_lock() -> None:
    wrong = {"email": DEMO_EMAIL, "password": "not-the-password"}
    with short_window() as sandbox, httpx.Client(base_url=sandbox.url) as http:
        for _ in range(4):
            assert http.post("/v1/sessions", json=wrong).status_code == 401
        time.sleep(1.1)
        for _ in range(4):
            assert http.post("/v1/sessions", json=wrong).status_code == 401
        assert sign_in(http, DEMO_EMAIL, DEMO_PASSWORD).startswith("sts_")


def test_a_success_neither_uses_up_nor_refills_the_budget(
    http: httpx.Client, merchant: Account
) -> None:
    wrong = {"email": merchant.email, "password": "not-the-password"}
    for _ in range(4):
        assert http.post("/v1/sessions", json=wrong).status_code == 401
    for _ in range(3):
        assert sign_in(http).startswith("sts_")
    assert http.post("/v1/sessions", json=wrong).status_code == 401
    assert http.post("/v1/sessions", json=wrong).status_code == 429


def test_forty_concurrent_wrong_passwords_get_at_most_five_401(
    http: httpx.Client, merchant: Account
) -> None:
    wrong = {"email": merchant.email, "password": "not-the-password"}

    def attempt(_: int) -> int:
        return http.post("/v1/sessions", json=wrong).status_code

    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = Counter(pool.map(attempt, range(40)))
    assert set(statuses) <= {401, 429}
    assert 1 <= statuses[401] <= 5


def test_an_email_over_254_characters_is_refused(http: httpx.Client) -> None:
    response = http.post("/v1/sessions", json={"email": "a" * 255, "password": "x"})
    assert response.status_code == 422
    assert "254" in response.json()["error"]["fields"]["email"]


def test_an_unknown_email_costs_one_scrypt_like_a_known_one(
    http: httpx.Client, merchant: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_scrypt = hashlib.scrypt

    def counted(*args: Any, **kwargs: Any) -> bytes:
        calls.append("scrypt")
        return real_scrypt(*args, **kwargs)

    security.verify_password("warm-up", security.LOCKED_PASSWORD)  # the dummy hash is made once
    monkeypatch.setattr(hashlib, "scrypt", counted)
    for email in (merchant.email, unknown_email()):
        calls.clear()
        assert http.post("/v1/sessions", json={"email": email, "password": "x"}).status_code == 401
        assert calls == ["scrypt"], email


def test_the_process_running_the_sandbox_opens_a_session_without_a_password(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    opened = sandbox.open_session(" Demo@Example.com ")
    assert opened["session_token"].startswith("sts_")
    assert opened["merchant"]["email"] == DEMO_EMAIL
    merchant = http.get("/v1/merchant", headers=bearer(opened["session_token"]))
    assert merchant.status_code == 200
    assert merchant.json() == opened["merchant"]
    assert http.delete("/v1/sessions/current", headers=bearer(opened["session_token"])).is_success
    with pytest.raises(LookupError):
        sandbox.open_session("nobody@example.com")
