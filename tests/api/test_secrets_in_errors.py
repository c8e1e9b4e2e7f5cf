"""No error holds a secret: not a malformed create's new token, not an echoed password."""

import json
from collections.abc import Callable
from typing import Any

import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from app.api.models import NewToken
from app.api.secret import Secret
from app.api.token_format import generate_token
from tests.helpers.api_samples import PASSWORD, SESSION, TOKEN
from tests.helpers.error_chains import assert_no_secret_in_chain
from tests.helpers.hostile_server import HostileServer, Reply, Request, answer, echo, json_answer

NEW = generate_token()  # what a create or a rotation answers
PASTED = generate_token()  # what a merchant or a developer pastes
Call = Callable[[ShipturtleClient], object]


def create(client: ShipturtleClient) -> object:
    return client.create_token(NewToken("dev", Secret(PASSWORD), ("orders",)), "key-1")


def rotate(client: ShipturtleClient) -> object:
    return client.rotate_token("at_1", 24, "key-1")


def failure(reply: Reply, call: Call) -> errors.ApiError:
    with HostileServer(reply) as server, ShipturtleClient(server.url) as client:
        client.session_token = Secret(SESSION)
        with pytest.raises(errors.ApiError) as caught:
            call(client)
    assert_no_secret_in_chain(caught.value, NEW, PASTED, PASSWORD, SESSION)
    return caught.value


def created(**access_token: Any) -> dict[str, Any]:
    return {"access_token": {**TOKEN, **access_token}, "token": NEW}


MALFORMED = {
    "cut-short": answer(201, json.dumps(created()).encode()[:-1]),
    "token-as-a-time": json_answer(201, created(created_at=NEW)),
    "password-as-status": json_answer(201, created(status=PASSWORD)),
    "no-access-token": json_answer(201, {"token": NEW}),
}


@pytest.mark.parametrize("call", [create, rotate], ids=["create", "rotate"])
@pytest.mark.parametrize("reply", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_answer_with_a_new_secret_leaves_it_nowhere(reply: Reply, call: Call) -> None:
    assert isinstance(failure(reply, call), errors.InvalidResponseError)


def quoting(status: int, code: str, **fields: str) -> Reply:
    """A server whose message (and field messages) quote the password the request sent."""

    def build(request: Request) -> tuple[int, Any]:
        sent = json.loads(request.body)
        secret = sent.get("password") or sent.get("token")
        message = f"Refused {secret.upper() if code == 'teapot' else secret}."
        quoted = {name: text.format(secret) for name, text in fields.items()}
        return status, {"error": {"code": code, "message": message, "fields": quoted}}

    return echo(build)


ECHOES: dict[str, tuple[Reply, Call, type[errors.ApiError]]] = {
    "sign-in": (
        quoting(401, "invalid_credentials"),
        lambda c: c.sign_in("a@b.c", Secret(PASSWORD)),
        errors.InvalidCredentialsError,
    ),
    "create-fields": (
        quoting(422, "validation_failed", password="{} is too common.", username="Too short."),
        create,
        errors.ValidationError,
    ),
    "create-other-case": (quoting(418, "teapot"), create, errors.RequestRejectedError),
    "developer-sign-in": (
        quoting(401, "invalid_credentials"),
        lambda c: c.developer_sign_in(Secret(PASTED), "dev", Secret(PASSWORD)),
        errors.InvalidCredentialsError,
    ),
    "lookup": (
        quoting(400, "bad_request"),
        lambda c: c.lookup_token(Secret(PASTED)),
        errors.RequestRejectedError,
    ),
}


@pytest.mark.parametrize(("reply", "call", "expected"), ECHOES.values(), ids=ECHOES.keys())
def test_a_message_quoting_a_secret_of_the_request_is_not_passed_on(
    reply: Reply, call: Call, expected: type[errors.ApiError]
) -> None:
    error = failure(reply, call)
    assert type(error) is expected
    assert error.message.endswith(".")
    quoted = PASSWORD.casefold() in error.message.casefold()
    assert not quoted, "the message passes the password on"
    if isinstance(error, errors.ValidationError):
        assert error.fields["username"] == "Too short."
        quoted = PASSWORD in error.fields["password"]
        assert not quoted, "the field's message passes the password on"


def test_a_message_without_a_secret_is_still_the_servers() -> None:
    reply = json_answer(401, {"error": {"code": "invalid_credentials", "message": "No, sorry."}})
    error = failure(reply, lambda c: c.sign_in("a@b.c", Secret(PASSWORD)))
    assert error.message == "No, sorry."
