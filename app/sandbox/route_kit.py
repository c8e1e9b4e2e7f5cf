"""What the sandbox's route modules share: JSON answers, the caller, page parameters."""

import functools
import ipaddress
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from fastapi import Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.sandbox.activity import CallInfo, shown_user_agent

T = TypeVar("T")
IDEMPOTENCY_KEY_SCHEMA = {"pattern": "^[!-~]{1,255}$", "minLength": 1, "maxLength": 255}

PageLimit = Annotated[int, Query(ge=1, le=200, description="Items per page, 1 to 200.")]
PageCursor = Annotated[
    str | None,
    Query(
        description="`next_cursor` of the previous page; empty or absent for the first.",
        json_schema_extra={"pattern": "^[A-Za-z0-9_-]*=*$", "maxLength": 32},
    ),
]


def client_address(request: Request) -> str:
    """Where a call came from, or "" when what a named proxy forwarded is not an address."""
    host = request.client.host if request.client else ""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return ""


def call_info(request: Request) -> CallInfo:
    """A data-plane call or developer sign-in as the token's activity keeps it."""
    route = request.scope.get("route")
    path = str(getattr(route, "path", request.url.path))
    agent = shown_user_agent(request.headers.get("user-agent"))
    return CallInfo(request.method, path, client_address(request), agent)


def json_answer(body: object, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status)


def secret_json(body: object) -> JSONResponse:
    """A 201 that carries a secret (a token, a session): no cache may keep it."""
    return JSONResponse(body, status_code=201, headers={"Cache-Control": "no-store"})


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """Document a body that a route reads itself (after checking credentials)."""
    schema = {"application/json": {"schema": model.model_json_schema()}}
    return {"requestBody": {"required": True, "content": schema}}


async def in_thread(work: Callable[..., T], *args: Any) -> T:
    """Run quick database work from an async route without holding up the event loop."""
    return await anyio.to_thread.run_sync(functools.partial(work, *args))
