"""Checks of request parts the sandbox reads itself: the expiry text and the Idempotency-Key."""

import re
from datetime import datetime

from app.api.token_rules import MAX_LIFETIME_DAYS, FieldIssue

MAX_LIFETIME_SECONDS = MAX_LIFETIME_DAYS * 24 * 3600
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")
# RFC 3339's date-time, as written: a time zone, seconds, optional fractions.
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)


def parse_expiry(text: str | None, now: int) -> tuple[int | None, FieldIssue | None]:
    """Return the expiry as epoch seconds, or what is wrong with it."""
    if text is None:
        return None, None
    moment = None
    if _RFC3339.fullmatch(text):
        try:
            moment = datetime.fromisoformat(text.upper())
        except ValueError:  # a month 13, a day 32
            moment = None
    if moment is None:
        return None, FieldIssue(
            "expiry_format", "Give a date and time with a time zone, like 2027-01-31T23:59:59Z."
        )
    expires = int(moment.timestamp())
    if expires <= now:
        return None, FieldIssue("expiry_past", "The expiry date must be in the future.")
    if expires - now > MAX_LIFETIME_SECONDS:
        return None, FieldIssue(
            "expiry_too_far",
            f"The expiry date can be at most {MAX_LIFETIME_DAYS} days from now.",
            {"days": MAX_LIFETIME_DAYS},
        )
    return expires, None


def idempotency_key_problem(key: str) -> str | None:
    if _IDEMPOTENCY_KEY.fullmatch(key):
        return None
    return "Use 1 to 255 visible ASCII characters."
