"""Locking when nobody is there: idle time, Lock now, what stays hidden, and unlocking."""

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.services.clipboard import SecretClipboard
from app.services.idle_watch import IdleWatch
from app.storage.paths import AppPaths
from app.storage.settings import Preferences, SettingsFile
from app.ui.controller import AppController
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.details.details_dialog import DetailsDialog
from app.ui.lock.lock_window import LockWindow
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from tests.helpers.clock import FakeClock
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.conftest import DemoStores, close_windows_opened_since, make_controller
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_tokens,
    shown_window,
    type_into,
    wait_for_tokens,
    window,
)
from tests.ui.test_merchant_path import create_token
from tests.ui.test_sign_in_and_states import sign_in_through_window


@pytest.fixture
def server() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:") as running:
        yield running


@pytest.fixture
def idle_clock() -> FakeClock:
    return FakeClock()  # time.monotonic's stand-in: only differences count


@pytest.fixture
def locking(
    qtbot: QtBot,
    app_home: Path,
    keychain: MemoryKeyring,
    demo_store: DemoStores,
    clipboard: SecretClipboard,
    idle_clock: FakeClock,
) -> Iterator[AppController]:
    """The app, its idle time measured by `idle_clock`."""
    before = set(QApplication.topLevelWidgets())
    app = make_controller(keychain, demo_store, clipboard, idle_clock=idle_clock)
    yield app
    app.shutdown()
    close_windows_opened_since(before)


def idle_watch(controller: AppController) -> IdleWatch:
    watch = controller.findChild(IdleWatch)
    assert watch is not None
    return watch


def idle_for(controller: AppController, clock: FakeClock, minutes: float) -> None:
    """Nobody touches the app for `minutes`; the watch's timer then wakes."""
    clock.advance(minutes * 60)
    idle_watch(controller).check()


def lock_window(qtbot: QtBot) -> LockWindow:
    return shown_window(qtbot, "lockWindow", LockWindow)


def is_locked() -> bool:
    return window("lockWindow") is not None


def session_works(url: str, token: str) -> bool:
    response = httpx.get(f"{url}/v1/merchant", headers={"Authorization": f"Bearer {token}"})
    return response.status_code == 200


def details_open() -> DetailsDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, DetailsDialog)]
    return next((w for w in shown if w.isVisible()), None)


def everything_readable() -> str:
    """What every visible window shows or tells accessibility clients, in one text."""
    said: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            said += [widget.accessibleName(), widget.accessibleDescription()]
            if isinstance(widget, QLabel | QLineEdit | QPushButton):
                said.append(widget.text())
            face = QAccessible.queryAccessibleInterface(widget)
            if face is not None and face.isValid():
                said += [face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Value)]
    return "\n".join(said)


def test_idle_for_the_chosen_time_locks_and_input_puts_it_off(
    qtbot: QtBot,
    locking: AppController,
    server: RunningSandbox,
    keychain: MemoryKeyring,
    idle_clock: FakeClock,
) -> None:
    sign_in_through_window(qtbot, locking, server, remember=True)
    (remembered,) = keychain.entries.values()
    assert session_works(server.url, remembered)
    idle_for(locking, idle_clock, 14)
    qtbot.keyClick(main_window(), Qt.Key.Key_Shift)  # the merchant is there
    idle_for(locking, idle_clock, 14)
    assert not is_locked()  # 14 minutes since the key, not 28 of idle time
    idle_for(locking, idle_clock, 1.01)  # 15 minutes, the default
    locked = lock_window(qtbot)
    assert find(locked, QLabel, "lockedStore").text() == "Demo Store"
    assert find(locked, QLabel, "lockedAccount").text() == DEMO_EMAIL
    assert not main_window().isVisible()
    assert shown_tokens() == []
    qtbot.waitUntil(lambda: keychain.entries == {})  # a restart opens nothing
    qtbot.waitUntil(lambda: not session_works(server.url, remembered))  # ended on the server
    assert not idle_watch(locking).watching


