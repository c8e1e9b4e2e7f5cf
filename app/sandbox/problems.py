"""The sandbox's errors: one JSON shape, a plain sentence, the right status."""

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route

from app.api.token_rules import FieldIssue
from app.sandbox.capabilities import WithheldRoute
from app.sandbox.error_codes import ErrorCode
from app.sandbox.request_ids import current_request_id
from app.sandbox.storage import StorageUnavailableError

BEARER_CHALLENGE = {"WWW-Authenticate": "Bearer"}
# Seconds a client waits before trying a write again after a storage fault: long enough
# not to hammer a full disk, short enough for someone who has just freed space.
STORAGE_RETRY_SECONDS = 10
M = TypeVar("M", bound=BaseModel)

_TYPE_MESSAGES = {
    "missing": "This field is required.",
    "string_type": "This must be text.",
    "string_unicode": "This must be valid text.",
    "list_type": "This must be a list.",
    "bool_type": "This must be true or false.",
    "int_type": "This must be a whole number.",
    "int_parsing": "This must be a whole number.",
    "literal_error": "This is not one of the allowed values.",
    "extra_forbidden": "This field is not part of the request; remove it.",
    "model_attributes_type": "The request body must be a JSON object.",
    "dict_type": "The request body must be a JSON object.",
    "model_type": "The request body must be a JSON object.",
}


_TYPE_CODES = {
    "missing": "required",
    "extra_forbidden": "not_part_of_request",
    "model_attributes_type": "not_an_object",
    "dict_type": "not_an_object",
    "model_type": "not_an_object",
    **dict.fromkeys(
        ("string_type", "string_unicode", "list_type", "bool_type", "int_type", "int_parsing"),
        "wrong_type",
    ),
}


