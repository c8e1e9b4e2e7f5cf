"""The HTTP face of the sandbox: FastAPI routes that hand each request to the service."""

import asyncio
import functools
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.convertors import StringConvertor, register_url_convertor
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from app import __version__
from app.sandbox import schemas
from app.sandbox.auth_schemes import Credential
from app.sandbox.capabilities import add_capabilities_route, feature, withhold_unoffered
from app.sandbox.conditional import (
    CONDITIONAL_REQUESTS,
    CONDITIONAL_RESPONSES,
    IfNoneMatch,
    Tagged,
    tagged_response,
)
from app.sandbox.developer import DeveloperService
from app.sandbox.developer_routes import add_data_routes, add_developer_routes
from app.sandbox.docs_page import add_docs
from app.sandbox.fairqueue import SignInQueue
from app.sandbox.features import Features
from app.sandbox.guards import SignInLimits
from app.sandbox.hand_off_routes import add_hand_off_routes
from app.sandbox.hand_offs import HandOffService
from app.sandbox.middleware import BodySizeLimit, HeadAsGet, LoopbackHostOnly
from app.sandbox.operations import name_operations
from app.sandbox.problems import install_handlers, parsed_body, storage_unavailable
from app.sandbox.records import PERMISSIONS, Merchant
from app.sandbox.request_ids import RequestIds
from app.sandbox.responses import error_responses, health_responses
from app.sandbox.route_kit import (
    IDEMPOTENCY_KEY_SCHEMA,
    PageCursor,
    PageLimit,
    client_address,
    in_thread,
    json_answer,
    json_body,
    secret_json,
)
from app.sandbox.service import SandboxService

T = TypeVar("T")
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Repeat it on retries; one token is created.",
        json_schema_extra=IDEMPOTENCY_KEY_SCHEMA,
    ),
]
RotationKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Repeat it on retries; the token is rotated once, and the retry gets the "
        "same secret while it is the token's current one (for 10 minutes at most).",
        json_schema_extra=IDEMPOTENCY_KEY_SCHEMA,
    ),
]


class _TokenIdConvertor(StringConvertor):
    """A token id: one path segment, but never `lookup`, which is an address of its own.

    So `GET /v1/access-tokens/lookup` is a 405 naming POST, not a search for a token.
    """

    regex = "(?!lookup(?:/|$))[^/]+"


register_url_convertor("token_id", _TokenIdConvertor())
_BY_ID = "/v1/access-tokens/{token_id:token_id}"


class Latency:
    """A delay added to every request, adjustable while the server runs."""

    def __init__(self, milliseconds: int = 0) -> None:
        self.milliseconds = milliseconds


class _LatencyMiddleware:
    def __init__(self, app: ASGIApp, latency: Latency) -> None:
        self._app = app
        self._latency = latency

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._latency.milliseconds > 0:
            await asyncio.sleep(self._latency.milliseconds / 1000)
        await self._app(scope, receive, send)


def create_app(
    service: SandboxService,
    developer: DeveloperService,
    hand_offs: HandOffService,
    latency: Latency,
    *,
    loopback_only: bool = True,
    features: Features | None = None,
) -> FastAPI:
    """Build the API application around a service.

    `loopback_only` (when it listens on loopback) refuses requests addressed by any other
    name; a sandbox bound elsewhere on purpose answers every name. `features` are the
    optional parts of the contract it offers (by default, all).
    """
    app = FastAPI(
        title="Shipturtle API (local sandbox)",
        version=schemas.CONTRACT_VERSION,
        description="Access tokens for the Shipturtle API, served locally for demo and tests.",
        docs_url=None,  # served by docs_page: whole, from this server, no CDN
        redoc_url=None,
        redirect_slashes=False,  # a redirect would be built from the Host header: 404 instead
    )
    features = features or Features()
    install_handlers(app)
    lane = PasswordLane()
    sign_ins = SignInQueue()
    _add_session_routes(app, service, sign_ins)
    _add_token_routes(app, service, lane, features.offers(CONDITIONAL_REQUESTS))
    add_developer_routes(app, developer, sign_ins)
    add_data_routes(app, developer)
    add_hand_off_routes(app, service, hand_offs)
    add_capabilities_route(app, features)
    withhold_unoffered(app, features)
    name_operations(app)
    add_docs(app, "Shipturtle API (local sandbox)")
    # Added last runs first: the host and the size limit before everything, HEAD made a GET.
    app.add_middleware(_LatencyMiddleware, latency=latency)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodySizeLimit, takes_json=_json_routes(app))
    if loopback_only:
        app.add_middleware(LoopbackHostOnly)
    app.add_middleware(RequestIds)  # outermost: every answer has its id, refusals too
    return app


