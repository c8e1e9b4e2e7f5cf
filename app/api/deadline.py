"""A call's deadline, kept by the network streams themselves: no read waits past it."""

import ssl
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

DEFAULT_DEADLINE = 30.0


class Deadline:
    """When the call in progress on this thread must be over; none between calls."""

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self._local = threading.local()

    @contextmanager
    def running(self) -> Iterator[None]:
        self._local.ends = self._clock() + self.seconds
        try:
            yield
        finally:
            self._local.ends = None

    def remaining(self) -> float | None:
        ends: float | None = getattr(self._local, "ends", None)
        return None if ends is None else ends - self._clock()

    def passed(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def allows(self, seconds: float) -> bool:
        """Whether waiting `seconds` still leaves time to try again."""
        remaining = self.remaining()
        return remaining is None or seconds < remaining

    def clamp(self, timeout: float | None, expired: type[Exception]) -> float | None:
        """A socket timeout that ends at the deadline at the latest."""
        remaining = self.remaining()
        if remaining is None:
            return timeout
        if remaining <= 0:
            raise expired("the call's deadline has passed")
        return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    # A read timeout alone never ends a server that sends a byte every second; a timeout
    # that shrinks to the deadline does, in the headers as in the body.
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        limit = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, limit), self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, limit, local_address, socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        limit = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, limit, socket_options), self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def keep_to_deadline(client: httpx.Client, deadline: Deadline) -> None:
    """Give the client's connection pools (direct, and through each proxy) streams that keep
    to the deadline. httpx has no public way to choose a pool's network backend; a transport
    without a pool (a test's MockTransport) keeps the deadline only between tries."""
    for transport in (client._transport, *client._mounts.values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend, deadline)  # type: ignore[union-attr]
