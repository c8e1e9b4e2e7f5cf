"""What a one-time link carries (sealed) and the short message that gives it: no secret in
the message, only the link, what it is, how long it works and that it opens once."""

from datetime import UTC, datetime
from typing import Any

from app.api.hand_off_calls import SentHandOff
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.ui.reveal.developer_message import HandOff, how_to_connect, merchant_lines


def link_contents(
    created: CreatedToken, password: Secret | None, hand_off: HandOff, *, include_password: bool
) -> dict[str, Any]:
    """What the developer's page shows: the token, the password only if the merchant chose
    (never known after a rotation), and how to connect; the merchant's own lines too."""
    access = created.access_token
    labels = hand_off.permission_labels
    lines = merchant_lines(hand_off)
    if password is None:
        lines += "\n\nThe password is the same as before (it did not change)."
    elif not include_password:
        lines += "\n\nI will send you the password separately, another way."
    contents: dict[str, Any] = {
        "token": created.token.reveal(),
        "username": access.username,
        "store": hand_off.store_name,
        "permissions": [labels.get(key, key) for key in access.permissions],
        "expires_at": _moment(access.expires_at),
        "api": hand_off.api_base_url,
        "message": lines,
        "connect": how_to_connect(created, hand_off),
    }
    if password is not None and include_password:
        contents["password"] = password.reveal()
    return contents


def link_message(sent: SentHandOff, hand_off: HandOff, *, with_password: bool) -> Secret:
    """The message to paste into a chat or an email: the merchant's lines in the merchant's
    language, the rest in English for the developer, as the developer message is."""
    what = "the access token and the password" if with_password else "the access token"
    until = sent.expires_at.astimezone(UTC).strftime("%d %B %Y at %H:%M UTC").lstrip("0")
    # In the demo, the merchant's lines say the link works only on this computer.
    return Secret(
        f"{merchant_lines(hand_off)}\n\n"
        f"Open this one-time link to get {what}: {sent.link.reveal()}\n\n"
        f"It opens once, and works until {until}. Save what it shows at once: it cannot be "
        "shown again. If it says it was already opened, tell me at once.\n"
    )


def _moment(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
