"""Every error code the API answers with: its status, what it means, what to do next."""

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """The `error.code` of every answer the server can give; nothing else is ever sent.

    The contract keeps `code` an open string (a generated client parsing an enum strictly
    would break on a code added later), and lists each operation's codes in its words.
    """

    INVALID_REQUEST = "invalid_request"
    INVALID_HOST = "invalid_host"
    INVALID_JSON = "invalid_json"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    VALIDATION_FAILED = "validation_failed"
    MISSING_CREDENTIAL = "missing_credential"
    UNAUTHORIZED = "unauthorized"
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_TOKEN = "invalid_token"
    API_SESSION_REQUIRED = "api_session_required"
    API_SESSION_EXPIRED = "api_session_expired"
    PERMISSION_DENIED = "permission_denied"
    PLAN_REQUIRED = "plan_required"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    USERNAME_TAKEN = "username_taken"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    TOKEN_REVOKED = "token_revoked"
    TOKEN_EXPIRED = "token_expired"
    SECRET_REPLACED = "secret_replaced"
    WRONG_KEY = "wrong_key"
    HAND_OFF_OPENED = "hand_off_opened"
    MALFORMED_TOKEN = "malformed_token"
    RATE_LIMITED = "rate_limited"
    INTERNAL_ERROR = "internal_error"
    STORAGE_UNAVAILABLE = "storage_unavailable"


@dataclass(frozen=True)
class Entry:
    status: int
    meaning: str
    next_step: str


CATALOGUE: dict[ErrorCode, Entry] = {
    ErrorCode.INVALID_REQUEST: Entry(
        400, "The request was not valid HTTP.", "Fix the client; nothing was done."
    ),
    ErrorCode.INVALID_HOST: Entry(
        400,
        "The Host header is not the loopback address the sandbox listens on.",
        "Call it as 127.0.0.1 or localhost.",
    ),
    ErrorCode.INVALID_JSON: Entry(
        400,
        "The body is not a JSON object in UTF-8.",
        "Send JSON with `Content-Type: application/json`.",
    ),
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: Entry(
        415, "The body is not sent as JSON.", "Send `Content-Type: application/json`."
    ),
    ErrorCode.PAYLOAD_TOO_LARGE: Entry(
        413, "The body is larger than 64 KiB.", "Send a smaller body."
    ),
    ErrorCode.VALIDATION_FAILED: Entry(
        422,
        "A field or a query parameter is missing or wrong; `fields` says which, "
        "`field_problems` gives each one's code.",
        "Correct those fields and send again.",
    ),
    ErrorCode.MISSING_CREDENTIAL: Entry(
        401,
        "No `Authorization: Bearer ...` header was sent.",
        "Send the credential the operation names (its security scheme).",
    ),
    ErrorCode.UNAUTHORIZED: Entry(
        401,
        "The merchant session is unknown, ended or expired.",
        "Sign in again (`POST /v1/sessions`).",
    ),
    ErrorCode.INVALID_CREDENTIALS: Entry(
        401,
        "The email and password (merchant) or username and password (developer) do not match.",
        "Check them; after 5 failures in 60 s sign-ins wait (`rate_limited`).",
    ),
    ErrorCode.INVALID_TOKEN: Entry(
        401,
        "The access token is unknown, revoked, expired, or its previous secret has stopped.",
        "Ask the merchant for a new token.",
    ),
    ErrorCode.API_SESSION_REQUIRED: Entry(
        401,
        "An access token was sent to the data plane.",
        "Sign in with it first (`POST /v1/api-sessions`) and send the API session.",
    ),
    ErrorCode.API_SESSION_EXPIRED: Entry(
        401,
        "The API session is unknown or ended (an hour passed, or its token's secret stopped).",
        "Sign in again with the access token.",
    ),
    ErrorCode.PERMISSION_DENIED: Entry(
        403,
        "The access token lacks the permission this data needs.",
        "Ask the merchant for a token with it (Order or Product API Access).",
    ),
    ErrorCode.PLAN_REQUIRED: Entry(
        403,
        "The store's plan lacks the API Integration add-on.",
        "The merchant adds it in Shipturtle's dashboard.",
    ),
    ErrorCode.NOT_FOUND: Entry(
        404,
        "No such access token or one-time link for this store (or no such address); a link "
        "that expired or was withdrawn is not found either.",
        "Check the id; list the tokens again; ask for a new link.",
    ),
    ErrorCode.METHOD_NOT_ALLOWED: Entry(
        405, "The address does not take this method.", "Use one the `Allow` header names."
    ),
    ErrorCode.USERNAME_TAKEN: Entry(
        409, "An active token of this store already has this username.", "Choose another."
    ),
    ErrorCode.IDEMPOTENCY_KEY_REUSED: Entry(
        422,
        "This `Idempotency-Key` was used for a different request.",
        "Use a new key for a new request; repeat the same body to retry.",
    ),
    ErrorCode.TOKEN_REVOKED: Entry(
        409, "The token was revoked; a revoked token never changes.", "Create a new token."
    ),
    ErrorCode.TOKEN_EXPIRED: Entry(
        409, "The token has expired; an expired token never changes.", "Create a new token."
    ),
    ErrorCode.SECRET_REPLACED: Entry(
        409,
        "A rotation retried with its `Idempotency-Key` whose secret is no longer current; or "
        "a one-time link made for a secret that a rotation has replaced.",
        "Rotate again with a new key; send the link from the new secret.",
    ),
    ErrorCode.WRONG_KEY: Entry(
        403,
        "A one-time link opened with a key that is not its own; nothing was opened, and the "
        "try is counted in the merchant's receipt.",
        "Copy the whole link again, everything after `#` included.",
    ),
    ErrorCode.HAND_OFF_OPENED: Entry(
        410,
        "The one-time link was opened before (said only to a caller with its key).",
        "If that was not you, tell the store at once.",
    ),
    ErrorCode.MALFORMED_TOKEN: Entry(
        422,
        "The text is not an access token (its checksum fails): mistyped or cut off.",
        "Copy the whole token again.",
    ),
    ErrorCode.RATE_LIMITED: Entry(
        429,
        "Too many sign-ins, data-plane calls beyond the API session's rate limit, or tries "
        "to open a one-time link.",
        "Wait the seconds `Retry-After` gives, then try again.",
    ),
    ErrorCode.INTERNAL_ERROR: Entry(
        500,
        "A fault in the server; nothing was changed.",
        "Try again; report the `request_id` if it lasts.",
    ),
    ErrorCode.STORAGE_UNAVAILABLE: Entry(
        503,
        "The server cannot write its data (a full disk, say).",
        "Try again after `Retry-After` seconds.",
    ),
}


def catalogue_table() -> str:
    """The catalogue as README's Markdown table (a test keeps the two the same)."""
    rows = [
        "| Code | Status | What it means | What to do |",
        "| --- | --- | --- | --- |",
        *(
            f"| `{code}` | {entry.status} | {entry.meaning} | {entry.next_step} |"
            for code, entry in CATALOGUE.items()
        ),
    ]
    return "\n".join(rows) + "\n"
