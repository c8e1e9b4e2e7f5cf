"""The client's calls for a token's life after create, against the real sandbox on loopback."""

import dataclasses
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from app.api import errors, wire
from app.api.client import UNSET, ShipturtleClient, new_idempotency_key
from app.api.error_mapping import error_from_response
from app.api.fields import Fields
from app.api.models import CreatedToken, Rotation, TokenStatus
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from app.sandbox.seed import STARTER_EMAIL, STARTER_PASSWORD
from tests.api.test_client_sandbox import PASSWORD, new_token
from tests.helpers.api_samples import TOKEN
from tests.helpers.clock import FakeClock


def now(clock: FakeClock) -> datetime:
    return datetime.fromtimestamp(int(clock.now), UTC)


def test_update_token_changes_only_what_is_given(
    client: ShipturtleClient, created: CreatedToken, clock: FakeClock
) -> None:
    token_id = created.access_token.id
    noted = client.update_token(token_id, note="Moved to the new agency")
    assert noted == dataclasses.replace(created.access_token, note="Moved to the new agency")
    expires = now(clock) + timedelta(days=30)
    dated = client.update_token(token_id, expires_at=expires, note=UNSET)
    assert (dated.expires_at, dated.note) == (expires, "Moved to the new agency")
    cleared = client.update_token(token_id, note=None, expires_at=None)
    assert (cleared.expires_at, cleared.note) == (None, None)
    assert client.get_token(token_id) == cleared
    # The same change again is harmless: the client may retry it.
    assert client.update_token(token_id, note=None, expires_at=None) == cleared


def test_update_token_errors_are_typed(
    client: ShipturtleClient, created: CreatedToken, clock: FakeClock
) -> None:
    token_id = created.access_token.id
    with pytest.raises(errors.ValidationError) as invalid:
        client.update_token(token_id, expires_at=now(clock) - timedelta(days=1))
    assert set(invalid.value.fields) == {"expires_at"}
    with pytest.raises(errors.ValidationError) as nothing:
        client.update_token(token_id)
    assert "body" in nothing.value.fields
    with pytest.raises(errors.NotFoundError):
        client.update_token("at_0000000000000000", note="x")
    client.revoke_token(token_id)
    with pytest.raises(errors.TokenRevokedError) as revoked:
        client.update_token(token_id, note="x")
    assert revoked.value.code == "token_revoked"
    assert revoked.value.message.endswith("Create a new one.")
    soon = client.create_token(new_token("soon"), new_idempotency_key()).access_token
    client.update_token(soon.id, expires_at=now(clock) + timedelta(minutes=1))
    clock.advance(61)
    for call in (
        lambda: client.update_token(soon.id, expires_at=None),
        lambda: client.rotate_token(soon.id, 24, new_idempotency_key()),
    ):
        with pytest.raises(errors.TokenExpiredError) as expired:
            call()
        assert expired.value.code == "token_expired"
        assert "has expired" in expired.value.message


def test_rotate_token_gives_a_new_secret_and_both_open_the_token(
    client: ShipturtleClient, created: CreatedToken, clock: FakeClock
) -> None:
    old = created.token
    key = new_idempotency_key()
    rotated = client.rotate_token(created.access_token.id, 72, key)
    assert rotated.token != old
    assert rotated.token.reveal() not in repr(rotated)
    token = rotated.access_token
    assert (token.id, token.username, token.permissions, token.note) == (
        created.access_token.id,
        "shop-dev",
        ("orders", "products"),
        created.access_token.note,
    )
    assert token.rotation == Rotation(
        previous_hint=old.reveal()[-4:],
        previous_valid_until=now(clock) + timedelta(hours=72),
        previous_last_used_at=None,
        current_first_used_at=None,
    )
    assert client.rotate_token(created.access_token.id, 72, key) == rotated  # a retry
    assert client.developer_sign_in(old, "shop-dev", PASSWORD).token.id == token.id
    assert client.developer_sign_in(rotated.token, "shop-dev", PASSWORD).token.id == token.id
    rotation = client.get_token(token.id).rotation
    assert rotation is not None
    minute = now(clock).replace(second=0, microsecond=0)  # a last use is kept to the minute
    assert rotation.previous_last_used_at == rotation.current_first_used_at == minute
    with pytest.raises(errors.ValidationError) as invalid:
        client.rotate_token(token.id, 2, new_idempotency_key())
    assert "overlap_hours" in invalid.value.fields


def test_stop_previous_secret(client: ShipturtleClient, created: CreatedToken) -> None:
    token_id = created.access_token.id
    with pytest.raises(errors.NotFoundError) as none_yet:
        client.stop_previous_secret(token_id)
    assert "no previous secret" in none_yet.value.message
    rotated = client.rotate_token(token_id, 168, new_idempotency_key())
    session = client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    client.stop_previous_secret(token_id)
    with pytest.raises(errors.InvalidTokenError):
        client.orders(session)
    with pytest.raises(errors.InvalidTokenError):
        client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    assert client.developer_sign_in(rotated.token, "shop-dev", PASSWORD)
    with pytest.raises(errors.NotFoundError) as again:
        client.stop_previous_secret(token_id)
    assert "no previous secret" in again.value.message
    with pytest.raises(errors.NotFoundError) as unknown:
        client.stop_previous_secret("at_0000000000000000")
    assert unknown.value.message == errors.NotFoundError.default_message


