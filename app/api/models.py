"""Immutable typed results of the API (wire.py reads them from the contract's JSON)."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.api.secret import Secret


class TokenStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Merchant:
    id: str
    name: str
    email: str
    api_integration: bool


@dataclass(frozen=True)
class Session:
    """A merchant session; `expires_at` is None for one restored from the keychain."""

    token: Secret
    expires_at: datetime | None
    merchant: Merchant


@dataclass(frozen=True)
class Permission:
    key: str
    label: str
    description: str


@dataclass(frozen=True)
class Rotation:
    """A token's last rotation, shown while its previous secret works and for 7 days after."""

    previous_hint: str
    previous_valid_until: datetime
    previous_last_used_at: datetime | None
    current_first_used_at: datetime | None


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


@dataclass(frozen=True)
class TokenMatch:
    """The token a pasted secret belongs to, and which of its secrets it is."""

    token: AccessToken
    matched: str  # "current" or "previous"


@dataclass(frozen=True)
class DailyActivity:
    date: date  # a UTC date
    requests: int
    errors: int


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


@dataclass(frozen=True)
class Activity:
    daily: tuple[DailyActivity, ...]  # one per UTC day, oldest first
    recent: tuple[ApiCall, ...]  # newest first


@dataclass(frozen=True)
class TokenPage:
    items: tuple[AccessToken, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class TokensNow:
    """The tokens as the server has them now, and its tag for them (conditional_requests);
    `tokens` None: nothing changed since the tag the client sent."""

    tokens: tuple[AccessToken, ...] | None
    etag: str | None


@dataclass(frozen=True)
class CreatedToken:
    """The only answer that carries the secret; show it once, then let it go."""

    access_token: AccessToken
    token: Secret


@dataclass(frozen=True)
class TokenSummary:
    """What a developer's API session says about the access token that opened it."""

    id: str
    username: str
    permissions: tuple[str, ...]
    expires_at: datetime | None


@dataclass(frozen=True)
class ApiSession:
    """A developer's API session: one hour of data-plane calls, never past its token."""

    session: Secret
    expires_at: datetime
    token: TokenSummary


@dataclass(frozen=True)
class TokenInfo:
    token: TokenSummary
    merchant_name: str


@dataclass(frozen=True)
class NewToken:
    """What the merchant asks for when creating a token."""

    username: str
    password: Secret
    permissions: tuple[str, ...]
    expires_at: datetime | None = None
    note: str | None = None
