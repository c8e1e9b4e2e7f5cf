"""A token's activity: its data-plane calls and developer sign-ins, kept bounded per token.

Each call is kept twice: counted in its UTC day (the last 90 days are kept), and listed
among the token's last 100 calls. Developers choose their User-Agent, and the merchant
reads it: it is stored only once made safe to show.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.api.token_rules import without_hidden_characters
from app.sandbox.records import rfc3339

DAY_SECONDS = 24 * 3600
RECENT_KEPT = 100
DAYS_KEPT = 90
USER_AGENT_MAX = 200


def shown_user_agent(header: str | None) -> str:
    """A User-Agent as the merchant may see it: no control or bidi characters, 200 at most.

    Headers reach the server as Latin-1; one sent in UTF-8 is read as UTF-8 again.
    """
    if not header:
        return ""
    try:
        text = header.encode("latin-1").decode("utf-8", "replace")
    except UnicodeEncodeError:
        text = header
    return without_hidden_characters(text)[:USER_AGENT_MAX]


def utc_day(epoch_seconds: int) -> int:
    """The UTC date of a moment, as days since 1970-01-01."""
    return epoch_seconds // DAY_SECONDS


@dataclass(frozen=True)
class CallInfo:
    """A data-plane call or a developer sign-in as its route saw it, before the answer."""

    method: str
    path: str
    ip: str
    user_agent: str  # made safe by `shown_user_agent`


@dataclass(frozen=True)
class RecordedCall:
    """One call kept in a token's recent activity; `secret` is "current" or "previous"."""

    at: int
    call: CallInfo
    status: int
    secret: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": rfc3339(self.at),
            "method": self.call.method,
            "path": self.call.path,
            "status": self.status,
            "ip": self.call.ip,
            "user_agent": self.call.user_agent,
            "secret": self.secret,
        }


def activity_json(
    daily: Mapping[int, tuple[int, int]], recent: Sequence[RecordedCall], today: int, days: int
) -> dict[str, Any]:
    """`days` daily entries ending today, oldest first, zero days included; recent as kept."""
    entries = []
    for day in range(today - days + 1, today + 1):
        requests, errors = daily.get(day, (0, 0))
        date = datetime.fromtimestamp(day * DAY_SECONDS, UTC).date().isoformat()
        entries.append({"date": date, "requests": requests, "errors": errors})
    return {"daily": entries, "recent": [call.to_json() for call in recent]}
