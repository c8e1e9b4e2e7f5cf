"""Fault injection: every failure maps to a typed error, retried exactly where it is safe."""

from collections.abc import Callable

import httpx
import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from app.api.models import NewToken
from app.api.secret import Secret
from app.api.transport import RetryPolicy
from tests.helpers.api_samples import PASSWORD, SESSION, TOKEN
from tests.helpers.transports import Scripted, Step, error

MERCHANT = {"id": "m1", "name": "Shop", "email": "a@b.c", "api_integration": True}


class Sleeps(list[float]):
    """Records each wait, and is the clock: time passes only while the client waits."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    def now(self) -> float:
        return sum(self)


def make_client(*steps: Step, deadline: float = 60.0) -> tuple[ShipturtleClient, Scripted, Sleeps]:
    sleeps = Sleeps()
    transport = Scripted(*steps)
    retry = RetryPolicy(sleep=sleeps, jitter=lambda: 0.5, clock=sleeps.now)
    client = ShipturtleClient(
        "https://api.example.test", retry=retry, transport=transport, deadline=deadline
    )
    client.session_token = Secret(SESSION)
    return client, transport, sleeps


def ok(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def assert_no_secret(error: BaseException) -> None:
    for text in (str(error), repr(error), getattr(error, "message", "")):
        assert SESSION not in text
        assert PASSWORD not in text


def create(client: ShipturtleClient, key: str = "key-1") -> object:
    request = NewToken("dev", Secret(PASSWORD), ("orders",))
    return client.create_token(request, key)


def test_connection_refused_is_retried_for_a_read_then_reported() -> None:
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    client, transport, sleeps = make_client(refused, refused, refused)
    with pytest.raises(errors.NetworkError) as caught:
        client.merchant()
    assert len(transport.requests) == 3
    assert sleeps == [0.5, 1.0]  # exponential backoff (jitter fixed for the test)
    assert "Check your internet connection" in caught.value.message
    assert_no_secret(caught.value)


def test_timeout_is_its_own_network_error() -> None:
    timeout = httpx.ReadTimeout("timed out")
    client, transport, _ = make_client(timeout, timeout, timeout)
    with pytest.raises(errors.RequestTimeoutError) as caught:
        client.list_tokens()
    assert len(transport.requests) == 3
    assert "took too long" in caught.value.message


def test_sign_in_is_never_retried() -> None:
    client, transport, sleeps = make_client(httpx.ConnectError("refused"))
    with pytest.raises(errors.NetworkError):
        client.sign_in("a@b.c", Secret(PASSWORD))
    assert len(transport.requests) == 1
    assert sleeps == []


def test_a_500_is_not_retried() -> None:
    client, transport, _ = make_client(error(500, "internal_error"))
    with pytest.raises(errors.ServerError) as caught:
        client.merchant()
    assert len(transport.requests) == 1
    assert "Try again in a few minutes" in caught.value.message


def test_502_and_503_then_success() -> None:
    client, transport, sleeps = make_client(
        httpx.Response(502, text="<html>Bad gateway</html>"),
        error(503, "unavailable"),
        ok(MERCHANT),
    )
    assert client.merchant().name == "Shop"
    assert len(transport.requests) == 3
    assert len(sleeps) == 2


def test_a_server_that_cannot_store_is_retried_then_said_in_its_words() -> None:
    sentence = (
        "The disk that holds the sandbox's database is full, so nothing was saved. "
        "Free some space on it and try again."
    )
    full = httpx.Response(
        503,
        headers={"Retry-After": "10"},
        json={"error": {"code": "storage_unavailable", "message": sentence}},
    )
    client, transport, sleeps = make_client(full, full, full)
    with pytest.raises(errors.StorageUnavailableError) as caught:
        client.merchant()
    assert len(transport.requests) == 3
    assert sleeps == [10, 10]
    assert caught.value.message == sentence
    assert caught.value.code == "storage_unavailable"
    assert isinstance(caught.value, errors.ServerError)  # retry may help, as with any 5xx


def test_429_waits_as_told_and_caps_the_wait() -> None:
    client, _, sleeps = make_client(
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(429, headers={"Retry-After": "3600"}),
        ok(MERCHANT),
    )
    client.merchant()
    assert sleeps == [7.0, 30.0]


def test_429_that_persists_says_how_long_to_wait() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "42"})
    client, _, _ = make_client(limited, limited, limited)
    with pytest.raises(errors.RateLimitedError) as caught:
        client.merchant()
    assert caught.value.retry_after == 42
    assert "Wait 42 seconds" in caught.value.message


def test_delete_is_retried_on_connection_errors() -> None:
    client, transport, _ = make_client(httpx.ConnectError("reset"), httpx.Response(204))
    client.revoke_token("at_1")
    assert [request.method for request in transport.requests] == ["DELETE", "DELETE"]


def test_create_is_retried_only_with_the_same_idempotency_key() -> None:
    created = {"access_token": TOKEN, "token": "stp_" + "a" * 36}
    client, transport, _ = make_client(
        httpx.ReadError("connection reset"), error(503, "unavailable"), ok(created, 201)
    )
    result = create(client, key="submission-1")
    assert result is not None
    keys = [request.headers["Idempotency-Key"] for request in transport.requests]
    assert keys == ["submission-1"] * 3


@pytest.mark.parametrize(
    ("answer", "expected", "words"),
    [
        (ok("not json", 200), errors.InvalidResponseError, "does not understand"),
        (httpx.Response(200, text="{broken"), errors.InvalidResponseError, "is not JSON"),
        (
            httpx.Response(200, text="<html>Login</html>"),
            errors.InvalidResponseError,
            "is not JSON",
        ),
        (httpx.Response(404, text="<html>Not here</html>"), errors.NotFoundError, "Refresh"),
        (httpx.Response(400, text="<html>Bad</html>"), errors.RequestRejectedError, ""),
        (error(401, "unauthorized"), errors.SessionExpiredError, "Sign in again"),
        (httpx.Response(401, text="<html>Denied</html>"), errors.SessionExpiredError, "Sign in"),
        (error(403, "plan_required"), errors.PlanRequiredError, "Subscription and billing"),
        (error(404, "not_found"), errors.NotFoundError, "Refresh the list"),
        (httpx.Response(302, headers={"Location": "http://evil"}), errors.InvalidResponseError, ""),
    ],
)
def test_answers_map_to_typed_errors(
    answer: httpx.Response, expected: type[errors.ApiError], words: str
) -> None:
    client, _, _ = make_client(answer)
    with pytest.raises(expected) as caught:
        client.merchant()
    assert words in caught.value.message
    assert caught.value.message.endswith(".")
    assert_no_secret(caught.value)


def test_422_keeps_each_field_message() -> None:
    fields = {"username": "Use 3 to 64 letters.", "password": "Use 12 to 128 characters."}
    client, _, _ = make_client(error(422, "validation_failed", fields=fields))
    with pytest.raises(errors.ValidationError) as caught:
        create(client)
    assert caught.value.fields == fields
    assert_no_secret(caught.value)


def test_422_brings_each_fields_code_and_values() -> None:
    fields = {"username": "Use 3 to 64 letters.", "password": "Too guessable."}
    problems = {
        "username": {"code": "username_format", "params": {"min": 3, "max": 64}},
        "password": {"code": "password_guessable", "params": {"advice": f"Not {PASSWORD}."}},
        "note": {"code": 7, "params": {}},  # not a code: left out
    }
    client, _, _ = make_client(
        error(422, "validation_failed", fields=fields, field_problems=problems)
    )
    with pytest.raises(errors.ValidationError) as caught:
        create(client)
    found = caught.value.problems
    assert sorted(found) == ["password", "username"]
    assert (found["username"].code, dict(found["username"].params)) == (
        "username_format",
        {"min": 3, "max": 64},
    )
    assert found["username"].message == "Use 3 to 64 letters."
    quoted_the_password = found["password"].code != "invalid" or found["password"].params != {}
    assert not quoted_the_password  # a value quoting the password sent is not passed on


def test_409_is_username_taken_on_the_username_field() -> None:
    client, _, _ = make_client(
        error(409, "username_taken", fields={"username": "Already used by an active token."})
    )
    with pytest.raises(errors.UsernameTakenError) as caught:
        create(client)
    assert caught.value.fields == {"username": "Already used by an active token."}


def test_a_server_echoing_a_secret_is_redacted() -> None:
    echoed = f"Bad header Bearer {SESSION} for token stp_{'x' * 36}"
    client, _, _ = make_client(error(418, "teapot", echoed))
    with pytest.raises(errors.RequestRejectedError) as caught:
        client.merchant()
    assert_no_secret(caught.value)
    assert "stp_xxxx" not in caught.value.message


@pytest.mark.parametrize(
    ("body", "call", "field"),
    [
        ({**MERCHANT, "name": None}, lambda c: c.merchant(), "response.name"),
        (
            {**MERCHANT, "api_integration": "yes"},
            lambda c: c.merchant(),
            "response.api_integration",
        ),
        (
            {"items": [{**TOKEN, "status": 3}], "next_cursor": None},
            lambda c: c.list_tokens(),
            "response.items[0].status",
        ),
        (
            {"items": [{**TOKEN, "status": "paused"}], "next_cursor": None},
            lambda c: c.list_tokens(),
            "response.items[0].status",
        ),
        (
            {"items": [{**TOKEN, "created_at": "yesterday"}], "next_cursor": None},
            lambda c: c.list_tokens(),
            "response.items[0].created_at",
        ),
        ({"items": {}, "next_cursor": None}, lambda c: c.list_tokens(), "response.items"),
        (
            {**TOKEN, "permissions": ["orders", 7]},
            lambda c: c.get_token("at_1"),
            "response.permissions",
        ),
    ],
)
def test_a_wrong_shape_names_the_field(
    body: object, call: Callable[[ShipturtleClient], object], field: str
) -> None:
    client, _, _ = make_client(ok(body))
    with pytest.raises(errors.InvalidResponseError) as caught:
        call(client)
    assert caught.value.field == field
    assert field in caught.value.message


def test_a_repeating_cursor_cannot_loop_forever() -> None:
    page = {"items": [TOKEN], "next_cursor": "same"}
    client, _, _ = make_client(ok(page), ok(page), ok(page))
    with pytest.raises(errors.InvalidResponseError):
        client.list_tokens()


def test_requests_carry_user_agent_and_bearer() -> None:
    client, transport, _ = make_client(ok(MERCHANT))
    client.merchant()
    sent = transport.requests[0]
    assert sent.headers["User-Agent"].startswith("ShipturtleTokens/0.1.0")
    assert sent.headers["Authorization"] == f"Bearer {SESSION}"


def test_no_session_means_no_request() -> None:
    client, transport, _ = make_client()
    client.session_token = None
    with pytest.raises(errors.SessionExpiredError):
        client.list_tokens()
    assert transport.requests == []


def test_a_wait_that_would_pass_the_deadline_is_not_taken() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "7"})
    client, transport, sleeps = make_client(limited, limited, ok(MERCHANT), deadline=10.0)
    with pytest.raises(errors.RateLimitedError):
        client.merchant()
    assert sleeps == [7.0]  # 7 s more would end after the 10 s the call may take
    assert len(transport.requests) == 2
