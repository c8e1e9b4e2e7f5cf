"""Signing out and removing a profile stick, also when the keychain would not open."""

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.ui.controller import AppController
from app.ui.sign_in.session_flow import not_forgotten
from tests.helpers.keyrings import LockedKeyring
from tests.helpers.log_fail import ExpectedLogs
from tests.ui import test_sign_in_and_states as states
from tests.ui.conftest import make_controller
from tests.ui.helpers import action, click, find, main_window, message_box, quit_app, window

server = states.server  # a store of its own to sign in to, whose session can end


@pytest.fixture
def keychain() -> LockedKeyring:
    """A keychain that opens until the test locks it (an unlock prompt cancelled)."""
    keychain = LockedKeyring()
    keychain.locked = False
    return keychain


@pytest.fixture
def restarted(keychain: LockedKeyring) -> Iterator[list[AppController]]:
    """The app started again after `quit_app`, with the same keychain and settings."""
    started: list[AppController] = []
    yield started
    for controller in started:
        quit_app(controller)


def _restart(
    controller: AppController, keychain: LockedKeyring, started: list[AppController]
) -> AppController:
    quit_app(controller)
    again = make_controller(keychain)
    started.append(again)
    again.start(demo=False)
    return again


def test_a_sign_out_the_keychain_could_not_record_is_done_at_the_next_start(
    qtbot: QtBot,
    controller: AppController,
    server: RunningSandbox,
    keychain: LockedKeyring,
    restarted: list[AppController],
    expected_logs: ExpectedLogs,
) -> None:
    """After a cancelled unlock prompt, Sign out left the remembered session in place, and
    the next start signed in with it, though the window had said it was not remembered."""
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    states.sign_in_through_window(qtbot, controller, server, remember=True)
    assert keychain.entries
    keychain.locked = True  # and its unlock prompt is cancelled
    action(main_window(), "signOutAction").trigger()
    reason = find(states.sign_in_window(qtbot), QLabel, "signInError")
    qtbot.waitUntil(lambda: reason.text() == not_forgotten())
    assert keychain.entries  # still there: the keychain would not open
    keychain.locked = False  # the next start: it opens again
    _restart(controller, keychain, restarted)
    states.sign_in_window(qtbot)  # not signed in with the session signed out of
    qtbot.waitUntil(lambda: not keychain.entries)  # forgotten, before anything else
    assert window("mainWindow") is None


def test_remove_asks_first_and_ends_the_session_on_the_server(
    qtbot: QtBot,
    controller: AppController,
    server: RunningSandbox,
    keychain: LockedKeyring,
    restarted: list[AppController],
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    states.sign_in_through_window(qtbot, controller, server, remember=True)
    ((_key, session),) = keychain.entries.items()
    keychain.locked = True  # the next start cannot read it: the sign-in window, with Retry
    _restart(controller, keychain, restarted)
    sign_in = states.sign_in_window(qtbot)
    keychain.locked = False
    click(qtbot, sign_in, "removeProfileButton")
    click(qtbot, message_box(qtbot, "removeProfileConfirmDialog"), "confirmRemoveProfileButton")
    qtbot.waitUntil(lambda: not keychain.entries)
    with httpx.Client(base_url=server.url) as http:
        asked = http.get("/v1/merchant", headers={"Authorization": f"Bearer {session}"})
    assert asked.status_code == 401  # ended on the server too, not only forgotten here
