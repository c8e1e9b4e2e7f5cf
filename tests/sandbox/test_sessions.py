"""Merchant sessions: sign in, sign out, the merchant, expiry and the sign-in rate limit."""

import httpx

from app.sandbox.seed import DEMO_EMAIL, STARTER_EMAIL, STARTER_PASSWORD
from tests.conftest import bearer, sign_in
from tests.helpers.clock import FakeClock


def test_health_reports_ok_and_version(http: httpx.Client) -> None:
    response = http.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": "0.1.0"}


def test_sign_in_returns_session_and_merchant(http: httpx.Client) -> None:
    response = http.post(
        "/v1/sessions", json={"email": " Demo@Example.com ", "password": "demo-password"}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["session_token"].startswith("sts_")
    assert body["expires_at"].endswith("Z")
    assert body["merchant"] == {
        "id": "m_demo",
        "name": "Demo Store",
        "email": DEMO_EMAIL,
        "api_integration": True,
    }


def test_wrong_password_and_unknown_email_are_the_same_401(http: httpx.Client) -> None:
    for email in (DEMO_EMAIL, "nobody@example.com"):
        response = http.post("/v1/sessions", json={"email": email, "password": "wrong-password"})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_credentials"
        assert "email or password" in response.json()["error"]["message"]


def test_merchant_shows_the_plan(http: httpx.Client) -> None:
    token = sign_in(http, STARTER_EMAIL, STARTER_PASSWORD)
    body = http.get("/v1/merchant", headers=bearer(token)).json()
    assert body == {
        "id": "m_starter",
        "name": "Starter Store",
        "email": STARTER_EMAIL,
        "api_integration": False,
    }


def test_missing_unknown_or_malformed_session_is_unauthorized(http: httpx.Client) -> None:
    for headers in (
        {},
        bearer("sts_not-a-real-session"),
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer"},
    ):
        response = http.get("/v1/merchant", headers=headers)
        assert response.status_code == 401, headers
        assert response.json()["error"]["code"] == "unauthorized"
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
    http: httpx.Client, clock: FakeClock
) -> None:
    wrong = {"email": DEMO_EMAIL, "password": "not-the-password"}
    for _ in range(5):
        assert http.post("/v1/sessions", json=wrong).status_code == 401
        clock.advance(1)
    limited = http.post("/v1/sessions", json={"email": DEMO_EMAIL, "password": "demo-password"})
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    retry_after = int(limited.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    assert f"Wait {retry_after} seconds" in limited.json()["error"]["message"]
    # Other merchants are not locked out by someone guessing at this email.
    assert sign_in(http, STARTER_EMAIL, STARTER_PASSWORD)
    clock.advance(retry_after)
    assert sign_in(http).startswith("sts_")


def test_failures_spread_over_more_than_a_minute_do_not_lock(
    http: httpx.Client, clock: FakeClock
) -> None:
    wrong = {"email": DEMO_EMAIL, "password": "not-the-password"}
    for _ in range(8):
        assert http.post("/v1/sessions", json=wrong).status_code == 401
        clock.advance(15)
    assert sign_in(http).startswith("sts_")
