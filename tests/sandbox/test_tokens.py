"""Access tokens on the control plane: list, create, get, revoke, idempotency, isolation."""

from typing import Any

import httpx
import pytest

from app.api import token_format
from tests.conftest import Account, api_session, bearer, sign_in
from tests.helpers.clock import FakeClock

DAY = 24 * 3600


def new_token(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "username": "shop-dev",
        "password": "a-long-secret-passphrase",
        "permissions": ["orders", "products"],
        "expires_at": None,
        "note": "Agency building our mobile app",
    }
    body.update(overrides)
    return body


def create(http: httpx.Client, headers: dict[str, str], **overrides: Any) -> httpx.Response:
    return http.post("/v1/access-tokens", headers=headers, json=new_token(**overrides))


def test_permissions_are_listed_with_labels(http: httpx.Client) -> None:
    items = http.get("/v1/permissions").json()["items"]
    assert [(item["key"], item["label"]) for item in items] == [
        ("orders", "Order API Access"),
        ("products", "Product API Access"),
    ]
    assert all(item["description"] for item in items)


def test_seeded_demo_tokens_by_status(http: httpx.Client, demo: dict[str, str]) -> None:
    def usernames(status: str) -> list[str]:
        items = http.get("/v1/access-tokens", headers=demo, params={"status": status}).json()
        return [item["username"] for item in items["items"]]

    active = http.get("/v1/access-tokens", headers=demo).json()["items"]
    assert [item["username"] for item in active] == usernames("active")
    assert usernames("active") == ["reporting", "catalog-import", "warehouse-sync"]
    assert usernames("revoked") == ["legacy-erp"]
    assert usernames("expired") == []
    assert len(usernames("all")) == 4
    expiring = next(item for item in active if item["username"] == "catalog-import")
    assert expiring["expires_at"] is not None


def test_create_returns_the_secret_once(http: httpx.Client, demo: dict[str, str]) -> None:
    response = create(http, demo)
    assert response.status_code == 201
    body = response.json()
    secret = body["token"]
    assert token_format.is_well_formed(secret)
    created = body["access_token"]
    assert created["username"] == "shop-dev"
    assert created["permissions"] == ["orders", "products"]
    assert created["status"] == "active"
    assert created["token_hint"] == secret[-4:]
    assert created["last_used_at"] is None
    assert created["revoked_at"] is None
    assert created["note"] == "Agency building our mobile app"
    fetched = http.get(f"/v1/access-tokens/{created['id']}", headers=demo)
    assert fetched.json() == created
    assert secret not in fetched.text
    assert secret not in http.get("/v1/access-tokens", headers=demo).text


