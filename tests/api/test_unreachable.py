"""An address nothing answers at, or one that does not exist, is told apart from no network."""

import socket

import httpx
import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from app.api.transport import RetryPolicy


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _health_error(base_url: str) -> errors.ApiError:
    no_waits = RetryPolicy(attempts=2, sleep=lambda _seconds: None)
    client = ShipturtleClient(base_url, retry=no_waits)
    with client, pytest.raises(errors.ApiError) as caught:
        client.health()
    return caught.value


def test_nothing_answering_at_the_address_says_so() -> None:
    error = _health_error(f"http://127.0.0.1:{_closed_port()}")
    assert isinstance(error, errors.NothingAnswersError)
    assert error.code == "connection_refused"
    assert "Nothing answers at this server address" in error.message
    assert "internet" not in error.message
    assert error.concerns_server


def _name_is_unknown(host: str) -> bool:
    try:
        socket.getaddrinfo(host, 443)
    except socket.gaierror as failure:
        return failure.errno == socket.EAI_NONAME
    return False


def test_an_address_that_does_not_exist_says_so() -> None:
    host = "no-such-host.invalid"  # RFC 2606: never a real name
    if not _name_is_unknown(host):
        pytest.skip("this machine's resolver does not answer for names (no DNS server)")
    error = _health_error(f"https://{host}")
    assert isinstance(error, errors.UnknownHostError)
    assert error.code == "unknown_host"
    assert "does not exist" in error.message
    assert "internet" not in error.message


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (ConnectionRefusedError(111, "Connection refused"), errors.NothingAnswersError),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), errors.UnknownHostError),
        (
            socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
            errors.NetworkError,
        ),
        (OSError(101, "Network is unreachable"), errors.NetworkError),
    ],
)
def test_each_cause_of_a_failed_connection_has_its_sentence(
    cause: OSError, expected: type[errors.ApiError]
) -> None:
    # httpx raises ConnectError from httpcore's, which is raised from the socket's own error.
    def refuse(_request: httpx.Request) -> httpx.Response:
        try:
            raise cause
        except OSError as failure:
            raise httpx.ConnectError("connection failed") from failure

    no_waits = RetryPolicy(attempts=1, sleep=lambda _seconds: None)
    transport = httpx.MockTransport(refuse)
    client = ShipturtleClient("https://shipturtle.example", retry=no_waits, transport=transport)
    with client, pytest.raises(errors.ApiError) as caught:
        client.health()
    assert type(caught.value) is expected
