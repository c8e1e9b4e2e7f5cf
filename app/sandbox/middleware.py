"""ASGI layers in front of the routes: loopback names only, body limits, HEAD as GET, a log."""

import logging
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.address import is_loopback
from app.sandbox.protocol import error_body

MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32  # the contract's bodies are 2 deep; Python's own limit moved in 3.13
_OPENING_AS_CLOSING = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_PREFIX_BYTES = 2048
# A pass over the brackets costs about a byte's worth of time per byte; a step of the walk
# from peak to peak, about 200 bytes' worth (measured in `make bench`).
_PASS_COST_PER_PEAK = 200
_access_log = logging.getLogger("app.sandbox.access")


def too_deep(body: bytes) -> bool:
    """Whether JSON brackets (outside strings) nest deeper than MAX_JSON_DEPTH.

    In linear time, every step a bytes method rather than a loop over bytes: this runs
    before authentication, on bodies a web page may have made. The first 2 KiB are judged
    first, so a body that is deep early (a flood of brackets) costs no more than they do.
    """
    prefix = body[:_PREFIX_BYTES]
    return _brackets_too_deep(prefix) or (len(body) > len(prefix) and _brackets_too_deep(body))


def _brackets_too_deep(body: bytes) -> bool:
    """Escaped backslashes, then escaped quotes, leave strings first, so each quote left opens
    or closes one, and the pieces between quotes are outside and inside strings in turn.
    A body that is not JSON may be judged either way; the parser refuses it anyway.
    """
    if body.count(b"[") + body.count(b"{") <= MAX_JSON_DEPTH:
        return False
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(unescaped.split(b'"')[::2])
    return _nested_deeper(outside.translate(_OPENING_AS_CLOSING, delete=_NOT_BRACKETS))


def _nested_deeper(brackets: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `[` and `]` nest deeper than `limit`, or leave more than `limit` open.

    Each pass takes out the innermost pairs, one level everywhere, at a cost that grows with
    the length; once few peaks are left for the length (deep, narrow nesting), walking from
    peak to peak costs less than the passes still to come.
    """
    for passes in range(limit):
        peaks = brackets.count(b"[]")
        if not peaks:
            break
        if peaks * _PASS_COST_PER_PEAK < (limit - passes) * len(brackets):
            return _peaks_deeper(brackets, limit - passes)
        brackets = brackets.replace(b"[]", b"")
    return b"[]" in brackets or brackets.count(b"[") > limit


def _peaks_deeper(brackets: bytes, limit: int) -> bool:
    """Whether the depth passes `limit`, walked a rise and a fall (`[[[]]`) at a time."""
    depth = 0
    for peak in brackets.replace(b"][", b"]\x00[").split(b"\x00"):
        rise = peak.find(b"]") % (len(peak) + 1)  # all of it when it never falls
        depth += rise
        if depth > limit:
            return True
        depth -= len(peak) - rise
    return depth > limit


async def _refuse_too_large(send: Send) -> None:
    message = f"The request body is larger than {MAX_BODY_BYTES // 1024} KiB. Send a smaller one."
    await _refuse(send, 413, "payload_too_large", message)


async def _refuse_too_deep(send: Send) -> None:
    message = (
        "The request body is not valid JSON: it is nested too deeply. Send a JSON object in "
        "UTF-8 with Content-Type: application/json."
    )
    await _refuse(send, 400, "invalid_json", message)


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    body = error_body(code, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _refuse_not_json(send: Send) -> None:
    message = "The request body must be JSON: send it with Content-Type: application/json."
    await _refuse(send, 415, "unsupported_media_type", message)


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return bytes(value)
    return None


def _declared_length(scope: Scope) -> int | None:
    try:
        return int(_header(scope, b"content-length") or b"")
    except ValueError:
        return None


def _has_body(scope: Scope) -> bool:
    return bool(_declared_length(scope)) or _header(scope, b"transfer-encoding") is not None


def _declared_json(scope: Scope) -> bool:
    media_type = (_header(scope, b"content-type") or b"").split(b";", 1)[0]
    return media_type.strip().lower() == b"application/json"


class BodySizeLimit:
    """Refuses bodies over 64 KiB with 413 before anything else runs, authentication too,
    a body not declared `application/json` on a route that takes JSON with 415, and JSON
    nested deeper than any request of the contract with 400 `invalid_json`.

    A declared Content-Length over the limit, or a body in another media type, is refused
    before a byte is read: a web page can send text/plain or a form to the demo cross-site
    without asking first, but not JSON. Otherwise the body (64 KiB at most) is read here
    first and handed on whole, so that a chunked body growing past the limit is refused
    too, and the routes never see part of one: a client that leaves half-way is let go here,
    without a route failing on it.
    """

    def __init__(
        self, app: ASGIApp, takes_json: Callable[[Scope], bool], max_bytes: int = MAX_BODY_BYTES
    ) -> None:
        self._app = app
        self._takes_json = takes_json
        self._max = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self._max:
            await _refuse_too_large(send)
            return
        if _has_body(scope) and not _declared_json(scope) and self._takes_json(scope):
            await _refuse_not_json(send)
            return
        messages = await self._read_body(receive)
        if messages is None:
            await _refuse_too_large(send)
            return
        if messages[-1]["type"] == "http.disconnect":
            return  # the client left before its body was whole: nobody is there to answer
        if too_deep(b"".join(m.get("body", b"") for m in messages)):
            await _refuse_too_deep(send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self._app(scope, replay, send)

    async def _read_body(self, receive: Receive) -> list[Message] | None:
        """The request's body messages, or None once they pass the limit."""
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return messages  # the client went away
            size += len(message.get("body", b""))
            if size > self._max:
                return None
            if not message.get("more_body", False):
                return messages


class HeadAsGet:
    """Answers HEAD on a GET route as GET would, headers and all, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self._app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self._app({**scope, "method": "GET"}, receive, without_body)


def _host_name(scope: Scope) -> str | None:
    value = _header(scope, b"host")
    if value is None:
        return None
    host = value.decode("latin-1").strip().lower()
    if host.startswith("["):  # [::1]:8766
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class LoopbackHostOnly:
    """Answers only requests addressed to this computer by name (127.0.0.1, localhost, ::1).

    A web page elsewhere can point its own domain at 127.0.0.1 (DNS rebinding) and reach
    a server on loopback from the merchant's browser; its requests still carry that
    domain in Host, and are refused here.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        host = _host_name(scope) if scope["type"] == "http" else None
        if host is not None and not is_loopback(host):
            message = "This server answers only on this computer: use 127.0.0.1 or localhost."
            await _refuse(send, 400, "invalid_host", message)
            return
        await self._app(scope, receive, send)


class AccessLog:
    """Logs each request's method, path and status, never its query string.

    uvicorn's own access log keeps the whole target, and callers put passwords and tokens
    in queries. The path is logged as it was sent, percent-encoded: no line breaks.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        status, request_id = 0, "-"

        async def noting_status(message: Message) -> None:
            nonlocal status, request_id
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", []):
                    if name == b"request-id":
                        request_id = value.decode("ascii", "replace")
            await send(message)

        try:
            await self._app(scope, receive, noting_status)
        finally:
            client = scope.get("client") or ("-", 0)
            path = bytes(scope.get("raw_path") or b"").decode("ascii", "backslashreplace")
            _access_log.info(
                '%s:%s - "%s %s" %s %s',
                client[0],
                client[1],
                scope["method"],
                path,
                status,
                request_id,
            )
