"""The seam: ShipturtleClient is a TokenBackend, sessions resume through it, and a server
whose tokens are not ours in format gets them asked about, not refused offline."""

import httpx
import pytest

from app.api import errors
from app.api.backend import TokenBackend
from app.api.client import ShipturtleClient
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from tests.conftest import Account, sign_in
from tests.helpers.transports import Scripted, error

BASE = "https://api.example.com"
# A token of a server with its own format: no "stp_" prefix, no checksum of ours.
OPAQUE = "sk_live_51H8xQ2eZvKYlo2C0aIiXyz"


def test_the_client_is_a_token_backend() -> None:
    # Checked twice: by mypy (the annotation), and here for what mypy cannot see.
    backend: TokenBackend = ShipturtleClient(BASE)
    try:
        methods = {name for name in dir(TokenBackend) if not name.startswith("_")}
        assert methods <= set(dir(backend))
    finally:
        backend.close()


def test_a_session_resumes_through_the_backend(
    sandbox: RunningSandbox, merchant: Account, http: httpx.Client
) -> None:
    token = sign_in(http)
    with ShipturtleClient(sandbox.url) as backend:
        session = backend.resume(Secret(token))
        assert session.merchant.email == merchant.email
        assert session.expires_at is None  # not known of a session opened earlier
        backend.list_tokens()  # the resumed session works for the calls after it


def test_a_dead_remembered_session_does_not_resume(sandbox: RunningSandbox) -> None:
    with ShipturtleClient(sandbox.url) as backend, pytest.raises(errors.SessionExpiredError):
        backend.resume(Secret("not-a-session"))


def test_an_opaque_token_is_asked_about_when_the_format_is_not_ours() -> None:
    asked = Scripted(error(404, "not_found"))
    with ShipturtleClient(BASE, transport=asked) as client:
        client.session_token = Secret("session")
        with pytest.raises(errors.NotFoundError):  # the server's answer, not ours
            client.lookup_token(Secret(OPAQUE), checked_format=False)
    assert len(asked.requests) == 1


def test_a_mistyped_token_of_our_format_is_refused_before_asking() -> None:
    asked = Scripted()
    with ShipturtleClient(BASE, transport=asked) as client:
        client.session_token = Secret("session")
        with pytest.raises(errors.InvalidTokenError):
            client.lookup_token(Secret(OPAQUE))
    assert asked.requests == []