def _json_routes(app: FastAPI) -> Callable[[Scope], bool]:
    """Whether a request is for a route that reads a JSON body (as its docs say it does)."""
    routes = [
        route
        for route in app.routes
        if isinstance(route, APIRoute) and "requestBody" in (route.openapi_extra or {})
    ]

    def takes_json(scope: Scope) -> bool:
        return any(route.matches(scope)[0] is Match.FULL for route in routes)

    return takes_json


class PasswordLane:
    """The few threads that may do a new token's password work (zxcvbn, scrypt) at once.

    Requests waiting for one wait in the event loop, holding no thread, so a burst of
    creates never takes the threads the data plane and the lists run on. Sign-ins, which
    anyone may send, wait in the `SignInQueue` instead.
    """

    THREADS = 4

    def __init__(self) -> None:
        self._limiter = anyio.CapacityLimiter(self.THREADS)

    async def __call__(self, work: Callable[..., T], *args: Any) -> T:
        call = functools.partial(work, *args)
        return await anyio.to_thread.run_sync(call, limiter=self._limiter)


_LIMITS = SignInLimits()
_SIGN_IN = (
    "Sign in with the merchant's email (spaces around it and capitals do not count) and "
    "password. Failed sign-ins are limited per email and client address "
    f"({_LIMITS.per_email_and_address} within 60 s), per client address over all emails "
    f"({_LIMITS.per_address}) and per email over all addresses ({_LIMITS.per_email}): "
    "guessing from one address locks the merchant out there only, and guessing from many "
    "stays bounded. Every sign-in, known email or not, waits for its password check in one "
    "queue served fairly per client address, and an unknown email takes as long as a known "
    "one."
)
_SIGN_IN_429 = (
    "(`rate_limited`): too many failed sign-ins (see the description); or, answered at once, "
    f"too many sign-ins waiting: {SignInQueue.PER_CLIENT} from this client address, or "
    f"{SignInQueue.TOTAL} in all."
)


def _add_session_routes(app: FastAPI, service: SandboxService, sign_ins: SignInQueue) -> None:
    @app.get(
        "/v1/health",
        response_model=schemas.Health,
        responses=health_responses(),
        tags=["meta"],
    )
    def health() -> Response:
        problem = service.storage_problem()
        if problem is None:
            return json_answer({"status": "ok", "version": __version__})
        # Still the health shape for monitors, with the error shape every client reads.
        refusal = storage_unavailable(problem)
        error = {"code": refusal.code, "message": refusal.message}
        body = {"status": "storage_unavailable", "version": __version__, "error": error}
        return JSONResponse(body, status_code=503, headers=refusal.headers)

    @app.post(
        "/v1/sessions",
        status_code=201,
        response_model=schemas.SessionOut,
        responses=error_responses(400, 401, 413, 415, 422, 429, notes={429: _SIGN_IN_429}),
        tags=["session"],
        description=_SIGN_IN,
        openapi_extra=json_body(schemas.SignInRequest),
    )
    async def sign_in(request: Request) -> Response:
        body = parsed_body(await request.body(), schemas.SignInRequest)
        address = client_address(request)
        opened = await sign_ins(address, service.sign_in, body.email, body.password, address)
        return secret_json(opened)

    @app.delete(
        "/v1/sessions/current", status_code=204, responses=error_responses(401), tags=["session"]
    )
    def sign_out(authorization: Credential) -> Response:
        service.sign_out(authorization)
        return Response(status_code=204)

    @app.get(
        "/v1/merchant",
        response_model=schemas.MerchantOut,
        responses=error_responses(401),
        tags=["session"],
    )
    def merchant(authorization: Credential) -> Response:
        return json_answer(service.signed_in(authorization).to_json())

    @app.get(
        "/v1/permissions",
        response_model=schemas.PermissionList,
        responses=error_responses(),
        tags=["tokens"],
    )
    def permissions() -> Response:
        items = [
            {"key": key, "label": label, "description": description}
            for key, (label, description) in PERMISSIONS.items()
        ]
        return json_answer({"items": items})


