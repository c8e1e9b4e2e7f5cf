"""Loopback traffic never goes through a proxy; typed errors carry no chain to a request."""

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from app.api.secret import Secret
from app.api.transport import RetryPolicy
from app.sandbox import RunningSandbox
from tests.conftest import Account


class RecordingProxy:
    """A TCP listener that writes down the first bytes of every connection, then hangs up."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.received: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._sock.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                with contextlib.suppress(OSError):
                    self.received.append(connection.recv(65536))

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingProxy]:
    recording = RecordingProxy()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, recording.url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield recording
    recording.close()


def test_loopback_never_goes_through_the_proxy(
    sandbox: RunningSandbox, merchant: Account, proxy: RecordingProxy
) -> None:
    with ShipturtleClient(sandbox.url) as client:
        client.sign_in(merchant.email, Secret(merchant.password))
        assert client.merchant().name == "Demo Store"
    assert proxy.received == []


def test_remote_servers_still_use_the_system_proxy(proxy: RecordingProxy) -> None:
    with (
        ShipturtleClient("https://api.example.com", retry=RetryPolicy(attempts=1)) as client,
        pytest.raises(errors.NetworkError),
    ):
        client.health()
    assert any(data.startswith(b"CONNECT api.example.com:443") for data in proxy.received)


def _dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_network_error_carries_no_chain_to_the_request() -> None:
    session = "sts_" + "s" * 40
    with ShipturtleClient(
        f"http://127.0.0.1:{_dead_port()}", retry=RetryPolicy(attempts=2, sleep=lambda _: None)
    ) as client:
        client.session_token = Secret(session)
        with pytest.raises(errors.NetworkError) as caught:
            client.merchant()
    error = caught.value
    assert error.__context__ is None
    assert error.__cause__ is None
    # Nothing in the app's frames of the traceback holds the session in plain text.
    frame_values: list[object] = []
    traceback = error.__traceback__
    while traceback is not None:
        if "/app/" in traceback.tb_frame.f_code.co_filename:
            frame_values += list(traceback.tb_frame.f_locals.values())
        traceback = traceback.tb_next
    assert frame_values
    assert not any(session in repr(value) for value in frame_values)
