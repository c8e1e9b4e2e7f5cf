"""Rows of the sandbox database as immutable values, and their JSON form."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

PERMISSIONS: dict[str, tuple[str, str]] = {
    "orders": (
        "Order API Access",
        "Read the orders placed in your store, with their items, customers and status.",
    ),
    "products": (
        "Product API Access",
        "Read the products in your catalogue, with their vendors, prices and stock.",
    ),
}


# How long a token's record still shows its last rotation once the previous secret has stopped.
ROTATION_SHOWN_SECONDS = 7 * 24 * 3600
CURRENT, PREVIOUS = "current", "previous"


def rfc3339(epoch_seconds: int | None) -> str | None:
    """Format a stored time as RFC 3339 in UTC, or None."""
    if epoch_seconds is None:
        return None
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Merchant:
    id: str
    name: str
    email: str
    api_integration: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "api_integration": self.api_integration,
        }


@dataclass(frozen=True)
class TokenRecord:
    seq: int
    id: str
    merchant_id: str
    username: str
    permissions: tuple[str, ...]
    token_hint: str
    note: str | None
    created_at: int
    expires_at: int | None
    revoked_at: int | None
    last_used_at: int | None
    # The last rotation: the secret it replaced, until when that one works, and which was
    # used when. None on a token never rotated.
    previous_hint: str | None = None
    previous_valid_until: int | None = None
    previous_last_used_at: int | None = None
    current_first_used_at: int | None = None

    def status(self, now: int) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"

    def previous_works(self, now: int) -> bool:
        """Whether the previous secret still opens the token: its overlap runs, the token lives."""
        return (
            self.previous_valid_until is not None
            and now < self.previous_valid_until
            and self.status(now) == "active"
        )

    def works_with(self, secret: str, now: int) -> bool:
        """Whether the token opens now with its "current" or its "previous" secret."""
        if secret == CURRENT:
            return self.status(now) == "active"
        return self.previous_works(now)

    def rotation_json(self, now: int) -> dict[str, Any] | None:
        """The last rotation while its overlap runs and for 7 days after; otherwise None."""
        until = self.previous_valid_until
        if self.previous_hint is None or until is None or now >= until + ROTATION_SHOWN_SECONDS:
            return None
        return {
            "previous_hint": self.previous_hint,
            "previous_valid_until": rfc3339(until),
            "previous_last_used_at": rfc3339(self.previous_last_used_at),
            "current_first_used_at": rfc3339(self.current_first_used_at),
        }

    def to_json(self, now: int) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "permissions": list(self.permissions),
            "status": self.status(now),
            "created_at": rfc3339(self.created_at),
            "expires_at": rfc3339(self.expires_at),
            "revoked_at": rfc3339(self.revoked_at),
            "last_used_at": rfc3339(self.last_used_at),
            "token_hint": self.token_hint,
            "note": self.note,
            "rotation": self.rotation_json(now),
        }