def _answer(answer: Tagged, conditional: bool) -> Response:
    """With conditional requests offered, the tag and perhaps a 304; without, the body."""
    return tagged_response(answer) if conditional else json_answer(answer.body)


def _add_token_routes(
    app: FastAPI, service: SandboxService, lane: PasswordLane, conditional: bool
) -> None:
    def signed_in(authorization: Credential) -> Merchant:
        # A dependency runs before FastAPI checks the query and the body: 401 before 422.
        return service.signed_in(authorization)

    SignedIn = Annotated[Merchant, Depends(signed_in)]  # noqa: N806 (a type, named as one)

    @app.get(
        "/v1/access-tokens",
        response_model=schemas.AccessTokenPage,
        responses={**error_responses(401, 422), **CONDITIONAL_RESPONSES},
        tags=["tokens"],
    )
    def list_tokens(
        merchant: SignedIn,
        if_none_match: IfNoneMatch = None,
        status: schemas.StatusFilter = "active",
        limit: PageLimit = 50,
        cursor: PageCursor = None,
    ) -> Response:
        asked = if_none_match if conditional else None
        return _answer(service.list_tokens(merchant, status, limit, cursor, asked), conditional)

    @app.post(
        "/v1/access-tokens",
        status_code=201,
        response_model=schemas.CreatedToken,
        responses=error_responses(400, 401, 403, 409, 413, 415, 422),
        tags=["tokens"],
        openapi_extra=json_body(schemas.CreateTokenRequest),
    )
    async def create_token(
        request: Request, merchant: SignedIn, idempotency_key: IdempotencyKey = None
    ) -> Response:
        # The body is read after the session is checked: a caller signed out hears 401 first.
        body = parsed_body(await request.body(), schemas.CreateTokenRequest)
        created = await lane(service.create_token, merchant, body.model_dump(), idempotency_key)
        return secret_json(created)

    @app.get(
        _BY_ID,
        response_model=schemas.AccessToken,
        responses=error_responses(401, 404),
        tags=["tokens"],
    )
    def get_token(token_id: str, merchant: SignedIn) -> Response:
        return json_answer(service.get_token(merchant, token_id))

    @app.delete(
        _BY_ID,
        status_code=204,
        responses=error_responses(401, 404),
        tags=["tokens"],
    )
    def revoke_token(token_id: str, merchant: SignedIn) -> Response:
        service.revoke_token(merchant, token_id)
        return Response(status_code=204)

    _add_token_life_routes(app, service, conditional)


