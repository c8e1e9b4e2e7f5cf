"""`python -m app.sandbox` serves the contract and says how to sign in."""

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.sandbox.server import _bound_socket

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def run_command_line_sandbox(*args: str) -> Iterator[tuple[str, Callable[[], str]]]:
    """`python -m app.sandbox` on a free port until the block ends; then what it printed."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", str(port), "--db", ":memory:", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    printed: list[str] = []
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/v1/health")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "sandbox did not start"
                time.sleep(0.1)
        yield url, lambda: "".join(printed)
    finally:
        server.terminate()
        printed.append(server.communicate(timeout=20)[0])


def test_command_line_server_prints_url_and_demo_sign_in() -> None:
    with run_command_line_sandbox() as (url, printed):
        assert httpx.get(f"{url}/v1/health").json()["status"] == "ok"
        signed_in = httpx.post(
            f"{url}/v1/sessions", json={"email": "demo@example.com", "password": "demo-password"}
        )
        assert signed_in.status_code == 201
    assert url in printed()
    assert "demo@example.com / demo-password" in printed()
    assert "starter@example.com / starter-password" in printed()


def test_the_listening_socket_says_it_is_tcp() -> None:
    # asyncio turns Nagle's algorithm off only on sockets whose protocol is IPPROTO_TCP;
    # a socket made with protocol 0 made every small answer wait about 40 ms.
    sock = _bound_socket("127.0.0.1", 0, any_port_if_taken=False)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


@pytest.mark.skipif(sys.platform != "linux", reason="Linux lets two sockets bind, then race")
def test_the_port_is_listened_on_as_soon_as_it_is_bound() -> None:
    # Two apps starting together could both bind the demo's port (SO_REUSEADDR allows that
    # while neither listens); the one to listen second failed inside uvicorn, and its demo
    # never started. Listening at once closes that gap: the other app falls back instead.
    other = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    other.bind(("127.0.0.1", 0))
    port = other.getsockname()[1]
    sock = _bound_socket("127.0.0.1", port, any_port_if_taken=True)
    try:
        assert sock.getsockname()[1] == port
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) == 1
        with pytest.raises(OSError, match="in use"):
            other.listen()
        taken = _bound_socket("127.0.0.1", port, any_port_if_taken=True)
        assert taken.getsockname()[1] != port  # a latecomer falls back to a free port
        taken.close()
    finally:
        sock.close()
        other.close()
