"""How the contract documents each route's errors: statuses, descriptions and headers."""

from collections.abc import Mapping
from typing import Any

from app.sandbox.schemas import ErrorBody, HealthUnavailable

# Written out, not taken from Python's status table: it renamed 413 and 422 in 3.13, and
# the contract must not change with the Python that generates it.
_STATUS_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized: missing, unknown or ended credential",
    403: "Forbidden: the plan or the token's permissions do not allow this",
    404: "Not Found",
    409: "Conflict",
    410: "Gone: the one-time link was opened before",
    413: "Content Too Large",
    415: "Unsupported Media Type: a body must be sent with Content-Type: application/json",
    422: "Unprocessable Content: a field is wrong; see error.fields (sentences) and "
    "error.field_problems (codes)",
    429: "Too Many Requests: wait for Retry-After seconds",
    503: "Service Unavailable: storage_unavailable, the database could not be written (a full "
    "disk, a disk error, a file gone read-only or damaged), so nothing was changed; the message "
    "says what is wrong. Try again after Retry-After seconds",
}
_BODY_400 = "`invalid_json` when the body is not valid JSON or nests deeper than 32"
_ANY_400 = (
    "`invalid_host` when a server on loopback is addressed by another name than 127.0.0.1, "
    "localhost or ::1; `invalid_request` when the request is not well-formed HTTP/1.1"
)
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}


_HEADERS: dict[int | str, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "schema": {"type": "string"}}},
    429: _RETRY_AFTER,
    503: _RETRY_AFTER,
    "default": {
        "Allow": {
            "description": "With 405: the methods of this address",
            "schema": {"type": "string"},
        },
    },
}


def error_responses(
    *statuses: int, notes: Mapping[int, str] | None = None
) -> dict[int | str, dict[str, Any]]:
    """Document the error statuses a route can answer with, all in the one error shape.

    Every route may answer 503 storage_unavailable: each one reads or writes the database;
    and 400 (`invalid_host`, `invalid_request`), with `invalid_json` where it reads a body
    (400 in `statuses`). `notes` adds what a status means on this route to its
    description. "default" covers what any route may answer (405 with Allow, 413, 500), and
    keeps FastAPI from documenting its own 422 shape, which this server never sends.
    """
    notes = notes or {}
    reasons = [_BODY_400, _ANY_400] if 400 in statuses else [_ANY_400]
    descriptions = {**_STATUS_DESCRIPTIONS, 400: f"Bad Request: {'; '.join(reasons)}"}
    responses: dict[int | str, dict[str, Any]] = {
        status: {
            "model": ErrorBody,
            "description": " ".join(filter(None, (descriptions[status], notes.get(status)))),
        }
        for status in sorted({400, *statuses, 503})
    }
    responses["default"] = {
        "model": ErrorBody,
        "description": "Any other error (405 with Allow, 413, 500), in the same shape",
    }
    for status, response in responses.items():
        if status in _HEADERS:
            response["headers"] = _HEADERS[status]
    return responses


_RATE_HEADERS = {
    "RateLimit-Limit": {
        "description": "Calls allowed per access token in the window (40 in 4 seconds: "
        "10 a second on average, bursts of up to 40)",
        "schema": {"type": "integer"},
    },
    "RateLimit-Remaining": {
        "description": "Calls left in the window now",
        "schema": {"type": "integer"},
    },
    "RateLimit-Reset": {
        "description": "Seconds until a call is free again (0: one is free now)",
        "schema": {"type": "integer"},
    },
}


def data_plane_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """A data-plane route's answers: its errors and 429, and the rate headers on every one
    after the API session was accepted (the answer's and the errors' alike)."""
    responses = error_responses(*statuses, 429)
    responses[200] = {"headers": _RATE_HEADERS}
    for status in (403, 422, 429):
        if status in responses:
            responses[status]["headers"] = {**responses[status].get("headers", {}), **_RATE_HEADERS}
    return responses


def health_responses() -> dict[int | str, dict[str, Any]]:
    """Health's answers: a storage fault is told in health's own shape, with the error's."""
    responses = error_responses()
    responses[503] = {
        "model": HealthUnavailable,
        "description": "Service Unavailable: the last write failed for its storage (a full "
        "disk, a disk error); health says so until a write succeeds again",
        "headers": _RETRY_AFTER,
    }
    return responses
