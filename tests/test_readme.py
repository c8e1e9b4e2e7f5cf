"""The README tells the truth: its client example and curl walk-through run as written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.sandbox import RunningSandbox

REPO = Path(__file__).resolve().parents[1]


def readme_block(marker: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    after = text.split(f"<!-- {marker} -->", 1)[1]
    return after.split("```", 2)[1].split("\n", 1)[1]


def test_client_example_runs_and_ends_with_invalid_token() -> None:
    result = subprocess.run(
        [sys.executable, "-c", readme_block("client-example")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("created mobile-app ending in ")
    assert lines[1] == "50 sample orders"  # the first page of 150
    assert lines[2] == "after revoking: invalid_token"


def test_readme_has_exactly_the_two_commands() -> None:
    for marker in ("run-command", "test-command"):
        command = readme_block(marker).strip()
        assert command.startswith("sudo apt-get update && sudo apt-get install -y make && make ")
        assert "\n" not in command


# On Windows, `bash` may be WSL's launcher rather than a shell with curl and python3.
@pytest.mark.skipif(sys.platform == "win32", reason="the walk-through is for a Unix shell")
def test_curl_walkthrough_runs_as_written(sandbox: RunningSandbox) -> None:
    script = readme_block("curl-walkthrough")
    first, rest = script.split("\n", 1)
    assert first == "API=http://127.0.0.1:8765"
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", f"API={sandbox.url}\n{rest}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    orders, products, token_alone, rotation, found, activity = result.stdout.splitlines()
    assert len(json.loads(orders)["items"]) == 50  # the first page of 150
    assert json.loads(products)["error"]["code"] == "permission_denied"
    assert json.loads(token_alone)["error"]["code"] == "api_session_required"
    assert json.loads(rotation)["previous_last_used_at"] is not None  # the sign-in above
    assert json.loads(found)["matched"] == "previous"
    (today,) = json.loads(activity)["daily"]
    assert (today["requests"], today["errors"]) == (3, 1)
    assert [call["status"] for call in json.loads(activity)["recent"]] == [403, 200, 201]


def test_the_sample_message_is_what_the_app_copies(qapp: object) -> None:
    """README's sample developer message is the app's own, for the same token."""
    from datetime import UTC, datetime

    from app.api.models import AccessToken, CreatedToken, TokenStatus
    from app.api.secret import Secret
    from app.ui.reveal.developer_message import HandOff, developer_message

    token = AccessToken(
        id="at_4f1c9e2a7b3d5e60",
        username="mobile-app",
        permissions=("orders", "products"),
        status=TokenStatus.ACTIVE,
        created_at=datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
        expires_at=None,
        revoked_at=None,
        last_used_at=None,
        token_hint="kIrL",
        note=None,
    )
    created = CreatedToken(token, Secret("stp_ZoHnTdrTWvb4Q1YKJYPnQ5GewOsJsG26kIrL"))
    labels = {"orders": "Order API Access", "products": "Product API Access"}
    hand_off = HandOff("Demo Store", "http://127.0.0.1:8766", labels)
    message = developer_message(created, Secret("unused"), hand_off, include_password=False)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = readme.split("````text\n", 1)[1].split("\n````", 1)[0]
    assert shown == message.reveal().rstrip("\n")
