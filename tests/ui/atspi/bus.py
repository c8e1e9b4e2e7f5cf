"""Runs a scenario of driver.py on a real AT-SPI bus (Xvfb, a private D-Bus session) and
returns what a screen reader listening there was told, event by event."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NEEDED = ("xvfb-run", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher", "/usr/bin/python3")


def missing() -> str | None:
    """What this machine lacks to run the bus tests (`make test-packages` installs it)."""
    for tool in NEEDED:
        if shutil.which(tool) is None:
            return tool
    found = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    return None if found.returncode == 0 else "python3-pyatspi"


def heard(scenario: str, tmp_path: Path, *flags: str) -> list[dict[str, object]]:
    if (lacking := missing()) is not None:
        pytest.skip(f"{lacking} is not installed: `make test-packages` installs it")
    out = tmp_path / f"{scenario}.jsonl"
    command = [
        "xvfb-run", "-a", "dbus-run-session", "--",
        "bash", str(HERE / "run_on_bus.sh"), sys.executable, str(out), scenario, *flags,
    ]  # fmt: skip
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr[-2000:]
    return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]


def carries(events: list[dict[str, object]], secret: str) -> list[str]:
    """The kinds of event that carried `secret`, in its data, name or description."""
    return [
        str(event["type"])
        for event in events
        if any(secret in str(event.get(key, "")) for key in ("data", "name", "description"))
    ]
