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


LOCKED = Path(__file__).with_name("run_locked.sh")
PROMPTED = ("xvfb-run", "openbox", "xdotool")


@pytest.mark.skipif(
    not all(map(shutil.which, PROMPTED)), reason="the X server tools (`make test-packages`)"
)
def test_a_cancelled_unlock_prompt_is_said_and_the_next_call_tries_again() -> None:
    """After one cancelled prompt the app kept sessions in memory until restart and skipped
    the keychain on delete, so a signed-out session stayed there and came back."""
    finished = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1024x768x24",
            "dbus-run-session", "--", "bash", str(LOCKED), sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr[-2000:]
    found = json.loads(finished.stdout.strip().splitlines()[-1])
    assert found == {
        "cancelled_save_said_locked": True,
        "still_tries_the_keychain": True,
        "saved_after_unlock": True,
        "cancelled_delete": False,  # said, so the sign-out is finished at the next start
        "deleted_after_unlock": True,
        "left": 0,
    }
