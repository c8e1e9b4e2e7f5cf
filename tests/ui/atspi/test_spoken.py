"""Over the real AT-SPI bus: what the app says reaches Debian 12's Orca 43, which ignores
Qt's announcement events but speaks a notification object as it shows."""

from pathlib import Path

from tests.ui.atspi.bus import heard
from tests.ui.atspi.driver import ANNOUNCED


def _notifications(events: list[dict[str, object]]) -> list[object]:
    """What Orca 43 speaks of them: the name of each notification that starts showing."""
    return [
        event["name"]
        for event in events
        if event["type"] == "object:state-changed:showing"
        and event.get("role") == "notification"
        and event["detail1"] == 1
    ]


def test_an_announcement_is_a_notification_orca_43_speaks(tmp_path: Path) -> None:
    assert _notifications(heard("announce", tmp_path)) == [ANNOUNCED]


def test_a_checks_verdict_for_your_own_token_is_spoken(tmp_path: Path) -> None:
    spoken = _notifications(heard("check", tmp_path))
    assert len(spoken) == 1
    assert str(spoken[0]).startswith("This is the current token for \u201cmobile-app\u201d")


def test_the_warning_a_dialog_opens_with_is_spoken(tmp_path: Path) -> None:
    """Rotating again while the old token still works stops it: the rotate dialog says so
    as it opens, and that was never spoken."""
    spoken = _notifications(heard("rotate-warning", tmp_path))
    assert len(spoken) == 1
    assert str(spoken[0]).startswith("The old token ending \u2026Ab12 still works until")
