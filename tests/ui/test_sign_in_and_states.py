"""Signing in, remembered sessions, plan missing, server down, slow server, expired session."""

import time
from collections.abc import Iterator

import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.models import NewToken
from app.api.secret import Secret
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, STARTER_EMAIL, STARTER_PASSWORD
from app.storage.credentials import NO_KEYCHAIN_MESSAGE, SERVICE_NAME
from app.ui.banner import Banner
from app.ui.controller import AppController
from app.ui.sign_in import SignInWindow
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.conftest import make_controller
from tests.ui.helpers import action, click, find, type_into, wait_for_tokens


@pytest.fixture
def server() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:") as running:
        yield running


def sign_in_window(controller: AppController) -> SignInWindow:
    window = controller.sign_in_window
    assert isinstance(window, SignInWindow)
    return window


def fill_sign_in(
    qtbot: QtBot,
    window: SignInWindow,
    server_url: str,
    email: str,
    password: str,
    remember: bool = False,
) -> None:
    find(window, QCheckBox, "signInRemember").setChecked(remember)
    click(qtbot, window, "signInAdvanced")
    type_into(qtbot, window, "signInServer", server_url)
    type_into(qtbot, window, "signInEmail", email)
    type_into(qtbot, window, "signInPassword", password)


def sign_in_through_window(
    qtbot: QtBot,
    controller: AppController,
    server: RunningSandbox,
    email: str = DEMO_EMAIL,
    password: str = DEMO_PASSWORD,
    *,
    remember: bool = False,
    tokens: int | None = 4,
) -> None:
    """Start the app, fill in the sign-in window, press Sign in, wait for the tokens."""
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, server.url, email, password, remember=remember)
    click(qtbot, window, "signInButton")
    if tokens is not None:
        wait_for_tokens(qtbot, controller, tokens)


def test_sign_in_with_enter_and_remember(
    qtbot: QtBot, controller: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, server.url, DEMO_EMAIL, DEMO_PASSWORD)
    remember = find(window, QCheckBox, "signInRemember")
    assert not remember.isChecked()  # remembering is the merchant's choice
    remember.setChecked(True)
    button = find(window, QPushButton, "signInButton")
    assert button.isDefault()
    qtbot.keyClick(find(window, QLineEdit, "signInPassword"), "\r")
    assert not button.isEnabled()  # cannot be pressed twice
    assert button.text() == "Signing in\u2026"
    wait_for_tokens(qtbot, controller, 4)
    assert controller.sign_in_window is None
    status = find(controller.main_window, QLabel, "signedInLabel").text()
    assert "Demo Store" in status
    assert server.url in status
    assert (SERVICE_NAME, f"{DEMO_EMAIL} on 127.0.0.1") in keychain.entries
    assert DEMO_PASSWORD not in str(keychain.entries)


def test_wrong_password_is_shown_inline(
    qtbot: QtBot, controller: AppController, server: RunningSandbox
) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, server.url, DEMO_EMAIL, "wrong-password")
    click(qtbot, window, "signInButton")
    error = find(window, QLabel, "signInError")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "The email or password is not right. Check both and try again."
    assert find(window, QPushButton, "signInButton").isEnabled()


