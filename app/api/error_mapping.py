"""Turning an HTTP error answer into the typed error a merchant can act on."""

import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx

from app.api import errors
from app.api.answer import json_of
from app.api.secret import Secret
from app.api.token_rules import FieldIssue

# A wait longer than a day is no wait a merchant can act on; the message says a minute.
_LONGEST_WAIT_SHOWN = 24 * 3600


def _error_body(response: httpx.Response) -> Mapping[str, Any]:
    try:
        body = json_of(response)
    except errors.InvalidResponseError:  # an HTML error page from a proxy, or nothing at all
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class _OwnWords:
    """Passes the server's sentences on, except one that quotes a secret the request sent
    (a password, a token), which the client's own sentence replaces."""

    field_message = "This value was refused. Change it and try again."

    def __init__(self, secrets: Iterable[Secret]) -> None:
        self._secrets = [secret for secret in secrets if secret]

    def quotes_a_secret(self, text: str) -> bool:
        folded = text.casefold()
        return any(secret.reveal().casefold() in folded for secret in self._secrets)

    def message(self, text: str | None) -> str | None:
        """The server's sentence, or None for the typed error's own."""
        return None if text is None or self.quotes_a_secret(text) else text

    def fields(self, error: Mapping[str, Any]) -> dict[str, str]:
        fields = error.get("fields")
        if not isinstance(fields, dict):
            return {}
        return {
            str(name): self.field_message if self.quotes_a_secret(text) else text
            for name, text in fields.items()
            if isinstance(text, str)
        }

    def problems(
        self, error: Mapping[str, Any], fields: Mapping[str, str]
    ) -> dict[str, FieldIssue]:
        """Each field's problem as a code and values (contract 1.5.0), for the window to word;
        a value that quotes a secret makes it a plain "invalid"."""
        found = error.get("field_problems")
        if not isinstance(found, dict):
            return {}
        problems = {}
        for name, problem in found.items():
            code = problem.get("code") if isinstance(problem, dict) else None
            params = problem.get("params", {}) if isinstance(problem, dict) else None
            if not isinstance(code, str) or not isinstance(params, dict):
                continue
            kept = {k: v for k, v in params.items() if isinstance(v, str | int)}
            message = fields.get(str(name), self.field_message)
            if any(isinstance(v, str) and self.quotes_a_secret(v) for v in kept.values()):
                code, kept = "invalid", {}
            problems[str(name)] = FieldIssue(code, message, kept)
        return problems


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds when it is a finite number of them, not negative; the HTTP-date
    form is not read (the contract's servers send seconds), nor is nan, inf or -5."""
    try:
        seconds = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _wait_shown(response: httpx.Response) -> int | None:
    seconds = retry_after(response)
    if seconds is None or seconds > _LONGEST_WAIT_SHOWN:
        return None
    return math.ceil(seconds)


_BY_CODE: dict[str, Callable[[str | None, dict[str, str]], errors.ApiError]] = {
    # The server's sentence says which credentials: email (merchant) or username (developer).
    "invalid_credentials": lambda m, _f: errors.InvalidCredentialsError(m),
    "api_session_required": lambda _m, _f: errors.ApiSessionRequiredError(),
    "api_session_expired": lambda _m, _f: errors.ApiSessionExpiredError(),
    "invalid_token": lambda _m, _f: errors.InvalidTokenError(),
    "malformed_token": lambda _m, _f: errors.InvalidTokenError(
        errors.InvalidTokenError.mistyped_message, reason="malformed_token"
    ),
    # The server's sentence says what was asked of the dead token (a change, a replayed create).
    "token_revoked": lambda m, _f: errors.TokenRevokedError(m),
    "token_expired": lambda m, _f: errors.TokenExpiredError(m),
    "secret_replaced": lambda _m, _f: errors.SecretReplacedError(),
    "unauthorized": lambda _m, _f: errors.SessionExpiredError(),
    "plan_required": lambda _m, _f: errors.PlanRequiredError(),
    "permission_denied": lambda m, _f: errors.PermissionDeniedError(m),
    "not_found": lambda _m, _f: errors.NotFoundError(),
    "username_taken": lambda _m, f: errors.UsernameTakenError(fields=f),
    "validation_failed": lambda _m, f: errors.ValidationError(fields=f),
}


def error_from_response(
    response: httpx.Response, secrets: Iterable[Secret] = ()
) -> errors.ApiError:
    """Map a non-success answer to a typed error, with its Request-Id when it has one.

    `secrets`: what the request sent that no message may quote."""
    error = _typed_error(response, secrets)
    request_id = response.headers.get("Request-Id", "")
    if _REQUEST_ID.fullmatch(request_id):  # shown to the merchant: only its own shape
        error.request_id = request_id
    return error


_REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _typed_error(response: httpx.Response, secrets: Iterable[Secret]) -> errors.ApiError:
    """The code decides, then the status."""
    status = response.status_code
    if status == 429:
        return errors.RateLimitedError(_wait_shown(response), code="rate_limited")
    error = _error_body(response)
    own_words = _OwnWords(secrets)
    code = _text(error.get("code"))
    message = own_words.message(_text(error.get("message")))
    if status >= 500:
        if code == "storage_unavailable":  # a full or failing disk, said in the server's words
            return errors.StorageUnavailableError(message, code=code)
        return errors.ServerError(code=f"http_{status}")
    if code in _BY_CODE:
        fields = own_words.fields(error)
        typed = _BY_CODE[code](message, fields)
        typed.code = code
        if isinstance(typed, errors.ValidationError):
            typed.problems = own_words.problems(error, fields)
        return typed
    if status == 401:
        return errors.SessionExpiredError(code=code)
    if status == 404:
        return errors.NotFoundError(code=code)
    if 300 <= status < 400:
        return errors.InvalidResponseError("response", f"is a redirect ({status})")
    return errors.RequestRejectedError(message, code=code or f"http_{status}")