def _add_token_life_routes(app: FastAPI, service: SandboxService, conditional: bool) -> None:
    """Changing, rotating and finding a token, and its activity."""

    def signed_in(authorization: Credential) -> Merchant:
        return service.signed_in(authorization)  # 401 before 400/422, as above

    SignedIn = Annotated[Merchant, Depends(signed_in)]  # noqa: N806 (a type, named as one)
    dead_token = {409: "`token_revoked` or `token_expired`: a dead token is never changed."}

    @app.patch(
        _BY_ID,
        response_model=schemas.AccessToken,
        responses=error_responses(400, 401, 404, 409, 413, 415, 422, notes=dead_token),
        tags=["tokens"],
        summary="Change a token's note or expiry",
        description="Send `note`, `expires_at` or both; a field left out stays as it is. The "
        "expiry is checked as on create (`null`: never). Answers, in this order: 401, 400/422 "
        "(the body), 404, 409 `token_revoked` or `token_expired`.",
        openapi_extra=feature("token_edit", json_body(schemas.UpdateTokenRequest)),
    )
    async def update_token(token_id: str, request: Request, merchant: SignedIn) -> Response:
        body = parsed_body(await request.body(), schemas.UpdateTokenRequest)
        changes = body.model_dump(exclude_unset=True)
        return json_answer(await in_thread(service.update_token, merchant, token_id, changes))

    @app.post(
        f"{_BY_ID}/rotate",
        status_code=201,
        response_model=schemas.CreatedToken,
        responses=error_responses(
            400,
            401,
            403,
            404,
            409,
            413,
            415,
            422,
            notes={
                409: "`token_revoked` or `token_expired`; or, replaying an `Idempotency-Key`, "
                "a secret no longer current (`secret_replaced`)."
            },
        ),
        tags=["tokens"],
        summary="Rotate a token: a new secret for the same token",
        description="The token keeps its id, username, password, permissions and note, and "
        "gets a new secret (the only answer that carries it). The secret it had keeps working "
        "for `overlap_hours` (0: it stops at once), then never again; a secret older than "
        "that stops at once. API sessions end with the secret that opened them.",
        openapi_extra=feature("rotation", json_body(schemas.RotateTokenRequest)),
    )
    async def rotate_token(
        token_id: str, request: Request, merchant: SignedIn, idempotency_key: RotationKey = None
    ) -> Response:
        body = parsed_body(await request.body(), schemas.RotateTokenRequest)
        rotated = await in_thread(
            service.rotate_token, merchant, token_id, body.overlap_hours, idempotency_key
        )
        return secret_json(rotated)

    @app.delete(
        f"{_BY_ID}/previous",
        status_code=204,
        responses=error_responses(
            401, 404, notes={404: "Also when the token has no previous secret still working."}
        ),
        tags=["tokens"],
        summary="Stop the previous secret now",
        openapi_extra=feature("rotation"),
    )
    def stop_previous_secret(token_id: str, merchant: SignedIn) -> Response:
        service.stop_previous_secret(merchant, token_id)
        return Response(status_code=204)

    @app.get(
        f"{_BY_ID}/activity",
        response_model=schemas.Activity,
        responses={**error_responses(401, 404, 422), **CONDITIONAL_RESPONSES},
        tags=["tokens"],
        summary="A token's data-plane calls and developer sign-ins",
        openapi_extra=feature("activity"),
    )
    def activity(
        token_id: str,
        merchant: SignedIn,
        if_none_match: IfNoneMatch = None,
        days: Annotated[
            int, Query(ge=1, le=90, description="How many UTC days, up to today.")
        ] = 30,
    ) -> Response:
        asked = if_none_match if conditional else None
        return _answer(service.activity(merchant, token_id, days, asked), conditional)

    @app.post(
        "/v1/access-tokens/lookup",
        response_model=schemas.TokenMatch,
        responses=error_responses(
            400,
            401,
            404,
            413,
            415,
            422,
            notes={
                404: "No token of this store has this secret (now, or before its last rotation).",
                422: "Or `malformed_token`: the checksum fails.",
            },
        ),
        tags=["tokens"],
        summary="Find the token a secret belongs to",
        openapi_extra=feature("lookup", json_body(schemas.LookupRequest)),
    )
    async def lookup_token(request: Request, merchant: SignedIn) -> Response:
        body = parsed_body(await request.body(), schemas.LookupRequest)
        return json_answer(await in_thread(service.lookup_token, merchant, body.token))
