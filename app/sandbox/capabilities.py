"""GET /v1/capabilities, and the 404 of every operation a sandbox does not offer."""

import logging
from typing import Any, Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from app.api import token_format
from app.api.token_rules import PASSWORD_MAX, PASSWORD_MIN
from app.sandbox.features import FEATURE_EXTENSION, OPTIONAL_FEATURES, Features
from app.sandbox.responses import error_responses
from app.sandbox.schemas import CONTRACT_VERSION

log = logging.getLogger(__name__)


class TokenFormat(BaseModel):
    kind: Literal["checksummed", "opaque"] = Field(
        description="`checksummed`: `prefix`, then base62 characters ending in a 6-character "
        "CRC32 checksum, `length` in all, so a mistyped token can be told offline. `opaque`: "
        "assume nothing of a token's form."
    )
    prefix: str | None
    length: int | None


class PasswordPolicy(BaseModel):
    min_length: int
    max_length: int
    strength_checked: bool = Field(
        description="Whether a token's password must also be strong (a zxcvbn score of 3 or "
        "more); refused with `weak_password` when it is not."
    )


class Capabilities(BaseModel):
    contract_version: str = Field(description="The contract's version (OpenAPI info.version).")
    features: list[str] = Field(
        description="The optional parts this server offers, of: "
        f"{', '.join(OPTIONAL_FEATURES)}. A later version may add names: ignore the unknown."
    )
    token_format: TokenFormat
    password_policy: PasswordPolicy


_DESCRIPTION = (
    "What this server offers beyond the seed's part (sign in, list, create, revoke), and what "
    "a client must not assume. No session is needed. A server that answers 404 here offers "
    "only the seed's part: opaque tokens, and no password rule a client can check itself. An "
    f"operation of an optional part names it in `{FEATURE_EXTENSION}`, and answers 404 on a "
    "server that does not offer it."
)


def add_capabilities_route(app: FastAPI, features: Features) -> None:
    if not features.announced:
        return
    body = _capabilities(features)

    @app.get(
        "/v1/capabilities",
        response_model=Capabilities,
        responses=error_responses(),
        tags=["meta"],
        summary="What this server offers",
        description=_DESCRIPTION,
    )
    def capabilities() -> Response:
        return JSONResponse(body)


def _capabilities(features: Features) -> dict[str, Any]:
    token = TokenFormat(
        kind="checksummed", prefix=token_format.PREFIX, length=token_format.TOKEN_LENGTH
    )
    policy = PasswordPolicy(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX, strength_checked=True)
    answer = Capabilities(
        contract_version=CONTRACT_VERSION,
        features=features.in_order(),
        token_format=token,
        password_policy=policy,
    )
    return answer.model_dump()


def feature(name: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The `openapi_extra` of an operation that belongs to the optional part `name`."""
    assert name in OPTIONAL_FEATURES, name
    return {**(extra or {}), FEATURE_EXTENSION: name}


class WithheldRoute(Route):
    """An operation of a part this server does not offer: 404, as on a server without it.

    It stays a route (rather than going) so that a withheld PATCH beside an offered GET is
    a 404 like any unknown address, not a 405 that would name it in Allow.
    """

    def __init__(self, withheld: APIRoute) -> None:
        super().__init__(withheld.path, _not_offered, methods=sorted(withheld.methods or ()))


async def _not_offered(request: Request) -> Response:
    # Said in the log: an app asking for a part the server does not offer is a bug there.
    log.info("Not offered by this server: %s %s", request.method, request.url.path)
    raise HTTPException(404)


def withhold_unoffered(app: FastAPI, features: Features) -> None:
    """Put a `WithheldRoute` in the place of each operation of a part not offered."""
    routes = app.router.routes
    for index, route in enumerate(routes):
        if isinstance(route, APIRoute):
            name = (route.openapi_extra or {}).get(FEATURE_EXTENSION)
            if not features.offers(name):
                routes[index] = WithheldRoute(route)
