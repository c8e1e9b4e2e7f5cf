"""`--self-test` passes on a working installation and says why when it does not."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import self_test

REPO = Path(__file__).resolve().parents[1]


def isolated_environment(home: Path) -> dict[str, str]:
    """This machine's environment, with home and temporary folders moved to `home`."""
    moved = {name: str(home) for name in ("HOME", "USERPROFILE", "TMPDIR", "TEMP", "TMP")}
    kept = {k: v for k, v in os.environ.items() if k not in moved and k != "SHIPTURTLE_TOKENS_HOME"}
    return {**kept, **moved}


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=isolated_environment(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test passed:")
    assert list(tmp_path.iterdir()) == []  # the temporary data folder is gone again


def test_a_failure_is_reported_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(home: Path) -> str:
        raise self_test.SelfTestFailedError("the sandbox did not answer")

    monkeypatch.setattr(self_test, "_round_trip", broken)
    handlers, home = list(logging.getLogger().handlers), os.environ.get("SHIPTURTLE_TOKENS_HOME")
    level = logging.getLogger().level
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert out == "self-test FAILED: SelfTestFailedError: the sandbox did not answer\n"
    # Nothing is left pointing at the folder that is gone (logging would fail later).
    assert logging.getLogger().handlers == handlers
    assert logging.getLogger().level == level
    assert os.environ.get("SHIPTURTLE_TOKENS_HOME") == home


def test_window_opens_and_quits_when_ready(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--exit-when-ready"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **isolated_environment(tmp_path),
            "SHIPTURTLE_TOKENS_HOME": str(tmp_path / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ready\n"


def test_no_keychain_is_said_as_such_not_as_a_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert self_test.run_self_test() == 0
    out = capsys.readouterr().out
    assert out.startswith("self-test passed:")
    assert out.endswith("; keychain: none on this computer (sessions are not remembered)\n")
