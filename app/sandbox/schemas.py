"""Request and response shapes of the contract, as the OpenAPI document describes them."""

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
)

from app.api.token_rules import (
    NOTE_MAX,
    PASSWORD_MAX,
    PASSWORD_MIN,
    USERNAME_MAX,
    USERNAME_MIN,
    USERNAME_PATTERN,
    hidden_character_problem,
)
from app.sandbox.records import PERMISSIONS

# The contract's own version (OpenAPI info.version), apart from the app's: every change to
# what the sandbox promises steps it (a new optional field or code: minor; a break: major).
# 1.5.0: error.field_problems, each field's problem as a code; 1.6.0: conditional_requests.
# 1.6.1: a call made before a rotation is listed as the previous secret's.
# 1.7.0: security schemes, operation names, examples; error.request_id and Request-Id;
# missing_credential; typed, paged orders and products; the data plane's rate limit.
# 1.8.0: hand_offs (one-time links, their page and receipts); idempotency_key_reused is
# listed with its real status, 422.
CONTRACT_VERSION = "1.8.0"
_STRICT = ConfigDict(strict=True, extra="forbid")


def _encodable(text: str) -> str:
    # JSON can carry lone surrogates ("\ud800"), which no database or hash can take.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("This must be valid text.") from None
    return text


def _visible(text: str) -> str:
    if problem := hidden_character_problem(text):
        raise ValueError(problem)
    return text


def _visible_or_line_breaks(text: str) -> str:
    if problem := hidden_character_problem(text, line_breaks=True):
        raise ValueError(problem)
    return text


# Every text field: valid Unicode, nothing invisible. A note may keep its line breaks.
Text = Annotated[StrictStr, AfterValidator(_encodable), AfterValidator(_visible)]
NoteText = Annotated[StrictStr, AfterValidator(_encodable), AfterValidator(_visible_or_line_breaks)]

TokenStatus = Literal["active", "revoked", "expired"]
# A moment as the server writes it: RFC 3339 in UTC ("2026-12-04T09:30:00Z").
Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"})]
SecretKind = Literal["current", "previous"]
OVERLAP_HOURS = (0, 1, 24, 72, 168)
StatusFilter = Literal["active", "revoked", "expired", "all"]


class SignInRequest(BaseModel):
    model_config = _STRICT
    email: Text = Field(max_length=254)  # the longest an address can be (RFC 5321)
    password: Text


class DeveloperSignInRequest(BaseModel):
    model_config = _STRICT
    username: Text = Field(description="The username the merchant set on the access token.")
    password: Text = Field(description="The password the merchant set on the access token.")


# The rules are checked by app.api.token_rules (the app's form uses them too, with the same
# sentences); the schema states them for readers and tools without enforcing them twice.
class CreateTokenRequest(BaseModel):
    model_config = _STRICT
    username: Text = Field(
        description="3-64 letters, digits, '.', '_' or '-'; unique among active tokens.",
        json_schema_extra={
            "pattern": f"^{USERNAME_PATTERN.pattern}$",
            "minLength": USERNAME_MIN,
            "maxLength": USERNAME_MAX,
        },
    )
    password: Text = Field(
        description="12-128 characters, not containing the username, and hard to guess: "
        "a zxcvbn score of at least 3 (the username and the store name count against it).",
        json_schema_extra={"minLength": PASSWORD_MIN, "maxLength": PASSWORD_MAX},
    )
    permissions: list[Text] = Field(
        description="Permission keys, at least one; a key given twice counts once.",
        json_schema_extra={
            "minItems": 1,
            "items": {"type": "string", "enum": list(PERMISSIONS)},
        },
    )
    expires_at: Text | None = Field(
        default=None,
        description="RFC 3339 time with a time zone, in the future and at most 366 days "
        "ahead; null for never.",
        json_schema_extra={"format": "date-time"},
    )
    note: NoteText | None = Field(
        default=None,
        description="At most 200 characters; no control characters but line breaks.",
        json_schema_extra={"maxLength": NOTE_MAX},
    )