def test_missing_email_is_caught_before_sending(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    click(qtbot, window, "signInButton")
    assert "Enter the email" in find(window, QLabel, "signInError").text()


def test_server_down_says_what_to_do(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, "http://127.0.0.1:9", DEMO_EMAIL, DEMO_PASSWORD)
    click(qtbot, window, "signInButton")
    error = find(window, QLabel, "signInError")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert "Cannot reach the Shipturtle server" in error.text()
    assert find(window, QLineEdit, "signInServer").isVisible()  # Advanced opened for the fix


def test_plain_http_to_another_host_is_refused(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, "http://api.example.com", DEMO_EMAIL, DEMO_PASSWORD)
    click(qtbot, window, "signInButton")
    error = find(window, QLabel, "signInError")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "plain http://" in error.text()


def test_starter_store_sees_the_plan_banner(
    qtbot: QtBot, controller: AppController, server: RunningSandbox
) -> None:
    controller.start(demo=False)
    window = sign_in_window(controller)
    fill_sign_in(qtbot, window, server.url, STARTER_EMAIL, STARTER_PASSWORD)
    click(qtbot, window, "signInButton")
    main = controller.main_window
    banner = find(main, Banner, "planBanner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10000)
    assert "API Integration add-on" in banner.message
    assert "Settings > Subscription and billing" in banner.message
    new_token = action(main, "newTokenAction")
    assert not new_token.isEnabled()
    assert "Subscription and billing" in new_token.toolTip()
    empty = find(main, QPushButton, "createFirstTokenButton")
    qtbot.waitUntil(lambda: empty.isVisible())
    assert not empty.isEnabled()


def test_remembered_session_signs_in_by_itself(
    qtbot: QtBot, controller: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in_through_window(qtbot, controller, server, remember=True)
    controller.shutdown()
    again = make_controller(keychain)
    qtbot.addWidget(again.main_window)
    try:
        again.start(demo=False)
        assert again.sign_in_window is None
        wait_for_tokens(qtbot, again, 4)
    finally:
        again.shutdown()


def test_expired_session_asks_to_sign_in_and_then_carries_on(
    qtbot: QtBot, controller: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in_through_window(qtbot, controller, server, remember=True)
    session = next(iter(keychain.entries.values()))
    with ShipturtleClient(server.url) as elsewhere:  # the session dies on the server
        elsewhere.session_token = Secret(session)
        elsewhere.sign_out()
        elsewhere.sign_in(DEMO_EMAIL, Secret(DEMO_PASSWORD))
        elsewhere.create_token(
            NewToken("made-elsewhere", Secret("a-long-secret-passphrase"), ("orders",)),
            new_idempotency_key(),
        )
    action(controller.main_window, "refreshAction").trigger()
    qtbot.waitUntil(lambda: controller.sign_in_window is not None, timeout=10000)
    window = sign_in_window(controller)
    assert "Your session has ended" in find(window, QLabel, "signInError").text()
    assert find(window, QLineEdit, "signInEmail").text() == DEMO_EMAIL
    type_into(qtbot, window, "signInPassword", DEMO_PASSWORD)
    click(qtbot, window, "signInButton")
    wait_for_tokens(qtbot, controller, 5)  # the refresh was repeated after signing in


def test_slow_server_shows_busy_and_never_freezes(
    qtbot: QtBot, controller: AppController, server: RunningSandbox
) -> None:
    controller.start(demo=False)
    fill_sign_in(qtbot, sign_in_window(controller), server.url, DEMO_EMAIL, DEMO_PASSWORD)
    server.latency.milliseconds = 1000
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    click(qtbot, sign_in_window(controller), "signInButton")
    qtbot.waitUntil(lambda: controller.main_window.isVisible(), timeout=10000)
    busy = find(controller.main_window, QProgressBar, "busyIndicator")
    assert busy.isVisible()  # loading is shown while the slow list arrives
    wait_for_tokens(qtbot, controller, 4)
    timer.stop()
    assert max(gaps) < 0.1, f"the GUI thread stalled for {max(gaps) * 1000:.0f} ms"


def test_sign_out_returns_to_sign_in(
    qtbot: QtBot, controller: AppController, keychain: MemoryKeyring
) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, controller, 4)
    action(controller.main_window, "signOutAction").trigger()
    qtbot.waitUntil(lambda: controller.sign_in_window is not None, timeout=5000)
    assert not controller.main_window.isVisible()
    assert controller.model.rowCount() == 0


def test_window_size_is_remembered(
    qtbot: QtBot, controller: AppController, keychain: MemoryKeyring
) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, controller, 4)
    controller.main_window.resize(777, 444)
    controller.shutdown()
    again = make_controller(keychain)
    try:
        assert again.main_window.size().width() == 777
    finally:
        again.main_window.close()
        again.shutdown()


def test_no_keychain_is_said_once_when_remembering(
    qtbot: QtBot, app_home: object, server: RunningSandbox
) -> None:
    controller = make_controller(fail.Keyring())
    try:
        sign_in_through_window(qtbot, controller, server, remember=True)
        assert controller.main_window.statusBar().currentMessage() == NO_KEYCHAIN_MESSAGE
    finally:
        controller.shutdown()
        controller.main_window.close()
