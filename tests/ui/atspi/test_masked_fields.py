"""Over the real AT-SPI bus: a masked field's text never reaches a screen reader in clear."""

from pathlib import Path

from tests.ui.atspi.bus import carries, heard
from tests.ui.atspi.driver import PASSWORD

MASK = "\u25cf"


def test_typing_a_password_sends_dots_not_its_characters(tmp_path: Path) -> None:
    events = heard("sign-in-password", tmp_path)
    typed = [e for e in events if e["type"] == "object:text-changed:insert"]
    assert len(typed) == len(PASSWORD)  # each key is still told, so a reader can say so
    dotted = {e["data"] for e in typed} == {MASK}
    assert dotted  # computed apart: a failing assert would print what was typed
    assert carries(events, PASSWORD[:4]) == []


def test_the_show_once_password_is_never_sent_whole(tmp_path: Path) -> None:
    events = heard("reveal", tmp_path)
    assert any(e.get("role") == "password text" for e in events)  # the field was heard
    assert carries(events, PASSWORD) == []
    assert carries(events, PASSWORD[:6]) == []
