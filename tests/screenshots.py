"""Renders the real windows to PNG for the README: `make screenshots` after any UI change."""

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from app.ui.controller import AppController

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def wait_until(condition: Callable[[], object], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let layouts, fonts and timers finish before a picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["SHIPTURTLE_TOKENS_HOME"] = home
        return _render()


def _render() -> int:
    from app.main import _application
    from app.services.clipboard import SecretClipboard
    from app.services.runner import BackgroundRunner
    from app.services.token_service import TokenService
    from app.storage.credentials import CredentialStore
    from app.storage.paths import AppPaths
    from app.storage.settings import DEFAULT_SERVER, SettingsFile
    from app.ui.controller import AppController
    from tests.helpers.keyrings import MemoryKeyring

    _app = _application(sys.argv)  # held until the end: Qt needs it alive
    OUT.mkdir(parents=True, exist_ok=True)
    paths = AppPaths.from_environment()
    settings_file = SettingsFile(paths.config_dir)
    controller = AppController(
        service=TokenService(BackgroundRunner(), CredentialStore(MemoryKeyring())),
        clipboard=SecretClipboard(30),
        settings_file=settings_file,
        loaded=settings_file.load(),
        paths=paths,
        default_server=DEFAULT_SERVER,
    )
    try:
        _walk_through(controller)
    finally:
        controller.shutdown()
        controller.clipboard.clear_now()  # as at quit: Qt must not free it after Python
        for window in QApplication.topLevelWidgets():
            window.close()
            window.deleteLater()
        settle()
    return 0


def _walk_through(controller: "AppController") -> None:
    from tests.ui.helpers import action, find

    controller.start(demo=False)
    sign_in = controller.sign_in_window
    assert sign_in is not None
    find(sign_in, QLineEdit, "signInEmail").setText("owner@yourstore.com")
    sign_in.resize(520, sign_in.sizeHint().height())
    save(sign_in, "sign-in")
    find(sign_in, QPushButton, "demoButton").click()
    wait_until(lambda: controller.model.rowCount() == 4 and controller.main_window.isVisible())
    window = controller.main_window
    window.resize(1000, 420)
    save(window, "main-window")

    action(window, "newTokenAction").trigger()
    wait_until(lambda: controller.create_dialog is not None)
    dialog = controller.create_dialog
    assert dialog is not None
    find(dialog, QLineEdit, "usernameField").setText("mobile-app")
    find(dialog, QLineEdit, "noteField").setText("Agency building our mobile app")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    find(dialog, QPushButton, "generatePasswordButton").click()
    wait_until(lambda: bool(find(dialog, QLabel, "passwordStrength").text()))
    save(dialog, "create-dialog")
    find(dialog, QPushButton, "createButton").click()
    wait_until(lambda: controller.reveal_dialog is not None)
    reveal = controller.reveal_dialog
    assert reveal is not None
    find(reveal, QPushButton, "copyButton").click()
    save(reveal, "show-once")
    find(reveal, QPushButton, "copyPasswordButton").click()
    find(reveal, QPushButton, "doneButton").click()

    action(window, "revokeAction").trigger()
    wait_until(lambda: window.findChild(QMessageBox, "revokeConfirmDialog") is not None)
    box = find(window, QMessageBox, "revokeConfirmDialog")
    wait_until(box.isVisible)
    save(box, "revoke-confirmation")
    box.reject()


if __name__ == "__main__":
    sys.exit(main())
