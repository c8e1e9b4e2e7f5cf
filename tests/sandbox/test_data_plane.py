"""The data plane a developer calls with an API session: orders, products, token info."""

from typing import Any

import httpx
import pytest

from app.api import token_format
from app.sandbox import security
from app.sandbox.records import rfc3339
from tests import conftest
from tests.conftest import bearer, developer_sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_tokens import create, new_token


def api_session(http: httpx.Client, created: dict[str, Any]) -> dict[str, str]:
    """Authorization headers of an API session opened with a token made by `create`."""
    username = created["access_token"]["username"]
    return conftest.api_session(http, created["token"], username, new_token()["password"])


def test_both_permissions_reach_orders_and_products(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    session = api_session(http, create(http, demo).json())
    for path in ("/v1/orders", "/v1/products"):
        response = http.get(path, headers=session)
        assert response.status_code == 200
        assert len(response.json()["items"]) >= 3


def test_order_access_only_is_denied_products(http: httpx.Client, demo: dict[str, str]) -> None:
    session = api_session(http, create(http, demo, permissions=["orders"]).json())
    assert http.get("/v1/orders", headers=session).status_code == 200
    denied = http.get("/v1/products", headers=session)
    assert denied.status_code == 403
    assert denied.json()["error"]["code"] == "permission_denied"
    assert "Product API Access" in denied.json()["error"]["message"]


def test_an_access_token_alone_is_told_to_sign_in_first(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    secret = create(http, demo).json()["token"]
    for credential in (secret, token_format.generate_token(), "stp_short"):
        for path in ("/v1/orders", "/v1/products", "/v1/token-info"):
            response = http.get(path, headers=bearer(credential))
            assert response.status_code == 401
            error = response.json()["error"]
            assert error["code"] == "api_session_required"
            assert "username and the password" in error["message"]
            assert "/v1/api-sessions" in error["message"]


def test_api_session_required_is_decided_without_a_lookup(
    http: httpx.Client, demo: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = create(http, demo).json()["token"]
    hashed: list[str] = []
    real_hash = security.hash_secret

    def hash_secret(text: str) -> str:
        hashed.append(text)
        return real_hash(text)

    monkeypatch.setattr(security, "hash_secret", hash_secret)
    assert http.get("/v1/orders", headers=bearer(secret)).status_code == 401
    assert hashed == []


def test_revoked_token_ends_its_api_sessions_on_the_very_next_request(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = create(http, demo).json()
    session = api_session(http, created)
    assert http.get("/v1/orders", headers=session).status_code == 200
    http.delete(f"/v1/access-tokens/{created['access_token']['id']}", headers=demo)
    for path in ("/v1/orders", "/v1/products", "/v1/token-info"):
        rejected = http.get(path, headers=session)
        assert rejected.status_code == 401
        assert rejected.json()["error"]["code"] == "invalid_token"


def test_api_session_ends_after_an_hour(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    session = api_session(http, create(http, demo).json())
    clock.advance(3600 - 5)
    assert http.get("/v1/orders", headers=session).status_code == 200
    clock.advance(10)
    expired = http.get("/v1/orders", headers=session)
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "api_session_expired"
    assert "Sign in again" in expired.json()["error"]["message"]


def test_api_session_never_outlives_its_token(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    soon = rfc3339(int(clock.now) + 600)
    created = create(http, demo, expires_at=soon).json()
    signed_in = developer_sign_in(
        http, created["token"], "shop-dev", new_token()["password"]
    ).json()
    assert signed_in["expires_at"] == soon
    session = bearer(signed_in["api_session"])
    assert http.get("/v1/orders", headers=session).status_code == 200
    clock.advance(601)
    rejected = http.get("/v1/orders", headers=session)
    assert rejected.status_code == 401
    assert rejected.json()["error"]["code"] == "invalid_token"
    token_id = created["access_token"]["id"]
    assert http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()["status"] == "expired"


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer  x",
        "Token abc",
        "Bearer sta_not-a-real-session",
        "Bearer sts_not-a-merchant-session",
    ],
)
def test_unknown_or_malformed_sessions_are_invalid(
    http: httpx.Client, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = http.get("/v1/orders", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    missing = authorization is None or not authorization.startswith("Bearer")
    expected = "missing_credential" if missing else "invalid_token"
    assert response.json()["error"]["code"] == expected
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_merchant_sessions_do_not_open_the_data_plane_nor_api_sessions_the_control_plane(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    assert http.get("/v1/orders", headers=demo).json()["error"]["code"] == "invalid_token"
    session = api_session(http, create(http, demo).json())
    assert http.get("/v1/merchant", headers=session).status_code == 401
    assert http.get("/v1/access-tokens", headers=session).status_code == 401


def test_use_sets_last_used_at(http: httpx.Client, demo: dict[str, str], clock: FakeClock) -> None:
    created = create(http, demo).json()
    token_id = created["access_token"]["id"]
    session = api_session(http, created)

    def last_used() -> object:
        return http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()["last_used_at"]

    assert last_used() == rfc3339(int(clock.now) // 60 * 60)  # signing in counts as a use
    clock.advance(120)
    http.get("/v1/orders", headers=session)
    assert last_used() == rfc3339(int(clock.now) // 60 * 60)


def test_token_info_describes_the_session_token(http: httpx.Client, demo: dict[str, str]) -> None:
    created = create(http, demo, permissions=["products"]).json()
    info = http.get("/v1/token-info", headers=api_session(http, created)).json()
    assert info == {
        "id": created["access_token"]["id"],
        "username": "shop-dev",
        "permissions": ["products"],
        "expires_at": None,
        "merchant": {"name": "Demo Store"},
    }


def test_secrets_are_stored_only_as_hashes(http: httpx.Client, demo: dict[str, str]) -> None:
    secret = create(http, demo).json()["token"]
    assert len(security.hash_secret(secret)) == 64
    assert security.hash_secret(secret) != secret


def _all_pages(
    http: httpx.Client, path: str, headers: dict[str, str], limit: int
) -> list[list[dict[str, Any]]]:
    pages, cursor = [], None
    while True:
        params: dict[str, Any] = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        answer = http.get(path, headers=headers, params=params)
        assert answer.status_code == 200, answer.text
        pages.append(answer.json()["items"])
        cursor = answer.json()["next_cursor"]
        if cursor is None:
            return pages


def test_orders_page_newest_first_with_their_lines_and_totals(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    session = api_session(http, create(http, demo).json())
    pages = _all_pages(http, "/v1/orders", session, 40)
    assert [len(page) for page in pages] == [40, 40, 40, 30]
    orders = [order for page in pages for order in page]
    assert len({order["id"] for order in orders}) == 150
    moments = [order["created_at"] for order in orders]
    assert moments == sorted(moments, reverse=True)
    for order in orders:
        lines = order["items"]
        assert lines
        for line in lines:
            assert line["total"] == f"{float(line['unit_price']) * line['quantity']:.2f}"
        assert order["total"] == f"{sum(float(line['total']) for line in lines):.2f}"
        assert order["currency"] == "USD"
    again = http.get("/v1/orders", headers=session, params={"limit": 40}).json()["items"]
    assert again == pages[0]  # the same catalogue on every call


def test_products_page_by_fifty_by_default(http: httpx.Client, demo: dict[str, str]) -> None:
    session = api_session(http, create(http, demo).json())
    first = http.get("/v1/products", headers=session).json()
    assert len(first["items"]) == 50
    rest = http.get("/v1/products", headers=session, params={"cursor": first["next_cursor"]})
    assert len(rest.json()["items"]) == 10
    assert rest.json()["next_cursor"] is None
    assert all(float(product["price"]) > 0 for product in first["items"])


@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 0}, "limit"), ({"limit": 201}, "limit"), ({"cursor": "not-ours"}, "cursor")],
)
def test_a_wrong_page_is_a_422_after_the_session_is_checked(
    http: httpx.Client, demo: dict[str, str], params: dict[str, Any], field: str
) -> None:
    assert http.get("/v1/orders", params=params).status_code == 401  # 401 first
    session = api_session(http, create(http, demo).json())
    answer = http.get("/v1/orders", headers=session, params=params)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "validation_failed"
    assert field in answer.json()["error"]["fields"]


def test_the_data_plane_allows_bursts_of_40_per_token_then_says_when_to_retry(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    session = api_session(http, create(http, demo, permissions=["orders"]).json())
    other = api_session(http, create(http, demo, username="other-app").json())
    denied = http.get("/v1/products", headers=session)  # counted, and said on a refusal too
    assert denied.status_code == 403
    assert denied.headers["RateLimit-Remaining"] == "39"
    answers = [http.get("/v1/token-info", headers=session) for _ in range(39)]
    assert {answer.status_code for answer in answers} == {200}
    remaining = [int(answer.headers["RateLimit-Remaining"]) for answer in answers]
    assert remaining == list(range(38, -1, -1))
    assert {answer.headers["RateLimit-Limit"] for answer in answers} == {"40"}
    refused = http.get("/v1/orders", headers=session)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(refused.headers["Retry-After"]) <= 4
    assert refused.headers["RateLimit-Remaining"] == "0"
    assert http.get("/v1/orders", headers=other).status_code == 200  # each token its own
