"""The sign-in window tells why: a remembered session that cannot be used, errors, busy."""

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import ShipturtleClient
from app.api.secret import Secret
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.services.token_service import REMEMBERED_SESSION_ENDED
from app.storage.credentials import (
    NO_KEYCHAIN,
    SERVICE_NAME,
    KeychainLockedError,
    NoKeychainError,
)
from app.storage.paths import AppPaths
from app.storage.settings import Preferences, Profile, SettingsFile
from app.ui.controller import AppController
from app.ui.shared.banner import Banner
from app.ui.shared.error_words import keychain_problem_sentence
from app.ui.sign_in.sign_in import SignInWindow
from tests.conftest import Account
from tests.helpers.event_loop import settle
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring
from tests.helpers.log_fail import ExpectedLogs
from tests.ui.conftest import Announcement, make_controller
from tests.ui.helpers import (
    action,
    click,
    cut_off_labels,
    enlarge_text,
    find,
    main_window,
    quit_app,
    shown_window,
    type_into,
    wait_for_tokens,
    window,
)

PROFILE = "me@demo on the test server"
HELD_ACTIONS = ("newTokenAction", "refreshAction", "revokeAction", "signOutAction")


@pytest.fixture
def server() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:") as running:
        yield running


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def session_on(url: str) -> str:
    with ShipturtleClient(url) as client:
        return client.sign_in(DEMO_EMAIL, Secret(DEMO_PASSWORD)).token.reveal()


def remember(keychain: KeyringBackend | None, server_url: str, session: str) -> None:
    """As a run that signed in with Remember me leaves it: a profile and its keychain entry."""
    preferences = Preferences(SettingsFile(AppPaths.from_environment().config_dir))
    preferences.remember_profile(Profile(PROFILE, server_url, DEMO_EMAIL, True))
    if isinstance(keychain, MemoryKeyring):
        keychain.entries[(SERVICE_NAME, PROFILE)] = session


def sign_in_window(qtbot: QtBot) -> SignInWindow:
    return shown_window(qtbot, "signInWindow", SignInWindow)


def reason(qtbot: QtBot, text: str) -> SignInWindow:
    """The sign-in window, once it says `text`."""
    window_ = sign_in_window(qtbot)
    error = find(window_, QLabel, "signInError")
    qtbot.waitUntil(lambda: text in error.text(), timeout=20000)
    return window_


def start(keychain: KeyringBackend) -> AppController:
    controller = make_controller(keychain)
    controller.start(demo=False)
    return controller


# A remembered session that cannot be used


def test_a_session_ended_on_the_server_says_so(
    qtbot: QtBot, app_home: Path, server: RunningSandbox
) -> None:
    keychain = MemoryKeyring()
    session = session_on(server.url)
    with ShipturtleClient(server.url) as elsewhere:
        elsewhere.session_token = Secret(session)
        elsewhere.sign_out()
    remember(keychain, server.url, session)
    controller = start(keychain)
    try:
        sign_in = reason(qtbot, REMEMBERED_SESSION_ENDED)
        assert not find(sign_in, QPushButton, "signInRetryButton").isVisible()
        assert keychain.entries == {}  # it will never work again
        assert sign_in.focusWidget() is find(sign_in, QLineEdit, "signInPassword")
    finally:
        quit_app(controller)


