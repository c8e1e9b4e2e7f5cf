"""The contract's JSON, read into the API's typed results and written from its requests.

Every field is checked as it is read (app/api/fields.py); the results in models.py know
nothing of JSON, so another backend can build them from its own answers."""

from datetime import UTC
from typing import Any

from app.api import token_format
from app.api.capabilities import KNOWN_FEATURES, Capabilities
from app.api.fields import Fields
from app.api.models import (
    AccessToken,
    Activity,
    ApiCall,
    ApiSession,
    CreatedToken,
    DailyActivity,
    Merchant,
    NewToken,
    Permission,
    Rotation,
    Session,
    TokenInfo,
    TokenMatch,
    TokenPage,
    TokenStatus,
    TokenSummary,
)
from app.api.secret import Secret

_STATUSES = frozenset(TokenStatus)
_SECRETS = frozenset({"current", "previous"})


def merchant(fields: Fields) -> Merchant:
    return Merchant(
        id=fields.text("id"),
        name=fields.text("name"),
        email=fields.text("email"),
        api_integration=fields.flag("api_integration"),
    )


def session(fields: Fields) -> Session:
    return Session(
        token=Secret(fields.text("session_token")),
        expires_at=fields.time("expires_at"),
        merchant=merchant(fields.record("merchant")),
    )


def permission(fields: Fields) -> Permission:
    return Permission(fields.text("key"), fields.text("label"), fields.text("description"))


def rotation(fields: Fields) -> Rotation:
    return Rotation(
        previous_hint=fields.text("previous_hint"),
        previous_valid_until=fields.time("previous_valid_until"),
        previous_last_used_at=fields.optional_time("previous_last_used_at"),
        current_first_used_at=fields.optional_time("current_first_used_at"),
    )


def access_token(fields: Fields) -> AccessToken:
    rotated = fields.optional_record("rotation")
    return AccessToken(
        id=fields.text("id"),
        username=fields.text("username"),
        permissions=fields.texts("permissions"),
        status=TokenStatus(fields.choice("status", _STATUSES)),
        created_at=fields.time("created_at"),
        expires_at=fields.optional_time("expires_at"),
        revoked_at=fields.optional_time("revoked_at"),
        last_used_at=fields.optional_time("last_used_at"),
        token_hint=fields.text("token_hint"),
        note=fields.optional_text("note"),
        rotation=None if rotated is None else rotation(rotated),
    )


def token_match(fields: Fields) -> TokenMatch:
    return TokenMatch(access_token(fields), fields.choice("matched", _SECRETS))


def daily_activity(fields: Fields) -> DailyActivity:
    return DailyActivity(fields.day("date"), fields.number("requests"), fields.number("errors"))


def api_call(fields: Fields) -> ApiCall:
    return ApiCall(
        at=fields.time("at"),
        method=fields.text("method"),
        path=fields.text("path"),
        status=fields.number("status"),
        ip=fields.text("ip"),
        user_agent=fields.text("user_agent"),
        secret=fields.choice("secret", _SECRETS),
    )


def activity(fields: Fields) -> Activity:
    return Activity(
        tuple(daily_activity(item) for item in fields.records("daily")),
        tuple(api_call(item) for item in fields.records("recent")),
    )


def token_page(fields: Fields) -> TokenPage:
    items = tuple(access_token(item) for item in fields.records("items"))
    return TokenPage(items, fields.optional_text("next_cursor"))


def created_token(fields: Fields) -> CreatedToken:
    return CreatedToken(access_token(fields.record("access_token")), Secret(fields.text("token")))


def token_summary(fields: Fields) -> TokenSummary:
    return TokenSummary(
        id=fields.text("id"),
        username=fields.text("username"),
        permissions=fields.texts("permissions"),
        expires_at=fields.optional_time("expires_at"),
    )


def api_session(fields: Fields) -> ApiSession:
    return ApiSession(
        session=Secret(fields.text("api_session")),
        expires_at=fields.time("expires_at"),
        token=token_summary(fields.record("token")),
    )


def token_info(fields: Fields) -> TokenInfo:
    return TokenInfo(token_summary(fields), fields.record("merchant").text("name"))


def new_token_body(new: NewToken) -> dict[str, Any]:
    """The request's body; the password stays a Secret, revealed only as it is sent."""
    expires = None
    if new.expires_at is not None:
        expires = new.expires_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "username": new.username,
        "password": new.password,
        "permissions": list(new.permissions),
        "expires_at": expires,
        "note": new.note,
    }


def capabilities(fields: Fields) -> Capabilities:
    token = fields.record("token_format")
    kind = token.choice("kind", frozenset({"checksummed", "opaque"}))
    # Checked offline only where the server's format is exactly the one this app knows.
    checked = (
        kind == "checksummed"
        and token.optional_text("prefix") == token_format.PREFIX
        and token.raw.get("length") == token_format.TOKEN_LENGTH
    )
    policy = fields.record("password_policy")
    return Capabilities(
        contract_version=fields.text("contract_version"),
        features=frozenset(fields.texts("features")) & KNOWN_FEATURES,
        checked_token_format=checked,
        password_min_length=policy.number("min_length"),
        password_max_length=policy.number("max_length"),
        password_strength_checked=policy.flag("strength_checked"),
    )