class ApiProblem(Exception):  # noqa: N818 (a problem document, not a bug)
    """An error the API answers with, carrying a message a merchant can act on."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        fields: Mapping[str, str | FieldIssue] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = ErrorCode(code).value  # ValueError: a code the catalogue lacks
        self.message = message
        self.issues = {name: _issue(found) for name, found in (fields or {}).items()}
        self.headers = dict(headers or {})
        if status == 401:  # RFC 9110: every 401 names the scheme to authenticate with
            self.headers.setdefault("WWW-Authenticate", "Bearer")

    @property
    def fields(self) -> dict[str, str]:
        """Each field's problem as the contract's English sentence."""
        return {name: issue.message for name, issue in self.issues.items()}

    def to_response(self) -> JSONResponse:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if (request_id := current_request_id()) is not None:
            error["request_id"] = request_id
        if self.issues:
            error["fields"] = self.fields
            error["field_problems"] = {
                name: {"code": issue.code, "params": dict(issue.params)}
                for name, issue in self.issues.items()
            }
        return JSONResponse({"error": error}, status_code=self.status, headers=self.headers)


def missing_credential() -> ApiProblem:
    return ApiProblem(
        401,
        ErrorCode.MISSING_CREDENTIAL,
        "No credential was sent. Send it as Authorization: Bearer <credential>.",
    )


def unauthorized() -> ApiProblem:
    return ApiProblem(
        401,
        "unauthorized",
        "Your session has ended. Sign in again to continue.",
        headers=BEARER_CHALLENGE,
    )


def invalid_token() -> ApiProblem:
    return ApiProblem(
        401,
        "invalid_token",
        "This access token is not valid: it was revoked, has expired or was mistyped.",
        headers=BEARER_CHALLENGE,
    )


def not_found() -> ApiProblem:
    return ApiProblem(
        404, "not_found", "This access token does not exist. Refresh the list and try again."
    )


def no_previous_secret() -> ApiProblem:
    return ApiProblem(
        404,
        "not_found",
        "This token has no previous secret that still works; there is nothing to stop.",
    )


def unknown_secret() -> ApiProblem:
    return ApiProblem(
        404,
        "not_found",
        "No token of this store has this secret, now or before its last rotation. Check "
        "that it was copied from this store.",
    )


def malformed_token() -> ApiProblem:
    return ApiProblem(
        422,
        "malformed_token",
        "This is not a complete access token: it starts with stp_ and is 40 characters long. "
        "Copy it again.",
        fields={"token": FieldIssue("malformed_token", "This is not a complete access token.")},
    )


def token_revoked() -> ApiProblem:
    return ApiProblem(
        409,
        "token_revoked",
        "This token was revoked, so it cannot be changed or rotated. Create a new one.",
    )


def token_expired() -> ApiProblem:
    return ApiProblem(
        409,
        "token_expired",
        "This token has expired, so it cannot be changed or rotated. Create a new one.",
    )


def plan_required() -> ApiProblem:
    return ApiProblem(
        403,
        "plan_required",
        "Your plan does not include the API Integration add-on. Add it in Shipturtle under "
        "Settings > Subscription and billing, then try again.",
    )


def rate_limited(wait: int, attempts: str) -> ApiProblem:
    """Too many failed `attempts` ("sign-in attempts"); `wait` seconds until the next try."""
    return ApiProblem(
        429,
        "rate_limited",
        f"Too many failed {attempts}. Wait {wait} seconds and try again.",
        headers={"Retry-After": str(wait)},
    )


def storage_unavailable(message: str) -> ApiProblem:
    """The database could not be written (full disk, disk error); nothing was saved."""
    return ApiProblem(
        503,
        "storage_unavailable",
        message,
        headers={"Retry-After": str(STORAGE_RETRY_SECONDS)},
    )


def _issue(found: str | FieldIssue) -> FieldIssue:
    """A sentence the rules have no code for is "invalid", with that sentence."""
    return found if isinstance(found, FieldIssue) else FieldIssue("invalid", found)


def validation_failed(fields: Mapping[str, str | FieldIssue]) -> ApiProblem:
    return ApiProblem(
        422, "validation_failed", "Some fields need fixing; see each field.", fields=fields
    )


def _field_name(location: Sequence[int | str]) -> str:
    # The first element says where the value came from (body, query, header).
    parts = [str(part) for part in location[1:]]
    return ".".join(parts) if parts else str(location[0]) if location else "request"


def _bounded(code: str, limit: object, message: str) -> FieldIssue:
    value = limit if isinstance(limit, int) else str(limit)
    return FieldIssue(code, message, {"limit": value})


def _plain_issue(error: Mapping[str, Any]) -> FieldIssue:
    kind = error.get("type", "")
    context = error.get("ctx", {})
    if kind == "value_error":  # our validators' sentences (hidden characters)
        return FieldIssue("invalid", str(context.get("error", "This is not valid.")))
    if kind == "string_too_long":
        limit = context.get("max_length")
        return _bounded("too_long", limit, f"Use at most {limit} characters.")
    if kind == "less_than_equal":
        return _bounded("too_large", context.get("le"), f"Use {context.get('le')} or less.")
    if kind == "greater_than_equal":
        return _bounded("too_small", context.get("ge"), f"Use {context.get('ge')} or more.")
    if kind == "literal_error":
        allowed = str(context.get("expected", ""))
        return FieldIssue("not_allowed", f"Use one of: {allowed}.", {"allowed": allowed})
    message = _TYPE_MESSAGES.get(kind, str(error.get("msg", "This is not valid.")))
    return FieldIssue(_TYPE_CODES.get(kind, "invalid"), message)


def problem_from_errors(errors: Sequence[Mapping[str, Any]]) -> ApiProblem:
    """One problem for a list of validation errors, with a message per field.

    Bodies never reach FastAPI's own parser (every route reads its body with
    `parsed_body`), so these are about fields, never about unreadable JSON.
    """
    fields: dict[str, FieldIssue] = {}
    for error in errors:
        fields.setdefault(_field_name(error.get("loc", ())), _plain_issue(error))
    return validation_failed(fields)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity, which Python would accept


def parsed_body(raw: bytes, model: type[M]) -> M:
    """Read a JSON body into `model`; every route with a body reads it through here.

    Strictly UTF-8 and strictly JSON, whatever the Content-Type says; a lone surrogate
    escaped in a string ("\\ud800") is a 422 on its field.
    """
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant) if raw else None
    except (ValueError, RecursionError):  # not UTF-8 (UTF-16 too), not JSON, nested too deep
        raise invalid_json() from None
    try:
        return model.model_validate(data)
    except PydanticValidationError as error:
        # Located in the body like FastAPI's own errors, so the field names read the same.
        located = [{**item, "loc": ("body", *item["loc"])} for item in error.errors()]
        raise problem_from_errors(located) from None


async def _on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return problem_from_errors(exc.errors()).to_response()


async def _on_api_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return exc.to_response()


def invalid_json() -> ApiProblem:
    return ApiProblem(
        400,
        "invalid_json",
        "The request body is not valid JSON. Send a JSON object in UTF-8 "
        "with Content-Type: application/json.",
    )


def _allowed_methods(request: Request) -> str:
    """Every method the address takes: Starlette's Allow names only the first route's."""
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, WithheldRoute) or not isinstance(route, Route):
            continue  # a withheld operation is not offered: Allow does not name it
        if route.path_regex.fullmatch(request.url.path):
            methods |= route.methods or set()
    if "GET" in methods:
        methods.add("HEAD")  # answered like GET (app.sandbox.middleware)
    return ", ".join(sorted(methods))


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    if exc.status_code == 404:
        problem = ApiProblem(404, "not_found", "There is nothing at this address.")
    elif exc.status_code == 405:
        problem = ApiProblem(
            405,
            "method_not_allowed",
            f"This address does not accept that method; use {headers.get('Allow', 'another')}.",
            headers=headers,
        )
    else:
        problem = ApiProblem(400, ErrorCode.INVALID_REQUEST, str(exc.detail), headers=headers)
    return problem.to_response()


async def _on_storage_fault(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StorageUnavailableError)
    return storage_unavailable(exc.message).to_response()


async def _on_unexpected_error(_request: Request, _exc: Exception) -> JSONResponse:
    # After a bug nothing vouches for the connection's state (a body half read, say):
    # the client gets a new one for its next request.
    problem = ApiProblem(
        500,
        "internal_error",
        "Something went wrong on the server. Try again in a moment.",
        headers={"Connection": "close"},
    )
    return problem.to_response()


def install_handlers(app: FastAPI) -> None:
    """Make every error, expected or not, answer in the contract's JSON shape."""
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(StorageUnavailableError, _on_storage_fault)
    app.add_exception_handler(Exception, _on_unexpected_error)
