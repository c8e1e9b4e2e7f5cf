"""Words for times and permissions, the way a merchant would say them."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from app.api.contract import PERMISSION_WORDS
from app.api.models import TokenStatus
from app.ui.shared.translation import fill, tr, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale


def _years(count: int, future: bool) -> str:
    if future:
        return tr("in %n years", "", count)
    return tr("%n years ago", "", count)


def _months(count: int, future: bool) -> str:
    if future:
        return tr("in %n months", "", count)
    return tr("%n months ago", "", count)


def _weeks(count: int, future: bool) -> str:
    if future:
        return tr("in %n weeks", "", count)
    return tr("%n weeks ago", "", count)


def _days(count: int, future: bool) -> str:
    if future:
        return tr("in %n days", "", count)
    return tr("%n days ago", "", count)


def _hours(count: int, future: bool) -> str:
    if future:
        return tr("in %n hours", "", count)
    return tr("%n hours ago", "", count)


def _minutes(count: int, future: bool) -> str:
    if future:
        return tr("in %n minutes", "", count)
    return tr("%n minutes ago", "", count)


_UNITS = (
    (365 * 86400, _years),
    (30 * 86400, _months),
    (7 * 86400, _weeks),
    (86400, _days),
    (3600, _hours),
    (60, _minutes),
)


def relative_time(moment: datetime, now: datetime) -> str:
    """'3 days ago', 'in 5 days', 'just now'."""
    seconds = (moment - now).total_seconds()
    distance = abs(seconds)
    if distance < 60:
        return translate("formatting", "just now")
    for size, words in _UNITS:
        if distance >= size:
            count = int(distance // size)
            if words is _days:  # days as the calendar counts them, so "in 5 days" is Thursday
                count = abs((moment.astimezone().date() - now.astimezone().date()).days)
            return words(count, seconds > 0)
    raise AssertionError("unreachable")  # pragma: no cover


def permission_names(keys: Iterable[str], labels: Mapping[str, str] = PERMISSION_WORDS) -> str:
    """'Order API Access, Product API Access' for ('orders', 'products').

    The server's words first (they name the permission the way the dashboard does, so they
    stay as they are); the dashboard's while they have not come yet."""
    return ", ".join(labels.get(key) or PERMISSION_WORDS.get(key, key.title()) for key in keys)


def never() -> str:
    """What a date says when there is none: never used, never expires."""
    return translate("formatting", "Never")


def status_words(status: TokenStatus, *, switching: bool = False) -> str:
    """A token's status in a word (`switching`: the old and the new secret both work)."""
    if status is TokenStatus.ACTIVE:
        if switching:
            return translate("formatting", "Active, switching")
        return translate("formatting", "Active")
    if status is TokenStatus.REVOKED:
        return translate("formatting", "Revoked")
    return translate("formatting", "Expired")


def listed(items: list[str]) -> str:
    """'a, b and c', joined as the language joins a list (its translators say how)."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:-1]:
        joined = fill(translate("formatting", "%1, %2", "the start of a list: a, b"), joined, item)
    if len(items) == 1:
        return joined
    return fill(
        translate("formatting", "%1 and %2", "the end of a list: a and b"), joined, items[-1]
    )


def local_time(moment: datetime) -> str:
    """The full date and the time, as this computer's language and region write them
    ("Thursday, 3 December 2026 16:04"): one style for Details, tooltips and messages."""
    from PySide6.QtCore import QDateTime, QLocale

    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    date = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(stamp, f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def local_clock_time(moment: datetime) -> str:
    """The time of day only, as this computer writes it ("10:32")."""
    from PySide6.QtCore import QDateTime, QLocale

    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)


def short_local_time(moment: datetime) -> str:
    """Date and time in this computer's short form ("28/11/2026 10:32"), for tables."""
    from PySide6.QtCore import QDateTime, QLocale

    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(stamp, f"{date_format(locale)} {time_format}")


def date_format(locale: "QLocale") -> str:
    """How this computer's language and region write a date, with the whole year.

    12/28/2026 (en_US), 28.12.2026 (de_DE). Without a region (the C locale) Qt's short date
    is "28 12 2026", so there the month is named instead: 28 Dec 2026.
    """
    from PySide6.QtCore import QLocale

    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
