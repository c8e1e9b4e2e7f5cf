"""The app as a process on a real X server: Ctrl+Q quits it, a second start raises it."""

import subprocess
from pathlib import Path

from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.single_instance import Claim, SingleInstance
from app.storage.paths import AppPaths
from app.storage.settings import SettingsFile
from app.ui.controller import AppController
from tests.services.test_single_instance import finished, listening, name_for, start_app
from tests.ui.helpers import main_window
from tests.ui.test_merchant_path import start_demo


def xdotool(*arguments: str) -> str:
    result = subprocess.run(
        ["xdotool", *arguments], check=True, timeout=30, capture_output=True, text=True
    )
    return result.stdout.strip()


def test_ctrl_q_quits_the_app_through_its_shutdown(qtbot: QtBot, app_home: Path) -> None:
    app = start_app(app_home, "--demo", platform="xcb")
    try:
        log = app_home / "logs" / "shipturtle-tokens.log"
        qtbot.waitUntil(lambda: log.exists() and "started" in log.read_text(), timeout=30_000)
        window = xdotool("search", "--sync", "--onlyvisible", "--name", "^Shipturtle Tokens$")
        xdotool("windowactivate", "--sync", window.splitlines()[0])
        xdotool("key", "--clearmodifiers", "ctrl+q")
        finished(qtbot, app, timeout=20_000)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
            QLocalServer.removeServer(name_for(app_home))  # killed: its socket file stays
    settings = SettingsFile(AppPaths.from_environment().config_dir).load().settings
    assert settings.window_geometry  # the controller's shutdown ran and remembered the window
    assert not listening(name_for(app_home))  # and later starts will not wait for it


def test_a_second_start_brings_the_main_window_to_the_front(
    qtbot: QtBot, controller: AppController, app_home: Path
) -> None:
    start_demo(qtbot, controller)
    instance = SingleInstance(name_for(app_home))
    instance.activation_requested.connect(controller.bring_to_front)
    assert instance.claim() is Claim.FIRST
    other = QWidget()
    other.setWindowTitle("Another window")
    other.show()
    other.activateWindow()
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
        main_window().showMinimized()
        qtbot.waitUntil(main_window().isMinimized, timeout=5000)
        with qtbot.waitSignal(instance.activation_requested, timeout=30_000):
            second = start_app(app_home, platform="xcb")
        assert "brought to the front" in finished(qtbot, second)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window(), timeout=5000)
        assert not main_window().isMinimized()
    finally:
        instance.close()
        other.close()
        other.deleteLater()
