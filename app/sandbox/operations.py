"""Each operation's name, credential and place in the contract, in one table.

FastAPI derives operation ids from function names (`create_token_v1_access_tokens_post`),
which generated clients turn into unreadable methods; these are names a person would write.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from app import __version__
from app.sandbox.auth_schemes import (
    ACCESS_TOKEN,
    API_SESSION,
    MERCHANT_SESSION,
    SECURITY_SCHEMES,
)
from app.sandbox.error_codes import CATALOGUE, ErrorCode
from app.sandbox.examples import ANSWERS, REQUESTS, error_example

# The production address is the merchant's to give: only the local sandbox is advertised.
SERVERS = [
    {
        "url": "http://127.0.0.1:8765",
        "description": "The local sandbox (`python -m app.sandbox`; the demo in the app uses "
        "port 8766)",
    }
]

TAGS = [
    {"name": "meta", "description": "What the server is and offers; no credential."},
    {"name": "session", "description": "The merchant signs in and out (control plane)."},
    {"name": "tokens", "description": "The merchant's access tokens (control plane)."},
    {"name": "developer", "description": "The developer signs in with an access token."},
    {"name": "data", "description": "The store's data, with an API session (data plane)."},
    {
        "name": "hand-offs",
        "description": "One-time links that carry a token's secret to its developer, "
        "encrypted by the sender, with a receipt.",
    },
]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    credential: str | None  # a security scheme's name; None: public
    codes: tuple[ErrorCode, ...] = ()  # besides those any operation may answer


E = ErrorCode
# What any operation may answer, listed once in the catalogue rather than on each.
ANY_OPERATION = (
    E.INVALID_REQUEST,
    E.INVALID_HOST,
    E.METHOD_NOT_ALLOWED,
    E.PAYLOAD_TOO_LARGE,
    E.INTERNAL_ERROR,
    E.STORAGE_UNAVAILABLE,
)
_BODY = (E.INVALID_JSON, E.UNSUPPORTED_MEDIA_TYPE, E.VALIDATION_FAILED)
_MERCHANT = (E.MISSING_CREDENTIAL, E.UNAUTHORIZED)
_API_SESSION = (
    E.MISSING_CREDENTIAL,
    E.INVALID_TOKEN,
    E.API_SESSION_REQUIRED,
    E.API_SESSION_EXPIRED,
)
_DATA = (*_API_SESSION, E.PLAN_REQUIRED, E.PERMISSION_DENIED, E.RATE_LIMITED)
_DEAD = (E.TOKEN_REVOKED, E.TOKEN_EXPIRED)
_BY_ID = "/v1/access-tokens/{token_id}"
_HAND_OFF = "/v1/hand-offs/{hand_off_id}"

OPERATIONS: dict[tuple[str, str], Operation] = {
    ("get", "/v1/health"): Operation("getHealth", None),
    ("get", "/v1/capabilities"): Operation("getCapabilities", None),
    ("post", "/v1/sessions"): Operation(
        "openMerchantSession", None, (*_BODY, E.INVALID_CREDENTIALS, E.RATE_LIMITED)
    ),
    ("delete", "/v1/sessions/current"): Operation(
        "closeMerchantSession", MERCHANT_SESSION, _MERCHANT
    ),
    ("get", "/v1/merchant"): Operation("getMerchant", MERCHANT_SESSION, _MERCHANT),
    ("get", "/v1/permissions"): Operation("listPermissions", None),
    ("get", "/v1/access-tokens"): Operation(
        "listAccessTokens", MERCHANT_SESSION, (*_MERCHANT, E.VALIDATION_FAILED)
    ),
    ("post", "/v1/access-tokens"): Operation(
        "createAccessToken",
        MERCHANT_SESSION,
        (
            *_MERCHANT,
            *_BODY,
            E.PLAN_REQUIRED,
            E.USERNAME_TAKEN,
            E.IDEMPOTENCY_KEY_REUSED,
            E.TOKEN_REVOKED,
        ),
    ),
    ("post", "/v1/access-tokens/lookup"): Operation(
        "lookupAccessToken", MERCHANT_SESSION, (*_MERCHANT, *_BODY, E.MALFORMED_TOKEN, E.NOT_FOUND)
    ),
    ("get", _BY_ID): Operation("getAccessToken", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND)),
    ("patch", _BY_ID): Operation(
        "updateAccessToken", MERCHANT_SESSION, (*_MERCHANT, *_BODY, E.NOT_FOUND, *_DEAD)
    ),
    ("delete", _BY_ID): Operation("revokeAccessToken", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND)),
    ("post", f"{_BY_ID}/rotate"): Operation(
        "rotateAccessToken",
        MERCHANT_SESSION,
        (
            *_MERCHANT,
            *_BODY,
            E.PLAN_REQUIRED,
            E.NOT_FOUND,
            *_DEAD,
            E.SECRET_REPLACED,
            E.IDEMPOTENCY_KEY_REUSED,
        ),
    ),
    ("delete", f"{_BY_ID}/previous"): Operation(
        "stopPreviousSecret", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND)
    ),
    ("get", f"{_BY_ID}/activity"): Operation(
        "getAccessTokenActivity", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND, E.VALIDATION_FAILED)
    ),
    ("post", "/v1/api-sessions"): Operation(
        "openApiSession",
        ACCESS_TOKEN,
        (E.MISSING_CREDENTIAL, E.INVALID_TOKEN, *_BODY, E.RATE_LIMITED, E.INVALID_CREDENTIALS),
    ),
    ("delete", "/v1/api-sessions/current"): Operation("closeApiSession", API_SESSION, _API_SESSION),
    ("get", "/v1/orders"): Operation("listOrders", API_SESSION, (*_DATA, E.VALIDATION_FAILED)),
    ("get", "/v1/products"): Operation("listProducts", API_SESSION, (*_DATA, E.VALIDATION_FAILED)),
    ("get", "/v1/token-info"): Operation(
        "getTokenInfo", API_SESSION, (*_API_SESSION, E.PLAN_REQUIRED, E.RATE_LIMITED)
    ),
    ("post", "/v1/hand-offs"): Operation(
        "createHandOff",
        MERCHANT_SESSION,
        (
            *_MERCHANT,
            *_BODY,
            E.PLAN_REQUIRED,
            E.NOT_FOUND,
            *_DEAD,
            E.SECRET_REPLACED,
            E.IDEMPOTENCY_KEY_REUSED,
        ),
    ),
    ("get", "/v1/hand-offs"): Operation(
        "listHandOffs", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND, E.VALIDATION_FAILED)
    ),
    ("delete", _HAND_OFF): Operation(
        "withdrawHandOff", MERCHANT_SESSION, (*_MERCHANT, E.NOT_FOUND)
    ),
    ("post", f"{_HAND_OFF}/open"): Operation(
        "openHandOff", None, (*_BODY, E.WRONG_KEY, E.NOT_FOUND, E.HAND_OFF_OPENED, E.RATE_LIMITED)
    ),
}


def error_codes_words(codes: tuple[ErrorCode, ...]) -> str:
    """An operation's codes, by status, for its description."""
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(CATALOGUE[code].status, []).append(f"`{code}`")
    listed = "; ".join(
        f"{status}: {', '.join(named)}" for status, named in sorted(by_status.items())
    )
    return (
        f"Error codes: {listed}; and those any operation may answer (the error catalogue)."
        if listed
        else "Error codes: those any operation may answer (the error catalogue)."
    )


