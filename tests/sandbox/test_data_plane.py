"""The data plane a developer calls with a token: orders, products, token info."""

import httpx
import pytest

from app.api import token_format
from app.sandbox import security
from tests.conftest import bearer
from tests.helpers.clock import FakeClock
from tests.sandbox.test_tokens import create


def test_both_permissions_reach_orders_and_products(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    secret = create(http, demo).json()["token"]
    for path in ("/v1/orders", "/v1/products"):
        response = http.get(path, headers=bearer(secret))
        assert response.status_code == 200
        assert len(response.json()["items"]) >= 3


def test_order_access_only_is_denied_products(http: httpx.Client, demo: dict[str, str]) -> None:
    secret = create(http, demo, permissions=["orders"]).json()["token"]
    assert http.get("/v1/orders", headers=bearer(secret)).status_code == 200
    denied = http.get("/v1/products", headers=bearer(secret))
    assert denied.status_code == 403
    assert denied.json()["error"]["code"] == "permission_denied"
    assert "Product API Access" in denied.json()["error"]["message"]


def test_revoked_token_is_rejected_on_the_very_next_request(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = create(http, demo).json()
    headers = bearer(created["token"])
    assert http.get("/v1/orders", headers=headers).status_code == 200
    http.delete(f"/v1/access-tokens/{created['access_token']['id']}", headers=demo)
    for path in ("/v1/orders", "/v1/products", "/v1/token-info"):
        rejected = http.get(path, headers=headers)
        assert rejected.status_code == 401
        assert rejected.json()["error"]["code"] == "invalid_token"


def test_expired_token_is_rejected(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    from app.sandbox.records import rfc3339

    soon = rfc3339(int(clock.now) + 3600)
    created = create(http, demo, expires_at=soon).json()
    assert http.get("/v1/orders", headers=bearer(created["token"])).status_code == 200
    clock.advance(3601)
    assert http.get("/v1/orders", headers=bearer(created["token"])).status_code == 401
    token_id = created["access_token"]["id"]
    assert http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()["status"] == "expired"
    expired = http.get("/v1/access-tokens", headers=demo, params={"status": "expired"}).json()
    assert [item["id"] for item in expired["items"]] == [token_id]


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer  x",
        "Token abc",
        "Bearer stp_short",
        f"Bearer {token_format.generate_token()}",  # well formed, never issued
    ],
)
def test_unknown_or_malformed_tokens_are_invalid(
    http: httpx.Client, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = http.get("/v1/orders", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def test_session_tokens_do_not_open_the_data_plane(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    assert http.get("/v1/orders", headers=demo).json()["error"]["code"] == "invalid_token"
    secret = create(http, demo).json()["token"]
    assert http.get("/v1/merchant", headers=bearer(secret)).status_code == 401


def test_use_sets_last_used_at(http: httpx.Client, demo: dict[str, str], clock: FakeClock) -> None:
    created = create(http, demo).json()
    token_id = created["access_token"]["id"]
    clock.advance(120)
    http.get("/v1/orders", headers=bearer(created["token"]))
    used = http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()["last_used_at"]
    from app.sandbox.records import rfc3339

    assert used == rfc3339(int(clock.now))


def test_token_info_describes_a_valid_token(http: httpx.Client, demo: dict[str, str]) -> None:
    secret = create(http, demo, permissions=["products"]).json()["token"]
    info = http.get("/v1/token-info", headers=bearer(secret)).json()
    assert info == {
        "username": "shop-dev",
        "permissions": ["products"],
        "expires_at": None,
        "merchant": {"name": "Demo Store"},
    }


def test_secrets_are_stored_only_as_hashes(http: httpx.Client, demo: dict[str, str]) -> None:
    secret = create(http, demo).json()["token"]
    assert len(security.hash_secret(secret)) == 64
    assert security.hash_secret(secret) != secret
