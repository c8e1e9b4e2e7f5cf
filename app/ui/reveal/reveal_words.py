"""What the show-once screen says: that it shows the secret once, and what the message holds."""

from app.ui.reveal.developer_message import Replaced
from app.ui.shared.formatting import local_time
from app.ui.shared.translation import fill, translate


def warning(*, rotated: bool, replaced: Replaced | None) -> str:
    """Shown once: copy it now (after a rotation, what the new token replaces)."""
    if not rotated:
        return translate(
            "reveal_words",
            "This is the only time the token is shown. Copy it now, with its password, "
            "and give both to your developer; you will not be able to see them again.",
        )
    once = translate(
        "reveal_words",
        "This is the only time the new token is shown. Copy it now and give it to your "
        "developer; the username and password stay the same.",
    )
    return once if replaced is None else f"{once} {_replaces(replaced)}"


def _replaces(replaced: Replaced) -> str:
    if replaced.works_until is None:
        gone = translate(
            "reveal_words",
            "It replaces the access token ending \u2026%1, which has stopped working.",
        )
        return fill(gone, replaced.hint)
    works = translate(
        "reveal_words",
        "It replaces the access token ending \u2026%1, which keeps working until %2.",
    )
    return fill(works, replaced.hint, local_time(replaced.works_until))


def link_first() -> str:
    return translate(
        "reveal_words",
        "Recommended: send a link that shows the token once, instead of the token itself. "
        "Nothing readable stays in your chat or email, and Details tells you when it was "
        "opened.",
    )


def message_contents(*, rotated: bool) -> str:
    if rotated:
        return translate(
            "reveal_words",
            "One message with everything they need to connect: the store, the token, the "
            "expiry date, the API address, and the commands that sign in and read your data.",
        )
    return translate(
        "reveal_words",
        "One message with everything they need to connect: the store, the username, the "
        "permissions, the expiry date, the API address, and the commands that sign in and "
        "read your data.",
    )


def send_password_apart() -> str:
    return translate(
        "reveal_words",
        "Safer left off: send the password another way, such as a phone call or a different "
        "app, so one lost message is not enough to get in.",
    )