def name_operations(app: FastAPI) -> None:
    """Make the app's OpenAPI document say each operation's name and credential, the
    security schemes, the server and the tags (once, when it is first asked for)."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()
            for path, methods in document["paths"].items():
                for method, operation in methods.items():
                    named = OPERATIONS[(method, path)]  # KeyError: a route left unnamed
                    operation["operationId"] = named.operation_id
                    said = operation.get("description", "")
                    codes = error_codes_words(named.codes)
                    operation["description"] = f"{said}\n\n{codes}" if said else codes
                    operation["security"] = (
                        [{named.credential: []}] if named.credential is not None else []
                    )
                    _body_as_component(operation, document["components"]["schemas"])
                    _add_examples(named, operation)
            document["components"]["securitySchemes"] = SECURITY_SCHEMES
            document["servers"] = SERVERS
            document["tags"] = TAGS
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _body_as_component(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    """A request body a route reads itself is documented inline (app.sandbox.route_kit);
    named in components instead, a generated client calls it `CreateTokenRequest`, not
    `CreateAccessTokenCreateTokenRequest`."""
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    schema = content.get("schema", {}) if content else {}
    title = schema.get("title")
    if not title or "$ref" in schema:
        return
    for name, nested in schema.pop("$defs", {}).items():
        schemas.setdefault(name, nested)
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/')
    schemas[title] = json.loads(text)
    content["schema"] = {"$ref": f"#/components/schemas/{title}"}


def _add_examples(named: Operation, operation: dict[str, Any]) -> None:
    """An example on the body and on every answer with one (app.sandbox.examples)."""
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        body["example"] = REQUESTS[named.operation_id]
    for status, response in operation["responses"].items():
        content = response.get("content", {}).get("application/json")
        if content is None:
            continue  # 204, 304: no body
        if status.startswith("2"):
            content["example"] = ANSWERS[named.operation_id]
        else:
            content["example"] = _error_for(named, status)


def _error_for(named: Operation, status: str) -> dict[str, Any]:
    if status == "default":
        return error_example(ErrorCode.INTERNAL_ERROR)
    code = next(
        code for code in (*named.codes, *ANY_OPERATION) if CATALOGUE[code].status == int(status)
    )
    example = error_example(code)
    if named.operation_id == "getHealth" and status == "503":  # health's own shape
        return {"status": "storage_unavailable", "version": __version__, **example}
    return example