def test_a_locked_keychain_offers_retry_and_keeps_the_session(
    qtbot: QtBot, app_home: Path, server: RunningSandbox, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    keychain = LockedKeyring()
    remember(keychain, server.url, "")
    keychain.entries[(SERVICE_NAME, PROFILE)] = session_on(server.url)
    controller = start(keychain)
    try:
        sign_in = reason(qtbot, KeychainLockedError.default_message)
        assert "locked" in find(sign_in, QLabel, "signInError").text()
        retry = find(sign_in, QPushButton, "signInRetryButton")
        assert retry.isVisible()
        assert retry.isDefault()  # Enter tries again; a password is not what is missing
        assert sign_in.focusWidget() is retry
        keychain.locked = False  # this time the merchant unlocks it
        click(qtbot, sign_in, "signInRetryButton")
        wait_for_tokens(qtbot, 4)
        assert window("signInWindow") is None
    finally:
        quit_app(controller)


def test_no_keychain_is_told_apart_from_a_locked_one(
    qtbot: QtBot, app_home: Path, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    remember(None, "http://127.0.0.1:9", "")
    controller = start(fail.Keyring())
    try:
        sign_in = reason(qtbot, NoKeychainError.default_message)
        assert "no keychain" in find(sign_in, QLabel, "signInError").text()
        assert not find(sign_in, QPushButton, "signInRetryButton").isVisible()
    finally:
        quit_app(controller)


def test_an_unreachable_server_offers_retry_which_works_once_it_is_back(
    qtbot: QtBot, app_home: Path, tmp_path: Path
) -> None:
    database, port = tmp_path / "shop.sqlite3", free_port()
    with start_sandbox(database, port=port) as first:
        url, session = first.url, session_on(first.url)
    keychain = MemoryKeyring()
    remember(keychain, url, session)
    controller = start(keychain)  # nothing listens on the port now
    try:
        sign_in = reason(qtbot, "Nothing answers at this server address")
        retry = find(sign_in, QPushButton, "signInRetryButton")
        assert retry.isVisible()
        assert keychain.entries == {(SERVICE_NAME, PROFILE): session}  # kept for Retry
        with start_sandbox(database, port=port):  # the server is back
            click(qtbot, sign_in, "signInRetryButton")
            wait_for_tokens(qtbot, 4)
    finally:
        quit_app(controller)


def test_after_signing_out_the_form_is_blank_without_a_reason(
    qtbot: QtBot, app_home: Path, server: RunningSandbox
) -> None:
    remember(None, server.url, "")  # remembered, but signing out removed the session
    controller = start(MemoryKeyring())
    try:
        sign_in = sign_in_window(qtbot)  # shown by the restore's failure handler, which
        settle(qtbot)  # gives its reason in the same turn: anything later is deferred to here
        assert not find(sign_in, QLabel, "signInError").isVisible()
    finally:
        quit_app(controller)


def test_while_signing_in_the_toolbar_actions_are_held(
    qtbot: QtBot, app_home: Path, server: RunningSandbox
) -> None:
    keychain = MemoryKeyring()
    remember(keychain, server.url, session_on(server.url))
    server.latency.milliseconds = 600
    controller = start(keychain)
    try:
        qtbot.waitUntil(lambda: main_window().isVisible())
        assert not any(action(main_window(), name).isEnabled() for name in HELD_ACTIONS)
        wait_for_tokens(qtbot, 4)
        assert action(main_window(), "refreshAction").isEnabled()
        assert action(main_window(), "newTokenAction").isEnabled()
        assert action(main_window(), "signOutAction").isEnabled()
    finally:
        quit_app(controller)


def test_a_stale_error_goes_when_the_session_ends(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    port = free_port()
    with start_sandbox(":memory:", port=port) as first:
        controller.start(demo=False)
        sign_in = sign_in_window(qtbot)
        click(qtbot, sign_in, "signInAdvanced")
        type_into(qtbot, sign_in, "signInServer", first.url)
        type_into(qtbot, sign_in, "signInEmail", DEMO_EMAIL)
        type_into(qtbot, sign_in, "signInPassword", DEMO_PASSWORD)
        click(qtbot, sign_in, "signInButton")
        wait_for_tokens(qtbot, 4)
    banner = find(main_window(), Banner, "errorBanner")
    action(main_window(), "refreshAction").trigger()  # the server is gone
    qtbot.waitUntil(lambda: "Nothing answers" in banner.message, timeout=20000)
    with start_sandbox(":memory:", port=port):  # back, but it forgot every session
        click(qtbot, banner, "errorBannerAction")
        again = reason(qtbot, "Your session has ended")
        assert not banner.isVisible()  # no "Nothing answers" behind the sign-in window
        assert not action(main_window(), "refreshAction").isEnabled()
        type_into(qtbot, again, "signInPassword", DEMO_PASSWORD)
        click(qtbot, again, "signInButton")
        qtbot.waitUntil(lambda: window("signInWindow") is None, timeout=10000)
        assert action(main_window(), "refreshAction").isEnabled()


# What the window says, and to whom


def test_no_keychain_is_said_beside_remember_me(
    qtbot: QtBot, app_home: Path, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    controller = start(fail.Keyring())
    try:
        sign_in = sign_in_window(qtbot)
        remember_me = find(sign_in, QCheckBox, "signInRemember")
        note = find(sign_in, QLabel, "signInRememberNote")
        remember_me.setChecked(True)
        qtbot.waitUntil(note.isVisible)
        assert note.text() == keychain_problem_sentence(NO_KEYCHAIN)
        assert remember_me.accessibleDescription() == keychain_problem_sentence(NO_KEYCHAIN)
        remember_me.setChecked(False)
        assert not note.isVisible()
    finally:
        quit_app(controller)


def test_the_window_grows_for_advanced_and_an_error(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    enlarge_text(sign_in)
    settle(qtbot)  # laid out at the larger text
    click(qtbot, sign_in, "signInAdvanced")
    sign_in.show_error(
        "Cannot reach the Shipturtle server. Check your internet connection and try again.",
        concerns_server=True,
    )
    settle(qtbot)  # laid out again, with the error
    assert cut_off_labels(sign_in) == []
    for name in ("signInServer", "signInPassword", "signInEmail"):
        field = find(sign_in, QLineEdit, name)
        assert field.height() >= field.minimumSizeHint().height(), name  # not squeezed
    button = find(sign_in, QPushButton, "signInButton")
    assert sign_in.rect().contains(button.geometry())
    assert button.height() >= button.minimumSizeHint().height()


def test_a_wrong_password_is_announced_and_tied_to_the_password(
    qtbot: QtBot,
    controller: AppController,
    server: RunningSandbox,
    announcements: list[Announcement],
) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    click(qtbot, sign_in, "signInAdvanced")
    type_into(qtbot, sign_in, "signInServer", server.url)
    type_into(qtbot, sign_in, "signInEmail", DEMO_EMAIL)
    type_into(qtbot, sign_in, "signInPassword", "not-it")
    click(qtbot, sign_in, "signInButton")
    wrong = reason(qtbot, "not right")
    password = find(wrong, QLineEdit, "signInPassword")
    message = find(wrong, QLabel, "signInError").text()
    assert password.accessibleDescription() == f"Error: {message}"
    assert announcements[-1][:2] == (password, message)
    assert wrong.focusWidget() is password


def test_a_missing_email_is_tied_to_the_email_field(
    qtbot: QtBot, controller: AppController, announcements: list[Announcement]
) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    click(qtbot, sign_in, "signInButton")
    email = find(sign_in, QLineEdit, "signInEmail")
    assert email.accessibleDescription().startswith("Error: Enter the email")
    assert announcements[-1].source is email
    assert sign_in.focusWidget() is email
    type_into(qtbot, sign_in, "signInEmail", DEMO_EMAIL)
    click(qtbot, sign_in, "signInButton")
    assert email.accessibleDescription() == ""  # the error moved on to the password
    assert find(sign_in, QLineEdit, "signInPassword").accessibleDescription() == (
        "Error: Enter your password."
    )


def test_the_wait_is_announced_once_not_every_second(
    qtbot: QtBot, controller: AppController, announcements: list[Announcement]
) -> None:
    controller.start(demo=False)
    sign_in_window(qtbot).wait_before_retry(2)
    qtbot.waitUntil(
        lambda: any("try again now" in said.text for said in announcements), timeout=4000
    )
    assert [said.text for said in announcements] == [
        "Too many attempts. Wait 2 seconds and try again.",
        "You can try again now.",
    ]


def test_busy_holds_everything_but_the_pressed_button(
    qtbot: QtBot, controller: AppController, server: RunningSandbox
) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    click(qtbot, sign_in, "signInAdvanced")
    type_into(qtbot, sign_in, "signInServer", server.url)
    type_into(qtbot, sign_in, "signInEmail", DEMO_EMAIL)
    type_into(qtbot, sign_in, "signInPassword", DEMO_PASSWORD)
    server.latency.milliseconds = 500
    button = find(sign_in, QPushButton, "signInButton")
    click(qtbot, sign_in, "signInButton")
    assert button.accessibleName() == "Signing in\u2026"
    for name in ("signInAdvanced", "signInRemember", "demoButton", "showSignInPasswordButton"):
        assert not find(sign_in, QWidget, name).isEnabled(), name
    wait_for_tokens(qtbot, 4)


def test_advanced_is_an_expandable_section(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    advanced = find(sign_in, QToolButton, "signInAdvanced")
    server = find(sign_in, QLineEdit, "signInServer")
    accessible = QAccessible.queryAccessibleInterface(advanced)
    assert accessible.role() == QAccessible.Role.Button  # not a check box
    assert accessible.text(QAccessible.Text.Name) == "Advanced"
    assert advanced.accessibleDescription() == "Collapsed"
    assert not server.isVisible()
    click(qtbot, sign_in, "signInAdvanced")
    assert advanced.accessibleDescription() == "Expanded"
    assert server.isVisible()
    click(qtbot, sign_in, "signInAdvanced")
    assert advanced.accessibleDescription() == "Collapsed"
    assert not server.isVisible()


def test_show_password_says_what_it_does(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    sign_in = sign_in_window(qtbot)
    password = find(sign_in, QLineEdit, "signInPassword")
    show = find(sign_in, QPushButton, "showSignInPasswordButton")
    assert (show.text(), show.accessibleName()) == ("Show", "Show password")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, sign_in, "showSignInPasswordButton")
    assert password.echoMode() == QLineEdit.EchoMode.Normal
    assert (show.text(), show.accessibleName()) == ("Hide", "Hide password")
    click(qtbot, sign_in, "showSignInPasswordButton")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert show.accessibleName() == "Show password"


def test_signing_in_again_shows_loading_not_an_empty_list(
    qtbot: QtBot, controller: AppController, sandbox: RunningSandbox, merchant: Account
) -> None:
    from PySide6.QtWidgets import QProgressBar

    controller.start(demo=False)
    for attempt in range(2):
        sign_in = sign_in_window(qtbot)
        if attempt == 0:
            click(qtbot, sign_in, "signInAdvanced")
            find(sign_in, QLineEdit, "signInServer").setText(sandbox.url)
            find(sign_in, QLineEdit, "signInEmail").setText(merchant.email)
        find(sign_in, QLineEdit, "signInPassword").setText(merchant.password)
        click(qtbot, sign_in, "signInButton")
        qtbot.waitUntil(lambda: window("mainWindow") is not None, timeout=10000)
        assert not find(main_window(), QLabel, "emptyStateLabel").isVisible()
        if attempt == 1:  # the list is on its way: say so
            assert find(main_window(), QProgressBar, "busyIndicator").isVisible()
        wait_for_tokens(qtbot, 4)
        sandbox.latency.milliseconds = 300  # the second time, the list takes a while
        action(main_window(), "signOutAction").trigger()
