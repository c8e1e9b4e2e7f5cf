"""A loopback HTTP server that misbehaves on purpose: it drips, floods, bombs and echoes."""

import contextlib
import json
import socket
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Peer:
    """The connection a reply writes to; writing stops quietly once the client has gone."""

    def __init__(self, connection: socket.socket, stopping: threading.Event) -> None:
        self._connection = connection
        self._stopping = stopping
        self.gone = False

    def send(self, data: bytes) -> bool:
        """Whether the client still listens (a reply stops at the first False)."""
        if self.gone or self._stopping.is_set():
            return False
        try:
            self._connection.sendall(data)
        except OSError:
            self.gone = True
        return not self.gone

    def pause(self, seconds: float) -> bool:
        return not self._stopping.wait(seconds)


Reply = Callable[[Request, Peer], None]


class HostileServer:
    """Answers the n-th request with the n-th reply (the last one repeats), one connection
    each: every reply ends its connection, so nothing of one reply leaks into the next."""

    def __init__(self, *replies: Reply) -> None:
        self._replies = list(replies)
        self.requests: list[Request] = []
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def __enter__(self) -> "HostileServer":
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self._stopping.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            request = _read_request(connection)
            if request is None:
                return
            self.requests.append(request)
            reply = self._replies[min(len(self.requests), len(self._replies)) - 1]
            reply(request, Peer(connection, self._stopping))


def _read_request(connection: socket.socket) -> Request | None:
    connection.settimeout(10)
    data = b""
    with contextlib.suppress(OSError):
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:])
        }
        while len(body) < int(headers.get("content-length", "0")):
            body += connection.recv(65536)
        return Request(method, path, headers, body)
    return None


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Hostile", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int, body: bytes = b"", /, **headers: str) -> Reply:
    """A well-formed answer with a Content-Length, whatever its body says."""

    def reply(_request: Request, peer: Peer) -> None:
        peer.send(_head(status, {"Content-Length": str(len(body)), **headers}) + body)

    return reply


def json_answer(status: int, body: Any, /, **headers: str) -> Reply:
    return answer(status, json.dumps(body).encode(), **_json_type(headers))


def echo(build: Callable[[Request], tuple[int, Any]]) -> Reply:
    """An answer made from the request, as a server that quotes what it was sent."""

    def reply(request: Request, peer: Peer) -> None:
        status, body = build(request)
        json_answer(status, body)(request, peer)

    return reply


def drip(head: bytes, every: float, forever: bytes = b" ") -> Reply:
    """Sends `head` whole, then `forever` one byte at a time, until the client hangs up."""

    def reply(_request: Request, peer: Peer) -> None:
        if not peer.send(head):
            return
        for byte in _cycle(forever):
            if not (peer.pause(every) and peer.send(byte)):
                return

    return reply


def flood(head: bytes, pieces: Iterable[bytes], **headers: str) -> Reply:
    """A 200 with no Content-Length whose body is `head` then `pieces`, sent as they come."""

    def reply(_request: Request, peer: Peer) -> None:
        if not peer.send(_head(200, _json_type(headers)) + head):
            return
        for piece in pieces:
            if not peer.send(piece):
                return

    return reply


def json_text_of(size: int) -> Iterator[bytes]:
    """A health answer whose version is `size` bytes long, in 64 KiB pieces."""
    yield b'{"status": "ok", "version": "'
    piece = b"0" * 65536
    for _ in range(size // len(piece)):
        yield piece
    yield piece[: size % len(piece)] + b'"}'


def gzipped(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The pieces gzip-compressed as they come, so a bomb is never whole in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    for piece in pieces:
        if packed := compressor.compress(piece):
            yield packed
    yield compressor.flush()


def _cycle(data: bytes) -> Iterator[bytes]:
    while True:
        for index in range(len(data)):
            yield data[index : index + 1]


def _json_type(headers: dict[str, str]) -> dict[str, str]:
    return {"Content-Type": "application/json", **headers}


def dripped_headers() -> bytes:
    """The start of an answer whose headers never end."""
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: "


def dripped_body() -> bytes:
    """Headers whole, then a body that never ends."""
    return _head(200, {"Content-Type": "application/json"}) + b'{"status": "ok", "version": "'
