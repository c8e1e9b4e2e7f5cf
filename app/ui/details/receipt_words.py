"""A one-time link's receipt in words: sent and waiting, opened (when, where, which browser),
expired unopened or withdrawn, and how many wrong keys were tried."""

import re
from datetime import datetime, timedelta

from app.api.hand_off_calls import HandOffReceipt
from app.ui.shared.formatting import local_clock_time
from app.ui.shared.switchover import moment_phrase
from app.ui.shared.translation import fill, tr, translate

# Most specific first: Edge and Opera say "Chrome" too, Chrome says "Safari".
_BROWSERS = (
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
    ("curl/", "curl"),
    ("python", "Python"),
)
_SYSTEMS = (
    ("Windows", "Windows"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)
_LONGEST_SHOWN = 60


def browser_words(user_agent: str | None) -> str | None:
    """'Firefox on Windows', from a User-Agent; the start of it when it names neither."""
    if not user_agent:
        return None
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), None)
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), None)
    if browser and system:
        return fill(
            translate("receipt_words", "%1 on %2", "a browser on a system"), browser, system
        )
    if browser or system:
        return browser or system
    return re.sub(r"\s+", " ", user_agent)[:_LONGEST_SHOWN]


def receipt_sentence(receipt: HandOffReceipt, now: datetime) -> str:
    """What became of one link, in one sentence (and the wrong keys, if any)."""
    said = _status_sentence(receipt, now)
    if receipt.wrong_keys:
        wrong = tr("%n wrong keys were tried.", "", receipt.wrong_keys)
        said = fill(translate("receipt_words", "%1 %2", "a sentence, then another"), said, wrong)
    return said


def _status_sentence(receipt: HandOffReceipt, now: datetime) -> str:
    sent = moment_phrase(receipt.created_at, now)
    if receipt.status == "opened" and receipt.opened_at is not None:
        return _opened(receipt, now)
    if receipt.status == "expired":
        said = translate("receipt_words", "Link sent %1 expired unopened.")
        return fill(said, sent)
    if receipt.status == "withdrawn":
        said = translate("receipt_words", "Link sent %1 was withdrawn.")
        return fill(said, sent)
    said = translate("receipt_words", "Link sent %1, not opened yet; it works until %2.")
    return fill(said, sent, _until(receipt.expires_at, now))


def _until(moment: datetime, now: datetime) -> str:
    """The end of a link's time as "until" takes it: 'today at 11:12', 'tomorrow at 9:00',
    '7 Dec at 9:00'."""
    from PySide6.QtCore import QDate, QLocale

    local, today = moment.astimezone(), now.astimezone().date()
    clock = local_clock_time(moment)
    if local.date() == today:
        return fill(translate("receipt_words", "today at %1", "after 'until'"), clock)
    if local.date() == today + timedelta(days=1):
        return fill(translate("receipt_words", "tomorrow at %1", "after 'until'"), clock)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
    return fill(translate("receipt_words", "%1 at %2", "after 'until': a day, a time"), day, clock)


def _opened(receipt: HandOffReceipt, now: datetime) -> str:
    assert receipt.opened_at is not None
    when = moment_phrase(receipt.opened_at, now)
    browser = browser_words(receipt.opened_with)
    where = receipt.opened_from
    if where and browser:
        said = translate("receipt_words", "Opened %1 from %2 (%3).")
        return fill(said, when, where, browser)
    if where or browser:
        said = translate("receipt_words", "Opened %1 from %2.")
        return fill(said, when, where or browser or "")
    return fill(translate("receipt_words", "Opened %1."), when)