def test_list_is_newest_first_and_follows_cursors(http: httpx.Client, demo: dict[str, str]) -> None:
    for index in range(7):
        assert create(http, demo, username=f"dev-{index}").status_code == 201
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3, "status": "all"}
        if cursor:
            params["cursor"] = cursor
        page = http.get("/v1/access-tokens", headers=demo, params=params).json()
        assert len(page["items"]) <= 3
        seen += [item["username"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen[:7] == [f"dev-{index}" for index in reversed(range(7))]
    assert len(seen) == 11 == len(set(seen))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"status": "deleted"}, "status"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
def test_bad_list_parameters_name_the_field(
    http: httpx.Client, demo: dict[str, str], params: dict[str, Any], field: str
) -> None:
    response = http.get("/v1/access-tokens", headers=demo, params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_failed"
    assert field in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"username": "ab"}, "username"),
        ({"username": "x" * 65}, "username"),
        ({"username": "has space"}, "username"),
        ({"password": "short"}, "password"),
        ({"password": "p" * 129}, "password"),
        ({"username": "shopdev", "password": "my-SHOPDEV-password"}, "password"),
        ({"permissions": []}, "permissions"),
        ({"permissions": ["orders", "refunds"]}, "permissions"),
        ({"permissions": "orders"}, "permissions"),
        ({"expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"expires_at": "next week"}, "expires_at"),
        ({"expires_at": "2030-01-01T00:00:00"}, "expires_at"),
        ({"note": "n" * 201}, "note"),
        ({"username": 42}, "username"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_create_validation_names_each_bad_field(
    http: httpx.Client, demo: dict[str, str], overrides: dict[str, Any], field: str
) -> None:
    before = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json()
    response = create(http, demo, **overrides)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed"
    assert field in error["fields"]
    assert http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json() == before


def test_missing_fields_are_each_named(http: httpx.Client, demo: dict[str, str]) -> None:
    response = http.post("/v1/access-tokens", headers=demo, json={"username": "shop-dev"})
    assert response.status_code == 422
    assert set(response.json()["error"]["fields"]) == {"password", "permissions"}


def test_expiry_limits(http: httpx.Client, demo: dict[str, str], clock: FakeClock) -> None:
    def at(seconds_ahead: float) -> str:
        from app.sandbox.records import rfc3339

        return str(rfc3339(int(clock.now + seconds_ahead)))

    assert create(http, demo, username="in-year", expires_at=at(366 * DAY - 60)).status_code == 201
    too_far = create(http, demo, username="too-far", expires_at=at(367 * DAY))
    assert too_far.json()["error"]["fields"]["expires_at"].startswith("The expiry date can be")


def test_username_is_unique_among_active_tokens(http: httpx.Client, demo: dict[str, str]) -> None:
    first = create(http, demo, username="Mobile-App").json()["access_token"]
    taken = create(http, demo, username="mobile-app")
    assert taken.status_code == 409
    assert taken.json()["error"]["code"] == "username_taken"
    assert "username" in taken.json()["error"]["fields"]
    assert http.delete(f"/v1/access-tokens/{first['id']}", headers=demo).status_code == 204
    assert create(http, demo, username="mobile-app").status_code == 201
    # The seeded revoked token's username is free to reuse too.
    assert create(http, demo, username="legacy-erp").status_code == 201


def test_starter_store_needs_the_add_on(http: httpx.Client, starter: Account) -> None:
    session = bearer(sign_in(http, starter.email, starter.password))
    response = create(http, session)
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "plan_required"
    assert "API Integration" in error["message"]
    assert "Settings > Subscription and billing" in error["message"]
    assert http.get("/v1/access-tokens", headers=session).json() == {
        "items": [],
        "next_cursor": None,
    }


def test_revoke_is_idempotent_and_unknown_is_404(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    token_id = create(http, demo).json()["access_token"]["id"]
    clock.advance(30)
    assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
    revoked = http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()
    assert revoked["status"] == "revoked"
    assert revoked["revoked_at"] is not None
    clock.advance(30)
    assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
    assert http.get(f"/v1/access-tokens/{token_id}", headers=demo).json() == revoked
    for method in ("GET", "DELETE"):
        missing = http.request(method, "/v1/access-tokens/at_0000000000000000", headers=demo)
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "not_found"


def test_other_merchants_cannot_see_or_revoke(
    http: httpx.Client, demo: dict[str, str], starter: Account
) -> None:
    created = create(http, demo).json()
    token_id = created["access_token"]["id"]
    other = bearer(sign_in(http, starter.email, starter.password))
    assert http.get(f"/v1/access-tokens/{token_id}", headers=other).status_code == 404
    assert http.delete(f"/v1/access-tokens/{token_id}", headers=other).status_code == 404
    listed = http.get("/v1/access-tokens", headers=other, params={"status": "all"}).json()
    assert token_id not in str(listed)
    still = http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()
    assert still["status"] == "active"
    session = api_session(http, created["token"], "shop-dev", new_token()["password"])
    assert http.get("/v1/orders", headers=session).status_code == 200


def test_idempotent_create_replays_and_creates_one_row(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    headers = {**demo, "Idempotency-Key": "submission-7f3a"}
    first = create(http, headers)
    second = create(http, headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    listed = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json()
    assert [item["username"] for item in listed["items"]].count("shop-dev") == 1
    reused = create(http, headers, username="someone-else")
    assert reused.status_code == 422
    assert reused.json()["error"]["code"] == "idempotency_key_reused"


def test_idempotency_keys_expire_after_ten_minutes(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    headers = {**demo, "Idempotency-Key": "submission-1"}
    first = create(http, headers).json()
    clock.advance(601)
    again = create(http, headers)
    # The old answer is gone, so this is a new create, refused only for the username.
    assert again.status_code == 409
    assert first["token"] not in again.text


def test_idempotency_keys_belong_to_one_merchant(
    http: httpx.Client, demo: dict[str, str], starter: Account
) -> None:
    other = bearer(sign_in(http, starter.email, starter.password))
    assert create(http, {**demo, "Idempotency-Key": "shared-key"}).status_code == 201
    assert create(http, {**other, "Idempotency-Key": "shared-key"}).status_code == 403


def test_a_bad_idempotency_key_is_refused(http: httpx.Client, demo: dict[str, str]) -> None:
    response = create(http, {**demo, "Idempotency-Key": "x" * 300})
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["error"]["fields"]


def test_each_refused_field_comes_with_a_code_and_its_values(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    answer = create(
        http,
        demo,
        username="a b",
        password="password1234",
        permissions=[],
        expires_at="2001-01-01T00:00:00Z",
        note="x" * 201,
    )
    assert answer.status_code == 422
    error = answer.json()["error"]
    codes = {name: problem["code"] for name, problem in error["field_problems"].items()}
    assert codes == {
        "username": "username_format",
        "password": "password_guessable",
        "permissions": "permissions_missing",
        "expires_at": "expiry_past",
        "note": "note_too_long",
    }
    assert error["field_problems"]["username"]["params"] == {"min": 3, "max": 64}
    assert error["field_problems"]["note"]["params"] == {"max": 200}
    advice = error["field_problems"]["password"]["params"]["advice"]
    assert advice
    assert advice in error["fields"]["password"]  # the sentence still comes too


def test_a_taken_username_and_a_wrong_type_have_codes_too(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    assert create(http, demo, username="twice-used").status_code == 201
    taken = create(http, demo, username="twice-used").json()["error"]
    assert taken["field_problems"]["username"] == {"code": "username_taken", "params": {}}
    wrong = create(http, demo, permissions="orders").json()["error"]
    assert wrong["field_problems"]["permissions"]["code"] == "wrong_type"