_EXPIRES_AT_DESCRIPTION = (
    "RFC 3339 time with a time zone, in the future and at most 366 days ahead; null for never."
)
_NOTE_DESCRIPTION = "At most 200 characters; no control characters but line breaks."


class UpdateTokenRequest(BaseModel):
    """A change to a live token: a field left out stays as it is."""

    model_config = ConfigDict(strict=True, extra="forbid", json_schema_extra={"minProperties": 1})
    note: NoteText | None = Field(
        default=None, description=_NOTE_DESCRIPTION, json_schema_extra={"maxLength": NOTE_MAX}
    )
    expires_at: Text | None = Field(
        default=None,
        description=_EXPIRES_AT_DESCRIPTION,
        json_schema_extra={"format": "date-time"},
    )


def _overlap(hours: int) -> int:
    if hours not in OVERLAP_HOURS:
        raise ValueError("Use one of 0, 1, 24, 72 or 168 hours.")
    return hours


class RotateTokenRequest(BaseModel):
    model_config = _STRICT
    overlap_hours: Annotated[StrictInt, AfterValidator(_overlap)] = Field(
        description="How long the secret being replaced keeps working: 0 (it stops at once), "
        "1, 24, 72 or 168 hours.",
        json_schema_extra={"enum": list(OVERLAP_HOURS)},
    )


class LookupRequest(BaseModel):
    model_config = _STRICT
    token: Text = Field(
        description="An access token (a secret) pasted by the merchant.",
        json_schema_extra={"pattern": "^stp_[0-9A-Za-z]{36}$", "minLength": 40, "maxLength": 40},
    )


class FieldProblem(BaseModel):
    code: str = Field(
        description="What is wrong with the field: hidden_character, username_format, "
        "username_taken, password_length, password_has_username, password_guessable, "
        "permissions_missing, permissions_unknown, note_too_long, expiry_format, "
        "expiry_past, expiry_too_far, malformed_token, required, wrong_type, too_long, "
        "too_large, too_small, not_allowed, not_part_of_request, not_an_object, invalid. "
        "A later version may add codes: treat an unknown one as invalid and show the "
        "field's sentence from `fields`."
    )
    params: dict[str, str | int] = Field(
        description="The values the code's sentence needs: min and max (lengths), limit, "
        "days, character (U+202E), unknown and known (permissions), allowed, and advice "
        "(password_guessable: zxcvbn's English advice)."
    )


class ErrorDetail(BaseModel):
    code: str = Field(
        description="One of the error catalogue's codes (README). Kept an open string: a later "
        "version may add codes, and a client should treat an unknown one by its status."
    )
    message: str = Field(description="What went wrong and what to do, in one English sentence.")
    request_id: str | None = Field(
        default=None,
        description="The answer's `Request-Id` header: quote it when asking for help (absent "
        "only when the request was not well-formed HTTP).",
    )
    fields: dict[str, str] | None = Field(
        default=None, description="Each refused field's problem as one English sentence."
    )
    field_problems: dict[str, FieldProblem] | None = Field(
        default=None,
        description="The same problems as codes and values, for clients that say them in "
        "their user's language (since 1.5.0).",
    )


