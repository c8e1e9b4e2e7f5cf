"""A secret string that never shows itself in a repr, a log line or an exception."""

import re
from typing import NoReturn

from app.api.token_format import BASE62, PREFIX

REDACTED = "[redacted]"

# Access tokens (stp_...), merchant sessions (sts_...), developer API sessions (sta_...),
# a one-time link's key (its fragment), and whatever follows "Bearer "
# or an Authorization header name; the label is kept so a log still reads well.
_SECRET_PATTERNS = (
    (re.compile(r"(/hand-off/[^\s#/?\"']*#)[^\s\"',;)>]*"), rf"\g<1>{REDACTED}"),
    (re.compile(rf"{PREFIX}[{BASE62}]{{4,}}"), REDACTED),
    (re.compile(r"st[sa]_[A-Za-z0-9_\-]{4,}"), REDACTED),
    (re.compile(r"(?i)(bearer\s+)[^\s\"',;]+"), rf"\g<1>{REDACTED}"),
    (re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\"'\n,}]+"), rf"\g<1>{REDACTED}"),
)


def redact_secrets(text: str) -> str:
    """Replace anything that looks like a token or an Authorization value."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class Secret:
    """Holds a token or password; `reveal()` is the only way to read it.

    Its repr, str and format are redacted, it refuses to be pickled, and two
    secrets compare in constant time.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED})"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, _spec: str) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        import hmac  # rarely needed; kept off the start-up path

        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(Secret)  # equal secrets must hash alike, without hashing the value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("A Secret cannot be pickled or copied to disk.")
