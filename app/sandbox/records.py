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

    def status(self, now: int) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"

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
        }
