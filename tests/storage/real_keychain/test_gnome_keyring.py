"""The keychain code against a real GNOME keyring: labels, two data folders, deleting."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).with_name("run.sh")
pytestmark = pytest.mark.skipif(
    sys.platform != "linux"
    or not all(map(shutil.which, ("gnome-keyring-daemon", "dbus-run-session"))),
    reason="gnome-keyring is not installed: `make test-packages` installs it",
)


def test_sessions_are_labelled_per_folder_and_deleted_alone() -> None:
    finished = subprocess.run(
        ["dbus-run-session", "--", "bash", str(RUN), sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    found = json.loads(finished.stdout.strip().splitlines()[-1])
    # Labelled for what it is: keyring labels every item "Password for ...".
    assert found["labels"] == [
        "Shipturtle Tokens session for me@shop.com on api.example.com [1a2b3c4d] (not a password)",
        "Shipturtle Tokens session for me@shop.com on api.example.com [5e6f7a8b] (not a password)",
    ]
    assert found["loaded"]
    assert found["deleted"]
    assert found["kept"]  # the other folder's sign-out left this one's session
    assert found["left"] == 1
