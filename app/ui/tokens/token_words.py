"""The token table's words: its columns' headers, its cells' fixed words, and its sizing texts."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import IntEnum

from app.api.models import TokenStatus
from app.ui.shared.formatting import relative_time, status_words
from app.ui.shared.translation import translate


class Column(IntEnum):
    USERNAME = 0
    PERMISSIONS = 1
    CREATED = 2
    LAST_USED = 3
    EXPIRES = 4
    STATUS = 5
    TOKEN = 6
    NOTE = 7


# Each column's header; the lambdas run when a header is shown, in the language loaded then.
_HEADERS: dict[Column, Callable[[], str]] = {
    Column.USERNAME: lambda: translate("token_words", "Username"),
    Column.PERMISSIONS: lambda: translate("token_words", "Permissions"),
    Column.CREATED: lambda: translate("token_words", "Created"),
    Column.LAST_USED: lambda: translate("token_words", "Last used"),
    Column.EXPIRES: lambda: translate("token_words", "Expires"),
    Column.STATUS: lambda: translate("token_words", "Status"),
    Column.TOKEN: lambda: translate("token_words", "Token"),
    Column.NOTE: lambda: translate("token_words", "Note"),
}


def header(column: Column) -> str:
    """A column's header, in the merchant's language."""
    return _HEADERS[column]()


def sizing_texts() -> dict[Column, tuple[str, str, int, int]]:
    """Column widths come from texts a column shows, in the current font and language: the
    text it shows comfortably, the least it may shrink to, which columns give up width first
    when the window is narrow (lower first: the username, by which merchants know a token,
    last), and how they share spare width when it is wide."""
    now = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)

    def moment(**offset: float) -> str:
        return relative_time(now + timedelta(**offset), now)

    switching = status_words(TokenStatus.ACTIVE, switching=True)
    return {  # a permission is named in the server's words, in any language
        Column.PERMISSIONS: ("Product API Access", "Order API", 1, 2),  # the tooltip has all
        Column.CREATED: (
            moment(days=-330),
            moment(minutes=-59),
            2,
            1,
        ),  # never cut: "59 minutes ago"
        Column.LAST_USED: (moment(minutes=-59), moment(minutes=-59), 2, 1),
        Column.EXPIRES: (f"\u26a0 {moment(days=330)}", f"\u26a0 {moment(days=5)}", 2, 1),
        Column.STATUS: (switching, status_words(TokenStatus.REVOKED), 3, 1),
        Column.TOKEN: ("\u2026 WWWW", "\u2026 WWWW", 2, 0),
    }
