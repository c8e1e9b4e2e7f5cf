"""Strong passwords for API users, and the form's own checks on top of the contract's rules."""

import secrets
import string
from datetime import datetime

from app.api.token_rules import MAX_LIFETIME_DAYS

GENERATED_LENGTH = 20
_LOOK_ALIKES = frozenset("0Oo1lI")
# Letters and digits a person can read aloud or copy by hand without mistaking one for another.
_LETTERS_AND_DIGITS = "".join(
    c for c in string.ascii_letters + string.digits if c not in _LOOK_ALIKES
)
_SYMBOLS = "-_.!@#%+="
ALPHABET = _LETTERS_AND_DIGITS + _SYMBOLS


def generate_password(length: int = GENERATED_LENGTH) -> str:
    """A random password with lower and upper case, digits and symbols, and no look-alikes.

    57 characters over 20 places is about 116 bits, far beyond zxcvbn's top score (4).
    """
    while True:
        password = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if (
            any(c.islower() for c in password)
            and any(c.isupper() for c in password)
            and any(c.isdigit() for c in password)
            and any(c in _SYMBOLS for c in password)
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
