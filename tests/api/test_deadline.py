"""A whole call, retries included, ends by its deadline however slowly the server answers."""

import time

import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from tests.helpers.hostile_server import (
    HostileServer,
    Peer,
    Reply,
    Request,
    answer,
    drip,
    dripped_body,
    dripped_headers,
)

DEADLINE = 1.5
# The call ends at its deadline; the margin is for a busy two-core machine, not for the client.
LATEST = DEADLINE + 3.0


def failure_and_time(server: HostileServer) -> tuple[errors.ApiError, float]:
    with ShipturtleClient(server.url, deadline=DEADLINE) as client:
        started = time.monotonic()
        with pytest.raises(errors.ApiError) as caught:
            client.health()
        return caught.value, time.monotonic() - started


def slow(reply: Reply, seconds: float) -> Reply:
    def delayed(request: Request, peer: Peer) -> None:
        if peer.pause(seconds):
            reply(request, peer)

    return delayed


@pytest.mark.parametrize("head", [dripped_headers(), dripped_body()], ids=["headers", "body"])
def test_a_dripping_server_is_given_up_at_the_deadline(head: bytes) -> None:
    with HostileServer(drip(head, every=0.2)) as server:
        error, took = failure_and_time(server)
    assert took < LATEST, f"the call took {took:.1f} s"
    assert isinstance(error, errors.NetworkError)
    assert error.code == "too_slow"
    assert "too slow to answer" in error.message
    assert error.message.endswith("Try again later.")


def test_retries_share_the_one_deadline() -> None:
    # Each try is answered (503) just inside the deadline: a retry cannot start a clock anew.
    with HostileServer(slow(answer(503), DEADLINE * 0.6)) as server:
        _, took = failure_and_time(server)
    assert took < LATEST, f"the call took {took:.1f} s"
    assert len(server.requests) <= 2


def test_a_wait_for_retry_after_never_passes_the_deadline() -> None:
    with HostileServer(answer(503, **{"Retry-After": "20"})) as server:
        error, took = failure_and_time(server)
    assert took < LATEST, f"the call took {took:.1f} s"
    assert isinstance(error, errors.ServerError)
    assert len(server.requests) == 1
