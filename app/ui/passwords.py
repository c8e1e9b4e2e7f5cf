"""Strong passwords for API users, and the form's own checks on top of the contract's rules."""

import secrets
import string
from datetime import datetime

from app.api.token_rules import MAX_LIFETIME_DAYS

_ALPHABET = string.ascii_letters + string.digits + "-_.!@#%+="


def generate_password(length: int = 20) -> str:
    """A random password with letters, digits and symbols (about 120 bits at 20 characters)."""
    while True:
        password = "".join(secrets.choice(_ALPHABET) for _ in range(length))
        if (
            any(c.islower() for c in password)
            and any(c.isupper() for c in password)
            and any(c.isdigit() for c in password)
            and any(not c.isalnum() for c in password)
        ):
            return password


def expiry_problem(expires_at: datetime | None, now: datetime) -> str | None:
    if expires_at is None:
        return None
    if expires_at <= now:
        return "Choose a date in the future."
    if (expires_at - now).days >= MAX_LIFETIME_DAYS:
        return "Choose a date at most a year from today."
    return None
