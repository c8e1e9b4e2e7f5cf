"""The one-time hand-off's routes: the merchant's (make, list, withdraw), the developer's
page and its one open, which anyone may try and which costs one hash and one lookup."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response

from app.sandbox import hand_off_page
from app.sandbox.activity import shown_user_agent
from app.sandbox.auth_schemes import Credential
from app.sandbox.capabilities import feature
from app.sandbox.hand_off_schemas import (
    CreateHandOffRequest,
    HandOffCreated,
    HandOffPage,
    OpenedHandOff,
    OpenHandOffRequest,
)
from app.sandbox.hand_offs import HandOffService
from app.sandbox.problems import parsed_body
from app.sandbox.records import Merchant
from app.sandbox.responses import error_responses
from app.sandbox.route_kit import (
    IDEMPOTENCY_KEY_SCHEMA,
    PageCursor,
    PageLimit,
    client_address,
    in_thread,
    json_answer,
    json_body,
)
from app.sandbox.service import SandboxService

HAND_OFFS = "hand_offs"
# The page: scripts, styles and fetches from this origin only; never framed, never sent
# anywhere as a referrer, never cached or indexed; its own browsing context group.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
}
_ANSWER_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
_HAND_OFF = "/v1/hand-offs/{hand_off_id}"
_CREATE_STATUSES = (400, 401, 403, 404, 409, 413, 415, 422)
_OPEN_STATUSES = (400, 403, 404, 410, 413, 415, 422, 429)
_Key = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Repeat it on retries; one hand-off is made.",
        json_schema_extra=IDEMPOTENCY_KEY_SCHEMA,
    ),
]
_CREATE = (
    "Keep a sealed hand-off of a token's secret for its developer, for `expires_in_hours` "
    "(never past the token's own expiry), and answer the address of the page that opens it. "
    "The link to give is `url#<key>`: the key (32 random bytes, base64url) stays in the "
    "link's fragment, which browsers never send to a server. The sender seals the contents "
    "with AES-256-GCM under a key HKDF-SHA256 derives from it (README: the format and test "
    "vectors) and sends `key_proof`, derived under another label. Refused "
    "(`secret_replaced`) when `token_hint` is not the token's current secret. Revoking or "
    "rotating the token withdraws its waiting hand-offs. Repeat the `Idempotency-Key` on a "
    "retry: one hand-off is made."
)
_OPEN = (
    "Anyone with the link may call this; the page does when the person presses its button, "
    "never on loading (link previews and mail scanners fetch pages). The right `key_proof` "
    "gets the ciphertext once, deleted from the server in the same transaction; a second "
    "open with it is 410 `hand_off_opened`, saying when. A wrong proof is 403 `wrong_key`, "
    "uses nothing up and is counted in the receipt (5 a minute per hand-off, then 429). A "
    "hand-off that never was, expired or was withdrawn is 404, the same for all. At most 30 "
    "opens a minute from one address."
)


def add_hand_off_routes(app: FastAPI, service: SandboxService, hand_offs: HandOffService) -> None:
    def signed_in(authorization: Credential) -> Merchant:
        return service.signed_in(authorization)  # 401 before 400/422

    SignedIn = Annotated[Merchant, Depends(signed_in)]  # noqa: N806 (a type, named as one)

    @app.post(
        "/v1/hand-offs",
        status_code=201,
        response_model=HandOffCreated,
        responses=error_responses(
            *_CREATE_STATUSES,
            notes={409: "`token_revoked`, `token_expired` or `secret_replaced`."},
        ),
        tags=["hand-offs"],
        summary="Make a one-time link for a token's secret",
        description=_CREATE,
        openapi_extra=feature(HAND_OFFS, json_body(CreateHandOffRequest)),
    )
    async def create_hand_off(
        request: Request, merchant: SignedIn, idempotency_key: _Key = None
    ) -> Response:
        body = parsed_body(await request.body(), CreateHandOffRequest).model_dump()
        origin = str(request.base_url).rstrip("/")
        made = await in_thread(hand_offs.create, merchant, body, idempotency_key, origin)
        return JSONResponse(made, status_code=201, headers=_ANSWER_HEADERS)

    @app.get(
        "/v1/hand-offs",
        response_model=HandOffPage,
        responses=error_responses(401, 404, 422),
        tags=["hand-offs"],
        summary="Receipts: what became of each one-time link",
        description="Newest first, for the last 30 days; with `access_token_id`, one token's. "
        "Any change of a receipt (opened, withdrawn, a wrong key) is also a change of the "
        "token list's ETag, so one conditional question notices it.",
        openapi_extra=feature(HAND_OFFS),
    )
    def list_hand_offs(
        merchant: SignedIn,
        access_token_id: Annotated[
            str | None, Query(max_length=64, description="Only this token's links.")
        ] = None,
        limit: PageLimit = 50,
        cursor: PageCursor = None,
    ) -> Response:
        return json_answer(hand_offs.receipts(merchant, access_token_id, limit, cursor))

    @app.delete(
        _HAND_OFF,
        status_code=204,
        responses=error_responses(401, 404),
        tags=["hand-offs"],
        summary="Withdraw a one-time link",
        description="A waiting link stops at once and its ciphertext is deleted; one already "
        "opened, expired or withdrawn stays as it is.",
        openapi_extra=feature(HAND_OFFS),
    )
    def withdraw_hand_off(hand_off_id: str, merchant: SignedIn) -> Response:
        hand_offs.withdraw(merchant, hand_off_id)
        return Response(status_code=204)

    _add_developer_side(app, hand_offs)


def _add_developer_side(app: FastAPI, hand_offs: HandOffService) -> None:
    @app.post(
        f"{_HAND_OFF}/open",
        response_model=OpenedHandOff,
        responses=error_responses(
            *_OPEN_STATUSES, notes={403: "Here: `wrong_key`, a key that is not this link's."}
        ),
        tags=["hand-offs"],
        summary="Open a one-time link (its page does)",
        description=_OPEN,
        openapi_extra=feature(HAND_OFFS, json_body(OpenHandOffRequest)),
    )
    async def open_hand_off(hand_off_id: str, request: Request) -> Response:
        body = parsed_body(await request.body(), OpenHandOffRequest)
        address = client_address(request)
        agent = shown_user_agent(request.headers.get("user-agent"))
        opened = await in_thread(hand_offs.open, hand_off_id, body.key_proof, address, agent)
        return JSONResponse(
            opened, headers={**_ANSWER_HEADERS, "X-Content-Type-Options": "nosniff"}
        )

    @app.get(
        "/hand-off/{hand_off_id}",
        include_in_schema=False,
        openapi_extra=feature(HAND_OFFS),
    )
    def hand_off_page_for(hand_off_id: str) -> Response:
        # The same page for any id: it says nothing of whether the hand-off exists, and
        # loading it uses nothing up.
        del hand_off_id
        body = hand_off_page.page_file(hand_off_page.PAGE)
        return Response(body, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    for name, media in hand_off_page.ASSETS.items():
        app.add_api_route(
            f"/hand-off-assets/{name}",
            _asset(name, media),
            include_in_schema=False,
            openapi_extra=feature(HAND_OFFS),
        )


def _asset(name: str, media: str) -> Callable[[], Response]:
    def asset() -> Response:
        return Response(hand_off_page.page_file(name), media_type=media, headers=PAGE_HEADERS)

    return asset
