"""Immutable typed results of the API, read from JSON with every field checked."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from app.api.fields import Fields
from app.api.secret import Secret


class TokenStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    EXPIRED = "expired"


_STATUSES = frozenset(TokenStatus)
_SECRETS = frozenset({"current", "previous"})


@dataclass(frozen=True)
class Merchant:
    id: str
    name: str
    email: str
    api_integration: bool

    @classmethod
    def from_json(cls, fields: Fields) -> "Merchant":
        return cls(
            id=fields.text("id"),
            name=fields.text("name"),
            email=fields.text("email"),
            api_integration=fields.flag("api_integration"),
        )


@dataclass(frozen=True)
class Session:
    """A merchant session; `expires_at` is None for one restored from the keychain."""

    token: Secret
    expires_at: datetime | None
    merchant: Merchant

    @classmethod
    def from_json(cls, fields: Fields) -> "Session":
        return cls(
            token=Secret(fields.text("session_token")),
            expires_at=fields.time("expires_at"),
            merchant=Merchant.from_json(fields.record("merchant")),
        )


@dataclass(frozen=True)
class Permission:
    key: str
    label: str
    description: str

    @classmethod
    def from_json(cls, fields: Fields) -> "Permission":
        return cls(fields.text("key"), fields.text("label"), fields.text("description"))


@dataclass(frozen=True)
class Rotation:
    """A token's last rotation, shown while its previous secret works and for 7 days after."""

    previous_hint: str
    previous_valid_until: datetime
    previous_last_used_at: datetime | None
    current_first_used_at: datetime | None

    @classmethod
    def from_json(cls, fields: Fields) -> "Rotation":
        return cls(
            previous_hint=fields.text("previous_hint"),
            previous_valid_until=fields.time("previous_valid_until"),
            previous_last_used_at=fields.optional_time("previous_last_used_at"),
            current_first_used_at=fields.optional_time("current_first_used_at"),
        )


@dataclass(frozen=True)
class AccessToken:
    id: str
    username: str
    permissions: tuple[str, ...]
    status: TokenStatus
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    token_hint: str
    note: str | None
    rotation: Rotation | None = None

    @classmethod
    def from_json(cls, fields: Fields) -> "AccessToken":
        rotation = fields.optional_record("rotation")
        return cls(
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
            rotation=None if rotation is None else Rotation.from_json(rotation),
        )


@dataclass(frozen=True)
class TokenMatch:
    """The token a pasted secret belongs to, and which of its secrets it is."""

    token: AccessToken
    matched: str  # "current" or "previous"

    @classmethod
    def from_json(cls, fields: Fields) -> "TokenMatch":
        return cls(AccessToken.from_json(fields), fields.choice("matched", _SECRETS))


@dataclass(frozen=True)
class DailyActivity:
    date: date  # a UTC date
    requests: int
    errors: int

    @classmethod
    def from_json(cls, fields: Fields) -> "DailyActivity":
        return cls(fields.day("date"), fields.number("requests"), fields.number("errors"))


@dataclass(frozen=True)
class ApiCall:
    """A data-plane call or developer sign-in made with a token."""

    at: datetime
    method: str
    path: str
    status: int
    ip: str
    user_agent: str
    secret: str  # "current" or "previous": the secret used, or that opened the API session

    @classmethod
    def from_json(cls, fields: Fields) -> "ApiCall":
        return cls(
            at=fields.time("at"),
            method=fields.text("method"),
            path=fields.text("path"),
            status=fields.number("status"),
            ip=fields.text("ip"),
            user_agent=fields.text("user_agent"),
            secret=fields.choice("secret", _SECRETS),
        )


@dataclass(frozen=True)
class Activity:
    daily: tuple[DailyActivity, ...]  # one per UTC day, oldest first
    recent: tuple[ApiCall, ...]  # newest first

    @classmethod
    def from_json(cls, fields: Fields) -> "Activity":
        return cls(
            tuple(DailyActivity.from_json(item) for item in fields.records("daily")),
            tuple(ApiCall.from_json(item) for item in fields.records("recent")),
        )


@dataclass(frozen=True)
class TokenPage:
    items: tuple[AccessToken, ...]
    next_cursor: str | None

    @classmethod
    def from_json(cls, fields: Fields) -> "TokenPage":
        items = tuple(AccessToken.from_json(item) for item in fields.records("items"))
        return cls(items, fields.optional_text("next_cursor"))


@dataclass(frozen=True)
class CreatedToken:
    """The only answer that carries the secret; show it once, then let it go."""

    access_token: AccessToken
    token: Secret

    @classmethod
    def from_json(cls, fields: Fields) -> "CreatedToken":
        return cls(
            AccessToken.from_json(fields.record("access_token")), Secret(fields.text("token"))
        )


@dataclass(frozen=True)
class TokenSummary:
    """What a developer's API session says about the access token that opened it."""

    id: str
    username: str
    permissions: tuple[str, ...]
    expires_at: datetime | None

    @classmethod
    def from_json(cls, fields: Fields) -> "TokenSummary":
        return cls(
            id=fields.text("id"),
            username=fields.text("username"),
            permissions=fields.texts("permissions"),
            expires_at=fields.optional_time("expires_at"),
        )


@dataclass(frozen=True)
class ApiSession:
    """A developer's API session: one hour of data-plane calls, never past its token."""

    session: Secret
    expires_at: datetime
    token: TokenSummary

    @classmethod
    def from_json(cls, fields: Fields) -> "ApiSession":
        return cls(
            session=Secret(fields.text("api_session")),
            expires_at=fields.time("expires_at"),
            token=TokenSummary.from_json(fields.record("token")),
        )


@dataclass(frozen=True)
class TokenInfo:
    token: TokenSummary
    merchant_name: str

    @classmethod
    def from_json(cls, fields: Fields) -> "TokenInfo":
        return cls(TokenSummary.from_json(fields), fields.record("merchant").text("name"))


@dataclass(frozen=True)
class NewToken:
    """What the merchant asks for when creating a token."""

    username: str
    password: Secret
    permissions: tuple[str, ...]
    expires_at: datetime | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The request's body; the password stays a Secret, revealed only as it is sent."""
        expires = None
        if self.expires_at is not None:
            expires = self.expires_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {
            "username": self.username,
            "password": self.password,
            "permissions": list(self.permissions),
            "expires_at": expires,
            "note": self.note,
        }
