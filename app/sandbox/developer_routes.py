"""The developer's routes: sign in with an access token, then the data plane."""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response

from app.sandbox import schemas
from app.sandbox.auth_schemes import Credential
from app.sandbox.capabilities import feature
from app.sandbox.developer import DeveloperService, RatedProblem
from app.sandbox.fairqueue import SignInQueue
from app.sandbox.request_ids import ANSWER_HEADERS
from app.sandbox.responses import data_plane_responses, error_responses
from app.sandbox.route_kit import (
    PageCursor,
    PageLimit,
    call_info,
    json_answer,
    json_body,
    secret_json,
)
from app.sandbox.samples import page_of, sample_orders, sample_products
from app.sandbox.service import decode_cursor, encode_cursor


def add_developer_routes(app: FastAPI, developer: DeveloperService, sign_ins: SignInQueue) -> None:
    @app.post(
        "/v1/api-sessions",
        status_code=201,
        response_model=schemas.ApiSessionOut,
        responses=error_responses(400, 401, 413, 415, 422, 429),
        tags=["developer"],
        summary="Developer sign-in",
        description="Sign in with the access token (in the Authorization header) and the "
        "username and password the merchant set on it. Answers, in this order: 401 "
        "`invalid_token` (unknown, malformed, revoked or expired token), 400/422 (the body), "
        "429 `rate_limited` with Retry-After (5 failed sign-ins for this token within 60 s; "
        "or, at once, too many sign-ins waiting: developers' and merchants' wait in one "
        "queue, fair per client address), 401 `invalid_credentials` (wrong username or "
        "password). The API session lasts one hour, never outlives its token, and ends when "
        "the token's secret ends.",
        openapi_extra=feature("developer_sign_in", json_body(schemas.DeveloperSignInRequest)),
    )
    async def developer_sign_in(request: Request, authorization: Credential) -> Response:
        # The body is read here and checked by the service, after the token: an unknown
        # token is refused before anything about the body is said.
        raw = await request.body()
        call = call_info(request)
        return secret_json(await sign_ins(call.ip, developer.sign_in, authorization, raw, call))

    @app.delete(
        "/v1/api-sessions/current",
        status_code=204,
        responses=error_responses(401),
        tags=["developer"],
        summary="Developer sign-out",
        openapi_extra=feature("developer_sign_in"),
    )
    def developer_sign_out(authorization: Credential) -> Response:
        developer.sign_out(authorization)
        return Response(status_code=204)


def add_data_routes(app: FastAPI, service: DeveloperService) -> None:
    def session_for(permission: str | None) -> Callable[..., dict[str, Any]]:
        # A dependency: the API session is checked before the query (401 before 422).
        def authenticated(request: Request, authorization: Credential) -> dict[str, Any]:
            try:
                reader, rate = service.authenticate(authorization, permission, call_info(request))
            except RatedProblem as refused:
                setattr(request.state, ANSWER_HEADERS, refused.rate.headers)
                raise refused.problem from None
            setattr(request.state, ANSWER_HEADERS, rate.headers)  # on any answer it gets
            return reader

        return authenticated

    OrdersReader = Annotated[dict[str, Any], Depends(session_for("orders"))]  # noqa: N806
    ProductsReader = Annotated[dict[str, Any], Depends(session_for("products"))]  # noqa: N806
    AnyReader = Annotated[dict[str, Any], Depends(session_for(None))]  # noqa: N806

    @app.get(
        "/v1/orders",
        response_model=schemas.OrderPage,
        responses=data_plane_responses(401, 403, 422),
        tags=["data"],
        summary="The store's orders, newest first",
        description="Needs Order API Access. Pages like the token list: `limit` (1 to 200), "
        "then `cursor` set to the answer's `next_cursor` until it is null.",
        openapi_extra=feature("developer_sign_in"),
    )
    def orders(reader: OrdersReader, limit: PageLimit = 50, cursor: PageCursor = None) -> Response:
        return json_answer(_sample_page(sample_orders(reader["merchant"]["name"]), limit, cursor))

    @app.get(
        "/v1/products",
        response_model=schemas.ProductPage,
        responses=data_plane_responses(401, 403, 422),
        tags=["data"],
        summary="The store's products, oldest first",
        description="Needs Product API Access. Pages as `/v1/orders` does.",
        openapi_extra=feature("developer_sign_in"),
    )
    def products(
        reader: ProductsReader, limit: PageLimit = 50, cursor: PageCursor = None
    ) -> Response:
        return json_answer(_sample_page(sample_products(reader["merchant"]["name"]), limit, cursor))

    @app.get(
        "/v1/token-info",
        response_model=schemas.TokenInfo,
        responses=data_plane_responses(401, 403),
        tags=["data"],
        summary="The access token behind this API session",
        openapi_extra=feature("developer_sign_in"),
    )
    def token_info(reader: AnyReader) -> Response:
        return json_answer(reader)


def _sample_page(items: tuple[dict[str, Any], ...], limit: int, cursor: str | None) -> object:
    after = decode_cursor(cursor) if cursor else None
    page, next_after = page_of(items, limit, after)
    return {"items": page, "next_cursor": encode_cursor(next_after) if next_after else None}
