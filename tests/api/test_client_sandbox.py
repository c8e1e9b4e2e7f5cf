"""The client against the real sandbox on loopback: every method of the contract."""

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from app.api import errors
from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.models import NewToken, TokenStatus
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from tests.conftest import Account
from tests.helpers.clock import FakeClock

PASSWORD = Secret("a-long-secret-passphrase")


def new_token(username: str = "shop-dev", *permissions: str) -> NewToken:
    return NewToken(
        username=username,
        password=PASSWORD,
        permissions=permissions or ("orders", "products"),
        note="Agency building our app",
    )


def test_health_and_permissions_need_no_session(sandbox: RunningSandbox) -> None:
    with ShipturtleClient(sandbox.url) as api:
        assert api.health() == "0.1.0"
        labels = [permission.label for permission in api.permissions()]
        assert labels == ["Order API Access", "Product API Access"]


def test_sign_in_merchant_and_sign_out(sandbox: RunningSandbox, merchant: Account) -> None:
    with ShipturtleClient(sandbox.url) as api:
        session = api.sign_in(merchant.email, Secret(merchant.password))
        assert session.merchant.name == "Demo Store"
        assert session.expires_at is not None
        assert session.expires_at > datetime.now(UTC)
        assert merchant.password not in repr(session)
        assert session.token.reveal() not in repr(session)
        assert api.merchant().api_integration is True
        api.sign_out()
        assert api.session_token is None
        with pytest.raises(errors.SessionExpiredError):
            api.merchant()


def test_wrong_password(sandbox: RunningSandbox, merchant: Account) -> None:
    with ShipturtleClient(sandbox.url) as api, pytest.raises(errors.InvalidCredentialsError):
        api.sign_in(merchant.email, Secret("guess"))


def test_a_session_killed_elsewhere_is_expired(
    sandbox: RunningSandbox, client: ShipturtleClient
) -> None:
    with ShipturtleClient(sandbox.url) as other:
        other.session_token = client.session_token
        other.sign_out()
    with pytest.raises(errors.SessionExpiredError) as caught:
        client.list_tokens()
    assert "Sign in again" in caught.value.message


def test_create_get_list_use_and_revoke(client: ShipturtleClient) -> None:
    created = client.create_token(new_token(), new_idempotency_key())
    token = created.access_token
    assert token.status is TokenStatus.ACTIVE
    assert token.permissions == ("orders", "products")
    assert created.token.reveal().endswith(token.token_hint)
    assert created.token.reveal() not in repr(created)
    assert client.get_token(token.id) == token
    assert token.id in [item.id for item in client.list_tokens()]
    session = client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    assert session.token.id == token.id
    assert session.session.reveal() not in repr(session)
    assert client.orders(session)
    assert client.products(session)
    info = client.token_info(session)
    assert (info.token.username, info.merchant_name) == ("shop-dev", "Demo Store")
    client.revoke_token(token.id)
    assert client.get_token(token.id).status is TokenStatus.REVOKED
    with pytest.raises(errors.InvalidTokenError):
        client.orders(session)


def test_developer_errors_are_typed_and_plain(client: ShipturtleClient) -> None:
    created = client.create_token(new_token(), new_idempotency_key())
    with pytest.raises(errors.InvalidCredentialsError) as wrong:
        client.developer_sign_in(created.token, "shop-dev", Secret("not-the-password"))
    assert "username or password" in wrong.value.message
    session = client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    client.developer_sign_out(session)
    with pytest.raises(errors.InvalidTokenError):
        client.orders(session)
    access_token_as_session = dataclasses.replace(session, session=created.token)
    with pytest.raises(errors.ApiSessionRequiredError) as required:
        client.orders(access_token_as_session)
    assert "Sign in first" in required.value.message


def test_an_api_session_past_its_hour_says_sign_in_again(
    client: ShipturtleClient, clock: FakeClock
) -> None:
    created = client.create_token(new_token(), new_idempotency_key())
    session = client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    clock.advance(3601)
    with pytest.raises(errors.ApiSessionExpiredError) as expired:
        client.orders(session)
    assert "Sign in again" in expired.value.message


def test_list_follows_cursors_past_one_page(client: ShipturtleClient) -> None:
    for index in range(5):
        client.create_token(new_token(f"dev-{index}"), new_idempotency_key())
    page = client.list_page("all", limit=2)
    assert len(page.items) == 2
    assert page.next_cursor is not None
    everything = client.list_tokens("all")
    assert len(everything) == 9 == len({token.id for token in everything})
    assert [token.username for token in everything[:5]] == [f"dev-{i}" for i in range(4, -1, -1)]


def test_expiry_is_sent_and_read_back(client: ShipturtleClient) -> None:
    expires = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    request = NewToken("expiring", Secret("a-long-secret-passphrase"), ("orders",), expires)
    created = client.create_token(request, new_idempotency_key())
    assert created.access_token.expires_at == expires


def test_order_access_only_is_refused_products(client: ShipturtleClient) -> None:
    created = client.create_token(new_token("orders-only", "orders"), new_idempotency_key())
    session = client.developer_sign_in(created.token, "orders-only", PASSWORD)
    with pytest.raises(errors.PermissionDeniedError) as caught:
        client.products(session)
    assert "Product API Access" in caught.value.message


def test_server_rules_come_back_as_field_messages(client: ShipturtleClient) -> None:
    client.create_token(new_token("taken"), new_idempotency_key())
    with pytest.raises(errors.UsernameTakenError) as taken:
        client.create_token(new_token("TAKEN"), new_idempotency_key())
    assert "username" in taken.value.fields
    bad = NewToken("x", Secret("short"), ())
    with pytest.raises(errors.ValidationError) as invalid:
        client.create_token(bad, new_idempotency_key())
    assert set(invalid.value.fields) == {"username", "password", "permissions"}


def test_starter_store_gets_plan_required(sandbox: RunningSandbox, starter: Account) -> None:
    with ShipturtleClient(sandbox.url) as api:
        api.sign_in(starter.email, Secret(starter.password))
        assert api.list_tokens() == []
        with pytest.raises(errors.PlanRequiredError) as caught:
            api.create_token(new_token(), new_idempotency_key())
    assert "Settings > Subscription and billing" in caught.value.message


def test_unknown_token_id_is_not_found(client: ShipturtleClient) -> None:
    for call in (client.get_token, client.revoke_token):
        with pytest.raises(errors.NotFoundError):
            call("at_0000000000000000")
        with pytest.raises(errors.NotFoundError):
            call("../sessions/current")


def test_a_mistyped_token_is_caught_before_sending(client: ShipturtleClient) -> None:
    created = client.create_token(new_token(), new_idempotency_key())
    truncated = Secret(created.token.reveal()[:-1])
    with pytest.raises(errors.InvalidTokenError) as caught:
        client.developer_sign_in(truncated, "shop-dev", PASSWORD)
    assert caught.value.code == "malformed_token"
    # A paste with a stray newline is still recognised.
    pasted = Secret(created.token.reveal() + "\n")
    assert client.developer_sign_in(pasted, "shop-dev", PASSWORD).token.username == "shop-dev"
