"""One app per user and data folder: a second start hands over; stale sockets never block."""

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from app.services.single_instance import Claim, SingleInstance, socket_name
from app.storage.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]


def start_app(home: Path, *arguments: str, platform: str = "offscreen") -> subprocess.Popen[str]:
    """`python -m app` as a merchant starts it, with this data folder (offscreen by default)."""
    env = {**os.environ, "SHIPTURTLE_TOKENS_HOME": str(home), "QT_QPA_PLATFORM": platform}
    return subprocess.Popen(
        [sys.executable, "-m", "app", *arguments],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def name_for(home: Path) -> str:
    return socket_name(AppPaths.under(home).data_dir)


def listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()
    return connected


def finished(qtbot: QtBot, process: subprocess.Popen[str], timeout: int = 60_000) -> str:
    """Wait for the process to exit while this test's event loop runs; return its output."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=timeout)
    out, err = process.communicate()
    assert process.returncode == 0, out + err
    return out


@pytest.fixture
def running_apps() -> Iterator[list[tuple[subprocess.Popen[str], str]]]:
    """App processes a test started, each with its socket's name; ended and cleaned after."""
    started: list[tuple[subprocess.Popen[str], str]] = []
    yield started
    for process, name in started:
        process.kill()
        process.communicate(timeout=10)
        QLocalServer.removeServer(name)  # killed: its socket file stays behind


def test_the_socket_name_is_one_per_data_folder_and_holds_no_path(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert name_for(first) == name_for(first) == socket_name(first / "data" / ".." / "data")
    assert name_for(first) != name_for(second)
    assert str(tmp_path.name) not in name_for(first)
    assert name_for(first).startswith("shipturtle-tokens-")


def test_a_second_start_hands_over_and_exits(qtbot: QtBot, app_home: Path) -> None:
    first = SingleInstance(name_for(app_home))
    assert first.claim() is Claim.FIRST
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=30_000):
            second = start_app(app_home)
        assert "already running; its window was brought to the front" in finished(qtbot, second)
    finally:
        first.close()
    assert not listening(name_for(app_home))  # closed: the next start will be the first


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="socket files are a Unix thing")
def test_a_stale_socket_from_a_crash_does_not_block_a_start(
    qtbot: QtBot, app_home: Path, running_apps: list[tuple[subprocess.Popen[str], str]]
) -> None:
    name = name_for(app_home)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(Path(QDir.tempPath()) / name))
    stale.close()  # the file stays, and nobody listens on it: as after a crash
    assert not listening(name)
    app = start_app(app_home)
    running_apps.append((app, name))
    qtbot.waitUntil(lambda: listening(name), timeout=30_000)
    assert app.poll() is None  # it runs, and answers later starts
    assert SingleInstance(name).claim() is Claim.HANDED_OVER
    log = app_home / "logs" / "shipturtle-tokens.log"
    qtbot.waitUntil(
        lambda: log.exists() and "brought this one to the front" in log.read_text(),
        timeout=10_000,
    )


def test_two_data_folders_run_side_by_side(
    qtbot: QtBot, tmp_path: Path, running_apps: list[tuple[subprocess.Popen[str], str]]
) -> None:
    homes = [tmp_path / "shop-one", tmp_path / "shop-two"]
    for home in homes:
        running_apps.append((start_app(home), name_for(home)))
    for process, name in running_apps:
        qtbot.waitUntil(lambda name=name: listening(name), timeout=30_000)  # type: ignore[misc]
        assert process.poll() is None
    for _process, name in running_apps:
        assert SingleInstance(name).claim() is Claim.HANDED_OVER


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("--demo", "--exit-when-ready"), "ready\n"),
        (("--self-test",), "self-test passed:"),
    ],
)
def test_checks_and_smoke_runs_never_hand_over(
    qtbot: QtBot, app_home: Path, arguments: tuple[str, ...], says: str
) -> None:
    first = SingleInstance(name_for(app_home))
    assert first.claim() is Claim.FIRST
    try:
        with qtbot.assertNotEmitted(first.activation_requested):
            out = finished(qtbot, start_app(app_home, *arguments))
    finally:
        first.close()
    assert out.startswith(says)


def test_an_app_that_does_not_answer_is_not_replaced(app_home: Path) -> None:
    """A connection that gets no answer means a running app, busy or stuck: never a stale one."""
    name = name_for(app_home)
    busy = QLocalServer()
    assert busy.listen(name)  # accepts connections, never reads them
    try:
        assert SingleInstance(name, answer_ms=300).claim() is Claim.NO_ANSWER
        assert listening(name)  # its socket is still there
    finally:
        busy.close()