class ErrorBody(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class HealthUnavailable(BaseModel):
    """Health while the last write failed for its storage: the error says what is wrong."""

    status: Literal["storage_unavailable"]
    version: str
    error: ErrorDetail


class MerchantOut(BaseModel):
    id: str
    name: str
    email: str
    api_integration: StrictBool


class SessionOut(BaseModel):
    session_token: str
    expires_at: Timestamp
    merchant: MerchantOut


class Permission(BaseModel):
    key: str
    label: str
    description: str


class PermissionList(BaseModel):
    items: list[Permission]


class Rotation(BaseModel):
    previous_hint: str = Field(description="The last 4 characters of the previous secret.")
    previous_valid_until: Timestamp = Field(
        description="When the previous secret stops (or stopped)."
    )
    previous_last_used_at: Timestamp | None
    current_first_used_at: Timestamp | None


class AccessToken(BaseModel):
    id: str
    username: str
    permissions: list[str]
    status: TokenStatus
    created_at: Timestamp
    expires_at: Timestamp | None
    revoked_at: Timestamp | None
    last_used_at: Timestamp | None
    token_hint: str = Field(description="The last 4 characters of the token.")
    note: str | None
    rotation: Rotation | None = Field(
        description="The last rotation while the previous secret works and for 7 days after; "
        "null otherwise."
    )


class TokenMatch(AccessToken):
    matched: SecretKind = Field(description="Which of the token's secrets was given.")


class DailyActivity(BaseModel):
    date: str = Field(description="A UTC date.", json_schema_extra={"format": "date"})
    requests: int = Field(description="Data-plane calls and developer sign-ins.")
    errors: int = Field(description="Those answered with a status of 400 or above.")


class ApiCall(BaseModel):
    at: Timestamp
    method: str
    path: str = Field(description="The route, without its query string.")
    status: int
    ip: str
    user_agent: str = Field(
        description="At most 200 characters, control and bidi characters removed."
    )
    secret: SecretKind = Field(
        description="The secret used, directly or through the API session it opened, as "
        "it stands now: a call made before a rotation is the previous secret's."
    )


class Activity(BaseModel):
    daily: list[DailyActivity] = Field(description="One entry per day, oldest first.")
    recent: list[ApiCall] = Field(description="The last 100 calls, newest first.")


class AccessTokenPage(BaseModel):
    items: list[AccessToken]
    next_cursor: str | None


class CreatedToken(BaseModel):
    access_token: AccessToken
    token: str = Field(description="The secret. This is the only response that carries it.")


class TokenMerchant(BaseModel):
    name: str


class TokenSummary(BaseModel):
    id: str
    username: str
    permissions: list[str]
    expires_at: Timestamp | None


class ApiSessionOut(BaseModel):
    api_session: str = Field(
        description="Send it as `Authorization: Bearer <api session>` to the data plane."
    )
    expires_at: Timestamp = Field(
        description="One hour after sign-in, or when the access token expires if sooner."
    )
    token: TokenSummary


class TokenInfo(TokenSummary):
    merchant: TokenMerchant


Money = Annotated[
    str,
    Field(
        description="A decimal amount as a string, two decimals, in `currency` (never a float).",
        json_schema_extra={"pattern": "^[0-9]+\\.[0-9]{2}$", "examples": ["42.50"]},
    ),
]
Currency = Annotated[
    str, Field(description="ISO 4217 currency code.", json_schema_extra={"examples": ["USD"]})
]
NextCursor = Annotated[
    str | None,
    Field(description="Send it as `cursor` for the next page; null on the last page."),
]


class Product(BaseModel):
    id: str
    title: str
    vendor: str
    price: Money
    currency: Currency
    inventory: int = Field(description="Units in stock.")
    created_at: Timestamp


class OrderLine(BaseModel):
    product_id: str
    title: str
    vendor: str
    quantity: int
    unit_price: Money
    total: Money = Field(description="`unit_price` times `quantity`.")


OrderStatus = Literal["paid", "fulfilled", "partially_fulfilled", "refunded"]


class Order(BaseModel):
    id: str
    number: str = Field(description="The order number the store shows its customer.")
    created_at: Timestamp
    customer: str
    status: OrderStatus
    items: list[OrderLine]
    total: Money = Field(description="The sum of the lines' totals.")
    currency: Currency


class OrderPage(BaseModel):
    """Newest first."""

    items: list[Order]
    next_cursor: NextCursor


class ProductPage(BaseModel):
    """Oldest first."""

    items: list[Product]
    next_cursor: NextCursor
