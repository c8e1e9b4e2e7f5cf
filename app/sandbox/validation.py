"""The rules a new access token must meet, each broken rule named by its field."""

import re
from datetime import datetime

from app.sandbox.records import PERMISSIONS

USERNAME_PATTERN = re.compile(r"[A-Za-z0-9._-]{3,64}")
PASSWORD_MIN, PASSWORD_MAX = 12, 128
NOTE_MAX = 200
MAX_LIFETIME_SECONDS = 366 * 24 * 3600
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")


def username_problem(username: str) -> str | None:
    if USERNAME_PATTERN.fullmatch(username):
        return None
    return "Use 3 to 64 letters, digits, dots (.), underscores (_) or hyphens (-)."


def password_problem(password: str, username: str) -> str | None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters."
    if len(username) >= 3 and username.lower() in password.lower():
        return "The password must not contain the username."
    return None


def permissions_problem(permissions: list[str]) -> str | None:
    if not permissions:
        return "Choose at least one permission."
    unknown = sorted(set(permissions) - PERMISSIONS.keys())
    if unknown:
        known = ", ".join(PERMISSIONS)
        return f"Unknown permission {', '.join(unknown)}; choose from {known}."
    return None


def parse_expiry(text: str | None, now: int) -> tuple[int | None, str | None]:
    """Return the expiry as epoch seconds, or a message saying what is wrong with it."""
    if text is None:
        return None, None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or "T" not in text.upper():
        return None, "Give a date and time with a time zone, like 2027-01-31T23:59:59Z."
    expires = int(moment.timestamp())
    if expires <= now:
        return None, "The expiry date must be in the future."
    if expires - now > MAX_LIFETIME_SECONDS:
        return None, "The expiry date can be at most 366 days from now."
    return expires, None


def note_problem(note: str | None) -> str | None:
    if note is not None and len(note) > NOTE_MAX:
        return f"Keep the note to {NOTE_MAX} characters or fewer."
    return None


def idempotency_key_problem(key: str) -> str | None:
    if _IDEMPOTENCY_KEY.fullmatch(key):
        return None
    return "Use 1 to 255 visible ASCII characters."
