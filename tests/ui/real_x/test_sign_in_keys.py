"""The sign-in window by keyboard on a real X server: busy focus, Advanced, Retry with Enter."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox, start_sandbox
from app.ui.controller import AppController
from app.ui.sign_in.sign_in import SignInWindow
from tests.conftest import Account
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.helpers import find, main_window, quit_app, shown_window, wait_for_tokens
from tests.ui.real_x.test_focus_and_keys import press, real_click, wait_until_active
from tests.ui.sign_in.test_sign_in_window import free_port, remember, session_on, start


def sign_in_window(qtbot: QtBot) -> SignInWindow:
    window = shown_window(qtbot, "signInWindow", SignInWindow)
    wait_until_active(qtbot, window)
    return window


def test_while_signing_in_the_focus_stays_on_the_busy_button(
    qtbot: QtBot, controller: AppController, sandbox: RunningSandbox, merchant: Account
) -> None:
    controller.start(demo=False)
    window = sign_in_window(qtbot)
    find(window, QLineEdit, "signInEmail").setText(merchant.email)
    real_click(qtbot, find(window, QToolButton, "signInAdvanced"))
    find(window, QLineEdit, "signInServer").setText(sandbox.url)
    password = find(window, QLineEdit, "signInPassword")
    password.setText(merchant.password)
    password.setFocus()
    qtbot.waitUntil(password.hasFocus)
    sandbox.latency.milliseconds = 800
    button = find(window, QPushButton, "signInButton")
    press(qtbot, "Return")
    assert button.accessibleName() == "Signing in\u2026"
    assert QApplication.focusWidget() is button  # not Remember me, not Advanced
    press(qtbot, "Return")  # a second Enter does not sign in twice
    qtbot.waitUntil(lambda: main_window().isVisible(), timeout=10000)


def test_advanced_opens_from_the_keyboard_and_a_click_leaves_no_focus_on_it(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start(demo=False)
    window = sign_in_window(qtbot)
    advanced = find(window, QToolButton, "signInAdvanced")
    server = find(window, QLineEdit, "signInServer")
    find(window, QLineEdit, "signInPassword").setFocus()
    for _ in range(6):  # Show, Remember me, then Advanced
        if advanced.hasFocus():
            break
        press(qtbot, "Tab")
    assert advanced.hasFocus()
    press(qtbot, "space")
    assert server.isVisible()
    assert advanced.accessibleDescription() == "Expanded"
    find(window, QLineEdit, "signInEmail").setFocus()
    real_click(qtbot, advanced)
    assert not server.isVisible()
    assert not advanced.hasFocus()  # Enter afterwards signs in rather than toggling


def test_enter_retries_a_remembered_session_once_the_server_is_back(
    qtbot: QtBot, app_home: Path, tmp_path: Path
) -> None:
    database, port = tmp_path / "shop.sqlite3", free_port()
    with start_sandbox(database, port=port) as first:
        url, session = first.url, session_on(first.url)
    keychain = MemoryKeyring()
    remember(keychain, url, session)
    controller = start(keychain)
    try:
        window = sign_in_window(qtbot)
        retry = find(window, QPushButton, "signInRetryButton")
        qtbot.waitUntil(retry.isVisible, timeout=20000)
        qtbot.waitUntil(retry.hasFocus)
        with start_sandbox(database, port=port):
            press(qtbot, "Return")
            wait_for_tokens(qtbot, 4)
    finally:
        quit_app(controller)
