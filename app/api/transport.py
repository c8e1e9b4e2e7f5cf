"""Sending requests: TLS from the OS trust store, timeouts, and retries only where safe."""

import logging
import platform
import random
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from app import APP_NAME, __version__
from app.api import errors
from app.api.address import is_loopback
from app.api.answer import ACCEPT_ENCODING, read_answer
from app.api.deadline import DEFAULT_DEADLINE, Deadline, keep_to_deadline
from app.api.error_mapping import error_from_response, retry_after
from app.api.secret import Secret

log = logging.getLogger(__name__)

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
USER_AGENT = (
    f"{APP_NAME.replace(' ', '')}/{__version__} "
    f"(httpx/{httpx.__version__}; {platform.system() or 'unknown'})"
)


def tls_context() -> ssl.SSLContext:
    """Verify certificates with the operating system's trust store, else with certifi's."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # no usable system store on this platform
        import certifi

        return ssl.create_default_context(cafile=certifi.where())


def _verification_for(base_url: str) -> ssl.SSLContext:
    """The system trust store for https; for plain http (loopback only) a context that
    trusts nothing: no handshake ever happens there, so the store is not worth loading."""
    if urlsplit(base_url).scheme == "https":
        return tls_context()
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, with no authority to trust


@dataclass(frozen=True)
class RetryPolicy:
    """At most `attempts` tries, exponential backoff with jitter, Retry-After capped."""

    attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    jitter: Callable[[], float] = field(default=random.random, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed try number `attempt` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        backoff = self.base_delay * 2.0 ** (attempt - 1)
        return min(self.max_delay, backoff * (0.5 + self.jitter()))


class Transport:
    """One httpx.Client for one server; every failure leaves as an ApiError, and every call,
    its retries and their waits included, ends within `deadline` seconds."""

    def __init__(
        self,
        base_url: str,
        *,
        retry: RetryPolicy,
        deadline: float = DEFAULT_DEADLINE,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._retry = retry
        self._deadline = Deadline(deadline, retry.clock)
        self._http = httpx.Client(
            base_url=base_url,
            verify=_verification_for(base_url),
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            # The environment's proxy settings (HTTP_PROXY...) serve remote servers, which
            # merchants behind a company proxy need; loopback traffic, plain http with
            # passwords in it, never leaves this computer through a proxy.
            trust_env=not is_loopback(urlsplit(base_url).hostname or ""),
        )
        keep_to_deadline(self._http, self._deadline)

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        credential: Secret | None = None,
        retryable: bool = False,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request, retrying the same request (same headers) when allowed.

        The body's secrets (password, token) are given as Secret values: they are revealed
        only as they are sent, and an error message that quotes one, or the credential, is
        not passed on.

        Errors are raised outside any `except` block, so that they carry no `__context__`:
        httpx's exception holds the request, and the request the Authorization header.
        """
        attempts = self._retry.attempts if retryable else 1
        secrets = _secrets_of(json, credential)
        with self._deadline.running():
            for attempt in range(1, attempts + 1):
                # Built for each try: the app's frames keep no plain secret of the request.
                answer = self._send(
                    method, path, _revealed(json), params, _with_credential(headers, credential)
                )
                if isinstance(answer, httpx.Response) and (
                    answer.is_success or answer.status_code == 304  # asked If-None-Match
                ):
                    return answer
                delay = None if attempt == attempts else self._retry_delay(answer, attempt)
                if delay is None or not self._deadline.allows(delay):
                    raise _failure(answer, secrets)
                log.info("Retrying %s %s after %s in %.1f s", method, path, _why(answer), delay)
                self._retry.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_delay(self, answer: httpx.Response | errors.ApiError, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None when this failure is final."""
        if isinstance(answer, errors.ServerTooSlowError):
            return None
        if isinstance(answer, errors.ApiError):
            # Only the network fails one try and not the next; a refused answer stays refused.
            return self._retry.delay(attempt) if isinstance(answer, errors.NetworkError) else None
        if answer.status_code not in RETRYABLE_STATUSES:
            return None
        return self._retry.delay(attempt, retry_after(answer))

    def _send(
        self,
        method: str,
        path: str,
        json: Mapping[str, Any] | None,
        params: Mapping[str, str | int] | None,
        headers: dict[str, str],
    ) -> httpx.Response | errors.ApiError:
        try:
            with self._http.stream(
                method, path, json=json, params=params, headers=headers
            ) as response:
                return read_answer(response)
        except httpx.TransportError as exc:
            return self._transport_error(exc)

    def _transport_error(self, exc: httpx.TransportError) -> errors.ApiError:
        # The exception text can carry a URL; the typed error's message is our own.
        if self._deadline.passed():
            return errors.ServerTooSlowError(code="too_slow")
        if isinstance(exc, httpx.TimeoutException):
            return errors.RequestTimeoutError(code="timeout")
        return _connect_failure(exc)


# getaddrinfo's "no such name" (and Windows' WSAHOST_NOT_FOUND, WSANO_DATA): a name service
# answered. "Try again" (EAI_AGAIN) is what a computer without a network hears instead.
_NO_SUCH_NAME = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME), 11001, 11004}


def _connect_failure(exc: BaseException) -> errors.ApiError:
    """Tell a refused connection and a name that does not exist from no network at all."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return errors.NothingAnswersError(code="connection_refused")
        if isinstance(cause, socket.gaierror) and cause.errno in _NO_SUCH_NAME:
            return errors.UnknownHostError(code="unknown_host")
        cause = cause.__cause__ or cause.__context__
    return errors.NetworkError(code="network")


def _with_credential(
    headers: Mapping[str, str] | None, credential: Secret | None
) -> dict[str, str]:
    all_headers = dict(headers or {})
    if credential is not None:
        all_headers["Authorization"] = f"Bearer {credential.reveal()}"
    return all_headers


def _failure(
    answer: httpx.Response | errors.ApiError, secrets: tuple[Secret, ...]
) -> errors.ApiError:
    if isinstance(answer, errors.ApiError):
        return answer
    return error_from_response(answer, secrets)


def _secrets_of(json: Mapping[str, Any] | None, credential: Secret | None) -> tuple[Secret, ...]:
    sent = [value for value in (json or {}).values() if isinstance(value, Secret)]
    return (*sent, *([credential] if credential is not None else []))


def _revealed(json: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if json is None:
        return None
    return {
        name: value.reveal() if isinstance(value, Secret) else value for name, value in json.items()
    }


def _why(answer: httpx.Response | errors.ApiError) -> str:
    if isinstance(answer, errors.ApiError):
        return answer.code or "network"
    return str(answer.status_code)
