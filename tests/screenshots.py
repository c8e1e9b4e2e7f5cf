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
    QTableView,
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
    from app.main import LANGUAGES, _application
    from app.services.clipboard import SecretClipboard
    from app.services.runner import BackgroundRunner
    from app.services.token_service import TokenService, local_demo
    from app.storage.credentials import CredentialStore
    from app.storage.paths import AppPaths
    from app.storage.settings import DEFAULT_SERVER, Preferences, SettingsFile
    from app.ui.controller import AppController
    from tests.helpers.keyrings import MemoryKeyring

    _app = _application(sys.argv)  # held until the end: Qt needs it alive
    from app.ui.shared.translation import install_english

    language = _language_asked()
    if language:  # the main window in a shipped language, for README
        from app.ui.shared.translation import install_language

        install_language(_app, language, LANGUAGES)
    else:
        install_english(_app, LANGUAGES)  # as the app starts: "1 day ago", not "1 days ago"
    OUT.mkdir(parents=True, exist_ok=True)
    paths = AppPaths.from_environment()
    service = TokenService(
        BackgroundRunner(),
        CredentialStore(MemoryKeyring()),
        demo_starter=local_demo(paths.demo_database),
    )
    clipboard = SecretClipboard(30)
    controller = AppController(
        service=service,
        clipboard=clipboard,
        preferences=Preferences(SettingsFile(paths.config_dir)),
        default_server=DEFAULT_SERVER,
    )
    try:
        if language:
            _main_window_in(controller, language)
        else:
            _walk_through(controller)
    finally:
        controller.shutdown()
        clipboard.clear_now()  # as at quit: Qt must not free it after Python
        for window in QApplication.topLevelWidgets():
            window.close()
            window.deleteLater()
        settle()
    return 0


def _language_asked() -> str | None:
    """`--language es`: only the main window, in that language."""
    if "--language" in sys.argv:
        return sys.argv[sys.argv.index("--language") + 1]
    return None


def _main_window_in(controller: "AppController", language: str) -> None:
    from tests.ui.helpers import main_window, token_rows

    controller.start(demo=True)
    wait_until(lambda: token_rows() == 4 and main_window().isVisible())
    main = main_window()
    main.resize(1000, 420)
    save(main, f"main-window-{language}")


def _walk_through(controller: "AppController") -> None:
    from tests.ui.helpers import action, find, main_window, token_rows, window

    controller.start(demo=False)
    sign_in = window("signInWindow")
    assert sign_in is not None
    find(sign_in, QLineEdit, "signInEmail").setText("owner@yourstore.com")
    sign_in.resize(520, sign_in.sizeHint().height())
    save(sign_in, "sign-in")
    find(sign_in, QPushButton, "demoButton").click()
    wait_until(lambda: token_rows() == 4 and main_window().isVisible())
    main = main_window()
    main.resize(1000, 420)
    save(main, "main-window")

    action(main, "newTokenAction").trigger()
    wait_until(lambda: window("createTokenDialog") is not None)
    dialog = window("createTokenDialog")
    assert dialog is not None
    find(dialog, QLineEdit, "usernameField").setText("mobile-app")
    find(dialog, QLineEdit, "noteField").setText("Agency building our mobile app")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    find(dialog, QPushButton, "generatePasswordButton").click()
    wait_until(lambda: bool(find(dialog, QLabel, "passwordStrength").text()))
    save(dialog, "create-dialog")
    find(dialog, QPushButton, "createButton").click()
    wait_until(lambda: window("revealTokenDialog") is not None)
    reveal = window("revealTokenDialog")
    assert reveal is not None
    find(reveal, QPushButton, "copyButton").click()
    save(reveal, "show-once")
    find(reveal, QPushButton, "copyPasswordButton").click()
    link = _send_link(reveal)
    find(reveal, QPushButton, "doneButton").click()
    _receipt(main, link)

    action(main, "revokeAction").trigger()
    wait_until(lambda: main.findChild(QMessageBox, "revokeConfirmDialog") is not None)
    box = find(main, QMessageBox, "revokeConfirmDialog")
    wait_until(box.isVisible)
    save(box, "revoke-confirmation")
    box.reject()
    _token_life(main)


def _send_link(reveal: QWidget) -> str:
    """The Send dialog once its link is made; the link it copied."""
    from PySide6.QtGui import QGuiApplication

    from tests.ui.helpers import find, window

    find(reveal, QPushButton, "sendLinkButton").click()
    wait_until(lambda: window("sendLinkDialog") is not None)
    sending = window("sendLinkDialog")
    assert sending is not None
    find(sending, QPushButton, "makeLinkButton").click()
    wait_until(lambda: "copied" in find(sending, QLabel, "sendLinkResult").text())
    settle()
    save(sending, "send-link")
    message = QGuiApplication.clipboard().text()
    sending.close()
    return next(word for word in message.split() if "/hand-off/" in word)


def _receipt(main: QWidget, link: str) -> None:
    """The developer opens the link (as the page does); Details tells the merchant."""
    from tests.helpers.hand_offs import open_as_developer
    from tests.ui.helpers import action, find, shown_tokens, window

    open_as_developer(link.split("/hand-off/")[0], link)
    made = next(t for t in shown_tokens() if t.username == "mobile-app")
    main.select_token(made.id)  # type: ignore[attr-defined]
    action(main, "detailsAction").trigger()
    wait_until(lambda: window("detailsPanel") is not None)
    details = window("detailsPanel")
    assert details is not None
    wait_until(lambda: details.findChild(QLabel, "receipt0") is not None)
    wait_until(lambda: find(details, QLabel, "receipt0").text().startswith("Opened"))
    details.resize(760, 640)
    settle()
    save(details, "receipt")
    details.close()
    wait_until(lambda: window("detailsPanel") is None)


def _token_life(main: QWidget) -> None:
    """Details with the activity chart, the rotate dialog and check a token."""
    from tests.ui.helpers import action, find, shown_tokens, window

    seeded = next(t for t in shown_tokens() if t.username != "mobile-app" and t.last_used_at)
    main.select_token(seeded.id)  # type: ignore[attr-defined]
    action(main, "detailsAction").trigger()
    wait_until(lambda: window("detailsPanel") is not None)
    details = window("detailsPanel")
    assert details is not None
    table = find(details, QTableView, "activityTable")
    wait_until(lambda: table.model().rowCount() > 0)
    details.resize(760, 720)
    save(details, "details")
    find(details, QPushButton, "detailsRotateButton").click()
    wait_until(lambda: window("rotateDialog") is not None)
    rotate = window("rotateDialog")
    assert rotate is not None
    save(rotate, "rotate")
    find(rotate, QPushButton, "cancelRotateButton").click()
    details.close()
    action(main, "checkTokenAction").trigger()
    wait_until(lambda: window("checkTokenDialog") is not None)
    check = window("checkTokenDialog")
    assert check is not None
    find(check, QLineEdit, "checkTokenField").setText("stp_not-a-real-token")
    find(check, QPushButton, "checkTokenButton").click()
    save(check, "check-token")
    check.close()


if __name__ == "__main__":
    sys.exit(main())
