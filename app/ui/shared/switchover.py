"""Reading a rotation's overlap: has the developer switched to the new token yet?"""

from datetime import datetime, timedelta

from app.api.models import AccessToken, Rotation, TokenStatus
from app.ui.shared.formatting import local_clock_time
from app.ui.shared.translation import fill, translate

LAST_HOUR = timedelta(hours=1)


def overlap_running(rotation: Rotation | None, now: datetime) -> bool:
    return rotation is not None and rotation.previous_valid_until > now


def old_token_works(token: AccessToken, now: datetime) -> bool:
    """The server says the old secret of this live token still works: it can be stopped now."""
    return token.status is TokenStatus.ACTIVE and overlap_running(token.rotation, now)


def moment_phrase(moment: datetime, now: datetime) -> str:
    """A moment said as a phrase a sentence can hold: 'today at 10:32', 'on 3 Dec at 9:00'."""
    from PySide6.QtCore import QDate, QLocale

    local, today = moment.astimezone(), now.astimezone().date()
    clock = local_clock_time(moment)
    if local.date() == today:
        return fill(translate("switchover", "today at %1", "a moment in a sentence"), clock)
    if local.date() == today - timedelta(days=1):
        return fill(translate("switchover", "yesterday at %1", "a moment in a sentence"), clock)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
    return fill(translate("switchover", "on %1 at %2", "a moment in a sentence"), day, clock)


def _use_so_far(rotation: Rotation, now: datetime) -> str:
    new = rotation.current_first_used_at
    old = rotation.previous_last_used_at
    if new is None and old is None:
        return translate(
            "switchover",
            "The new token has not been used yet; the old one has not been used since the "
            "rotation.",
        )
    if new is None:
        assert old is not None
        return fill(
            translate(
                "switchover",
                "The new token has not been used yet; the old one was last used %1.",
            ),
            moment_phrase(old, now),
        )
    if old is None:
        return fill(
            translate(
                "switchover",
                "The new token was first used %1; the old one has not been used since the "
                "rotation.",
            ),
            moment_phrase(new, now),
        )
    return fill(
        translate("switchover", "The new token was first used %1; the old one was last used %2."),
        moment_phrase(new, now),
        moment_phrase(old, now),
    )


def switchover_sentence(rotation: Rotation, now: datetime) -> str:
    """What the activity shows, in words, while the old and the new token both work."""
    ends = fill(
        translate("switchover", "The old one stops working %1."),
        moment_phrase(rotation.previous_valid_until, now),
    )
    return f"{_use_so_far(rotation, now)} {ends}"


def has_switched(token: AccessToken, now: datetime) -> bool:
    """The new secret is in use and the old one, still working, has not been used since."""
    rotation = token.rotation
    if token.status is not TokenStatus.ACTIVE or rotation is None:
        return False
    if not overlap_running(rotation, now) or rotation.current_first_used_at is None:
        return False
    old = rotation.previous_last_used_at
    return old is None or old <= rotation.current_first_used_at


def old_token_about_to_break(token: AccessToken, now: datetime) -> bool:
    """Under an hour of overlap left, and the old secret was still used in the last hour."""
    rotation = token.rotation
    if token.status is not TokenStatus.ACTIVE or not overlap_running(rotation, now):
        return False
    assert rotation is not None
    old = rotation.previous_last_used_at
    left = rotation.previous_valid_until - now
    return left <= LAST_HOUR and old is not None and now - old <= LAST_HOUR
