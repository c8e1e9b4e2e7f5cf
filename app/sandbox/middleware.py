"""ASGI layers in front of the routes: loopback names only, body limits, HEAD as GET."""

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.address import is_loopback

MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32  # the contract's bodies are 2 deep; Python's own limit moved in 3.13
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(rb"[\[\]{}]")


def _too_deep(body: bytes) -> bool:
    """Whether JSON brackets (outside strings) nest deeper than MAX_JSON_DEPTH."""
    depth = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub(b"", body)):
        depth += 1 if bracket in (b"[", b"{") else -1
        if depth > MAX_JSON_DEPTH:
            return True
    return False


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
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
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


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodySizeLimit:
    """Refuses bodies over 64 KiB with 413 before anything else runs, authentication too,
    and JSON nested deeper than any request of the contract with 400 `invalid_json`.

    A declared Content-Length over the limit is refused before a byte is read. Otherwise
    the body (64 KiB at most) is read here first and handed on whole, so that a chunked
    body growing past the limit is refused too, and the routes never see part of one: a
    client that leaves half-way is let go here, without a route failing on it.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self._app = app
        self._max = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self._max:
            await _refuse_too_large(send)
            return
        messages = await self._read_body(receive)
        if messages is None:
            await _refuse_too_large(send)
            return
        if messages[-1]["type"] == "http.disconnect":
            return  # the client left before its body was whole: nobody is there to answer
        if _too_deep(b"".join(m.get("body", b"") for m in messages)):
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
    for name, value in scope.get("headers", []):
        if name == b"host":
            host = bytes(value).decode("latin-1").strip().lower()
            if host.startswith("["):  # [::1]:8766
                return host[1:].split("]", 1)[0]
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return None


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
