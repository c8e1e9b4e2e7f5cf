"""Strong passwords for API users, and the form's own checks on top of the contract's rules."""

import secrets
import string
from datetime import datetime

from app.api.token_rules import MAX_LIFETIME_DAYS
from app.ui.shared.translation import translate

_LOOK_ALIKES = frozenset("0Oo1lI")
# Letters and digits a person can read aloud or copy by hand without mistaking one for another:
# a generated password may well be passed on by phone, as the show-once screen suggests.
ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in _LOOK_ALIKES)
GROUPS, GROUP_LENGTH = 5, 4


def generate_password() -> str:
    """20 random characters in groups of four, like `Kp7w-Xm3q-9dZe-Tr4u-Hb8n`.

    56 characters over 20 places is about 116 bits, far beyond zxcvbn's top score (4); the
    hyphens only make it easier to read out.
    """
    while True:
        characters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
        if (
            any(c.islower() for c in characters)
            and any(c.isupper() for c in characters)
            and any(c.isdigit() for c in characters)
        ):
            groups = [characters[i : i + GROUP_LENGTH] for i in range(0, len(characters), 4)]
            return "-".join(groups)


PAST, TOO_FAR = "past", "too_far"  # what expiry_issue finds wrong with a date


def expiry_issue(expires_at: datetime | None, now: datetime) -> str | None:
    """PAST, TOO_FAR (the contract keeps a token at most a year), or None."""
    if expires_at is None:
        return None
    if expires_at <= now:
        return PAST
    if (expires_at - now).days >= MAX_LIFETIME_DAYS:
        return TOO_FAR
    return None


def expiry_problem(expires_at: datetime | None, now: datetime) -> str | None:
    issue = expiry_issue(expires_at, now)
    return None if issue is None else expiry_words(issue)


def expiry_words(issue: str) -> str:
    if issue == PAST:
        return translate("passwords", "Choose a date in the future.")
    return translate("passwords", "Choose a date at most a year from today.")