def test_unlock_with_a_wrong_password_stays_locked_then_the_right_one_opens(
    qtbot: QtBot, locking: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in_through_window(qtbot, locking, server, remember=True)
    qtbot.keyClick(main_window(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    locked = lock_window(qtbot)
    password = find(locked, QLineEdit, "unlockPassword")
    assert locked.focusWidget() is password
    type_into(qtbot, locked, "unlockPassword", "not-the-password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    error = find(locked, QLabel, "unlockError")
    qtbot.waitUntil(error.isVisible)
    assert "password" in error.text()
    assert password.accessibleDescription().endswith(error.text())  # tied to the field
    assert is_locked()
    assert not main_window().isVisible()
    assert locked.focusWidget() is password
    password.setText(DEMO_PASSWORD)
    click(qtbot, locked, "unlockButton")
    wait_for_tokens(qtbot, 4)
    assert window("lockWindow") is None
    qtbot.waitUntil(lambda: len(keychain.entries) == 1)  # Remember me holds again
    assert idle_watch(locking).watching


def test_a_restart_after_locking_asks_for_the_password(
    qtbot: QtBot, locking: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in_through_window(qtbot, locking, server, remember=True)
    action(main_window(), "lockAction").trigger()
    lock_window(qtbot)
    qtbot.waitUntil(lambda: keychain.entries == {})
    locking.shutdown()
    again = make_controller(keychain)
    try:
        again.start(demo=False)
        shown_window(qtbot, "signInWindow", QWidget)  # asking for the password
        assert keychain.entries == {}
    finally:
        again.shutdown()


def test_locking_keeps_a_token_not_copied_hidden_and_clears_the_clipboard(
    qtbot: QtBot, locking: AppController
) -> None:
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    usernames = [token.username for token in shown_tokens()]
    reveal, password = create_token(qtbot, locking, "locked-out", "orders")
    token = find(reveal, QLineEdit, "tokenField").text()
    click(qtbot, reveal, "copyPasswordButton")
    assert QGuiApplication.clipboard().text() == password
    action(main_window(), "detailsAction").trigger()  # a window of the session, closed
    qtbot.waitUntil(lambda: details_open() is not None)
    action(main_window(), "lockAction").trigger()
    locked = lock_window(qtbot)
    assert QGuiApplication.clipboard().text() == ""
    assert not reveal.isVisible()
    assert details_open() is None
    assert find(reveal, QLineEdit, "tokenField").text() == ""  # only in its Secret now
    assert not find(reveal, QPushButton, "copyButton").isEnabled()
    readable = everything_readable()
    for secret in (token, password, *usernames, "locked-out"):
        assert secret not in readable
    assert "waiting" in find(locked, QLabel, "lockWaiting").text()
    assert locked.focusWidget() is find(locked, QPushButton, "unlockButton")  # the demo
    click(qtbot, locked, "unlockButton")
    qtbot.waitUntil(lambda: reveal.isVisible())
    assert find(reveal, QLineEdit, "tokenField").text() == token
    assert find(reveal, QPushButton, "copyButton").isEnabled()
    wait_for_tokens(qtbot, 5)


def test_a_token_created_while_locking_waits_behind_the_lock(
    qtbot: QtBot, locking: AppController, demo_store: DemoStores
) -> None:
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    action(main_window(), "newTokenAction").trigger()
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    type_into(qtbot, dialog, "usernameField", "in-flight")
    click(qtbot, dialog, "generatePasswordButton")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    click(qtbot, dialog, "createButton")
    action(main_window(), "lockAction").trigger()  # while the server creates it
    lock_window(qtbot)
    qtbot.waitUntil(lambda: main_window().findChild(RevealTokenDialog) is not None)
    reveal = main_window().findChild(RevealTokenDialog)
    assert reveal is not None
    assert not reveal.isVisible()  # opened only behind the lock
    assert find(reveal, QLineEdit, "tokenField").text() == ""
    click(qtbot, lock_window(qtbot), "unlockButton")
    qtbot.waitUntil(reveal.isVisible)
    token = find(reveal, QLineEdit, "tokenField").text()
    assert token.startswith("stp_")
    wait_for_tokens(qtbot, 5)
    (made,) = [t for t in shown_tokens() if t.username == "in-flight"]
    assert made.status.value == "active"  # not revoked as abandoned


def test_the_idle_time_is_chosen_in_the_account_menu_and_remembered(
    qtbot: QtBot, locking: AppController, idle_clock: FakeClock
) -> None:
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    action(main_window(), "lockAfter0").trigger()
    assert not idle_watch(locking).watching
    idle_for(locking, idle_clock, 600)
    assert not is_locked()
    saved = Preferences(SettingsFile(AppPaths.from_environment().config_dir)).settings
    assert saved.lock_after_minutes == 0
    action(main_window(), "lockAfter5").trigger()
    idle_for(locking, idle_clock, 5)
    lock_window(qtbot)


def test_nothing_refreshes_while_locked(
    qtbot: QtBot, locking: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.token_service import TokenService
    from app.ui import token_watch

    monkeypatch.setattr(token_watch, "SLOW_MS", 50)
    monkeypatch.setattr(token_watch, "FAST_MS", 50)
    asked: list[float] = []
    refresh = TokenService.refresh_tokens

    def counted(self: TokenService, *args: Any, **handlers: Any) -> bool:
        asked.append(time.monotonic())
        return refresh(self, *args, **handlers)

    monkeypatch.setattr(TokenService, "refresh_tokens", counted)
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    qtbot.waitUntil(lambda: len(asked) >= 2)  # it watches while open
    action(main_window(), "lockAction").trigger()
    lock_window(qtbot)
    since = len(asked)
    qtbot.wait(400)  # eight watch intervals
    assert len(asked) == since


def test_an_open_confirmation_is_cancelled_by_the_lock(
    qtbot: QtBot, locking: AppController, demo_store: DemoStores
) -> None:
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    first = shown_tokens()[0]
    main_window().select_token(first.id)
    action(main_window(), "revokeAction").trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    action(main_window(), "lockAction").trigger()
    lock_window(qtbot)
    assert not box.isVisible()
    click(qtbot, lock_window(qtbot), "unlockButton")
    wait_for_tokens(qtbot, 4)
    (still,) = [t for t in shown_tokens() if t.id == first.id]
    assert still.status.value == "active"  # the lock answered No for the merchant


def test_the_selected_token_is_selected_again_after_unlocking(
    qtbot: QtBot, locking: AppController
) -> None:
    locking.start(demo=True)
    wait_for_tokens(qtbot, 4)
    third = shown_tokens()[2]
    main_window().focus_token(third.id)
    action(main_window(), "lockAction").trigger()
    click(qtbot, lock_window(qtbot), "unlockButton")
    qtbot.waitUntil(lambda: main_window().selected_tokens() == [third])
