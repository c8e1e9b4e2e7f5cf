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