def test_activity_reads_days_and_recent_calls(
    client: ShipturtleClient, created: CreatedToken, clock: FakeClock
) -> None:
    session = client.developer_sign_in(created.token, "shop-dev", PASSWORD)
    client.orders(session)
    client.products(session)
    found = client.activity(created.access_token.id, days=3)
    today = now(clock).date()
    assert [day.date for day in found.daily] == [today - timedelta(days=n) for n in (2, 1, 0)]
    assert all(isinstance(day.date, date) for day in found.daily)
    assert (found.daily[-1].requests, found.daily[-1].errors) == (3, 0)
    assert [(call.method, call.path, call.status) for call in found.recent] == [
        ("GET", "/v1/products", 200),
        ("GET", "/v1/orders", 200),
        ("POST", "/v1/api-sessions", 201),
    ]
    newest = found.recent[0]
    assert (newest.at, newest.ip, newest.secret) == (now(clock), "127.0.0.1", "current")
    assert newest.user_agent.startswith("ShipturtleTokens/")
    assert len(client.activity(created.access_token.id).daily) == 30
    with pytest.raises(errors.ValidationError) as invalid:
        client.activity(created.access_token.id, days=91)
    assert "days" in invalid.value.fields
    with pytest.raises(errors.NotFoundError):
        client.activity("at_0000000000000000")


def test_lookup_token_says_which_secret_it_is(
    client: ShipturtleClient, created: CreatedToken, sandbox: RunningSandbox
) -> None:
    match = client.lookup_token(Secret(created.token.reveal() + "\n"))
    assert (match.token, match.matched) == (client.get_token(created.access_token.id), "current")
    rotated = client.rotate_token(created.access_token.id, 24, new_idempotency_key())
    assert client.lookup_token(created.token).matched == "previous"
    assert client.lookup_token(rotated.token).matched == "current"
    with pytest.raises(errors.InvalidTokenError) as mistyped:
        client.lookup_token(Secret(created.token.reveal()[:-1]))
    assert mistyped.value.code == "malformed_token"
    assert "Copy it again" in mistyped.value.message
    with ShipturtleClient(sandbox.url) as starter:
        starter.sign_in(STARTER_EMAIL, Secret(STARTER_PASSWORD))  # another store
        with pytest.raises(errors.NotFoundError) as theirs:
            starter.lookup_token(rotated.token)
    assert "not one of this store's" in theirs.value.message


def test_a_mistyped_token_is_refused_before_any_request() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(handler)
    with ShipturtleClient("https://api.example.test", transport=transport) as api:
        api.session_token = Secret("sts_session")
        with pytest.raises(errors.InvalidTokenError) as caught:
            api.lookup_token(Secret("stp_not-a-token"))
    assert caught.value.code == "malformed_token"
    assert sent == []


# Reading answers


def test_a_token_from_a_server_before_rotations_has_none() -> None:
    assert wire.access_token(Fields(TOKEN)).rotation is None
    assert wire.access_token(Fields({**TOKEN, "rotation": None})).rotation is None
    rotation = {
        "previous_hint": "wxyz",
        "previous_valid_until": "2026-01-02T00:00:00Z",
        "previous_last_used_at": None,
        "current_first_used_at": "2026-01-01T12:00:00+00:00",
    }
    token = wire.access_token(Fields({**TOKEN, "rotation": rotation}))
    assert token.rotation == Rotation(
        "wxyz",
        datetime(2026, 1, 2, tzinfo=UTC),
        None,
        datetime(2026, 1, 1, 12, tzinfo=UTC),
    )
    assert token.status is TokenStatus.ACTIVE
    with pytest.raises(errors.InvalidResponseError) as bad:
        wire.access_token(Fields({**TOKEN, "rotation": {**rotation, "previous_hint": 5}}))
    assert bad.value.field == "response.rotation.previous_hint"


@pytest.mark.parametrize("value", [True, False, 1.5, "3", None])
def test_a_number_is_a_whole_number_and_never_a_flag(value: object) -> None:
    with pytest.raises(errors.InvalidResponseError):
        Fields({"requests": value}).number("requests")
    assert Fields({"requests": 3}).number("requests") == 3


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("token_revoked", errors.TokenRevokedError),
        ("token_expired", errors.TokenExpiredError),
        ("malformed_token", errors.InvalidTokenError),
    ],
)
def test_the_new_codes_map_to_typed_errors(code: str, kind: type[errors.ApiError]) -> None:
    status = 422 if code == "malformed_token" else 409
    response = httpx.Response(status, json={"error": {"code": code, "message": "Said here."}})
    error = error_from_response(response)
    assert type(error) is kind
    assert error.code == code
    assert error.message.endswith(".")
    silent = error_from_response(httpx.Response(status, json={"error": {"code": code}}))
    assert silent.message == (
        errors.InvalidTokenError.mistyped_message
        if code == "malformed_token"
        else kind.default_message
    )
