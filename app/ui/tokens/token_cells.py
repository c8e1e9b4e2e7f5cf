"""What the token table's cells say and how they sort: words for a token's facts."""

import re
from datetime import datetime, timedelta
from typing import Any

from app.api.models import AccessToken, TokenStatus
from app.ui.shared.formatting import (
    local_time,
    never,
    permission_names,
    relative_time,
    status_words,
)
from app.ui.shared.switchover import overlap_running, switchover_sentence
from app.ui.shared.translation import fill, translate
from app.ui.tokens.token_words import Column

EXPIRING_SOON = timedelta(days=7)
_STATUS_ORDER = {TokenStatus.ACTIVE: 0, TokenStatus.EXPIRED: 1, TokenStatus.REVOKED: 2}
_FAR_FUTURE = 1e12  # "Never" sorts after every real expiry


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A key that sorts "a2" before "A10": case ignored, numbers by their value."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def expires_soon(token: AccessToken, now: datetime) -> bool:
    return (
        token.status is TokenStatus.ACTIVE
        and token.expires_at is not None
        and token.expires_at - now <= EXPIRING_SOON
    )


def cell_text(token: AccessToken, column: Column, now: datetime) -> str:
    """What a cell shows."""
    if column is Column.USERNAME:
        return token.username
    if column is Column.PERMISSIONS:
        return permission_names(token.permissions)
    if column is Column.CREATED:
        return relative_time(token.created_at, now)
    if column is Column.LAST_USED:
        return never() if token.last_used_at is None else relative_time(token.last_used_at, now)
    if column is Column.EXPIRES:
        return never() if token.expires_at is None else relative_time(token.expires_at, now)
    if column is Column.STATUS:
        return status_words(token.status, switching=overlap_running(token.rotation, now))
    if column is Column.NOTE:
        return token.note or ""
    return f"\u2026 {token.token_hint}"


def sort_key(token: AccessToken, column: Column) -> Any:
    """A value to sort a column by: raw, not the words shown."""
    if column is Column.USERNAME:
        return token.username.casefold()
    if column is Column.PERMISSIONS:
        return ",".join(token.permissions)
    if column is Column.STATUS:
        return _STATUS_ORDER[token.status]
    if column is Column.TOKEN:
        return _natural(token.token_hint)
    if column is Column.NOTE:
        return (token.note or "").casefold()
    moment = {
        Column.CREATED: token.created_at,
        Column.LAST_USED: token.last_used_at,
        Column.EXPIRES: token.expires_at,
    }[column]
    if moment is None:
        return _FAR_FUTURE if column is Column.EXPIRES else 0.0
    return moment.timestamp()


def cell_tooltip(token: AccessToken, column: Column, now: datetime) -> str | None:
    """What a cell's tooltip says: the whole, or the exact time, of what the cell shortens."""
    moments = {
        Column.CREATED: token.created_at,
        Column.LAST_USED: token.last_used_at,
        Column.EXPIRES: token.expires_at,
    }
    if column is Column.USERNAME and token.note:
        return token.note
    if column is Column.PERMISSIONS:
        return permission_names(token.permissions)  # whole, where the cell is cut
    if column is Column.EXPIRES and expires_soon(token, now):
        assert token.expires_at is not None
        return fill(translate("TokenTableModel", "Expires soon: %1"), local_time(token.expires_at))
    if column is Column.STATUS and token.revoked_at is not None:
        return fill(translate("TokenTableModel", "Revoked %1"), local_time(token.revoked_at))
    if column is Column.STATUS and token.rotation and overlap_running(token.rotation, now):
        return switchover_sentence(token.rotation, now)
    if column is Column.TOKEN:
        return translate(
            "TokenTableModel",
            "Only the last characters are shown; the full token was shown once.",
        )
    moment = moments.get(column)
    return None if moment is None else local_time(moment)
