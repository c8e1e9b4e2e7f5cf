"""A `Request-Id` for every answer, also inside every error body and in the access log."""

import secrets
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "Request-Id"
# Headers decided while answering that every answer must carry, whatever answers it (an
# error handler too): a route puts them in `request.state` under this name.
ANSWER_HEADERS = "answer_headers"
_current: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being answered (None outside one)."""
    return _current.get()


def new_request_id() -> str:
    return f"req_{secrets.token_hex(8)}"


class RequestIds:
    """Outermost: names each request before anything answers it, so that every answer,
    refusals by the other middleware included, carries the same id as its log line; and
    adds the headers a route decided every answer to it must have (`ANSWER_HEADERS`)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        token = _current.set(request_id)

        async def with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((HEADER.lower().encode(), request_id.encode()))
                decided = scope["state"].get(ANSWER_HEADERS, {})
                taken = {name.lower() for name, _value in headers}
                for name, value in decided.items():
                    if name.lower().encode() not in taken:
                        headers.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self._app(scope, receive, with_id)
        finally:
            _current.reset(token)
