"""Against a server with only the seed's part (list, create, revoke), the app offers only
that: no Rotate, Check, activity or edits, and nothing it does asks for what is missing."""

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.features import Features
from app.ui.controller import AppController
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from tests.conftest import new_store
from tests.helpers.event_loop import settle
from tests.ui import test_sign_in_and_states as states
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_tokens,
    wait_for_tokens,
)
from tests.ui.test_merchant_path import create_token
from tests.ui.test_token_life import open_details

PASSWORD = "a-long-store-passphrase"


@pytest.fixture
def seed_only() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:", features=Features.seed()) as sandbox:
        yield sandbox


def _signed_in(qtbot: QtBot, controller: AppController, sandbox: RunningSandbox) -> None:
    account = new_store(sandbox, "Seed Store", PASSWORD, sample_tokens=True)
    states.sign_in_through_window(qtbot, controller, sandbox, account.email, PASSWORD, tokens=None)
    wait_for_tokens(qtbot)


def _close_what_opened() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | QDialog) and widget.isVisible():
            if isinstance(widget, RevealTokenDialog):
                widget.discard()
            else:
                widget.reject()


def _not_offered(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "app.sandbox.capabilities" and "Not offered" in r.getMessage()
    ]


def test_every_shortcut_and_menu_entry_asks_only_for_what_the_server_offers(
    qtbot: QtBot,
    controller: AppController,
    seed_only: RunningSandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="app.sandbox.capabilities")
    _signed_in(qtbot, controller, seed_only)
    window = main_window()
    for name in ("rotateAction", "checkTokenAction", "stopOldAction"):
        assert not action(window, name).isVisible(), name  # not offered: not shown
    first = shown_tokens()[0]
    window.select_token(first.id)  # so that what acts on a token has one
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    actions = [a for a in actions if a.objectName() != "lockAction"]  # tests/ui/test_lock.py
    assert len(actions) > 8
    for each in actions:  # every shortcut the window has, pressed
        sequence = each.shortcut()[0]  # type: ignore[index]  # PySide6 lacks its stub
        qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())
        settle(qtbot)
        _close_what_opened()
    for menu in window.menuBar().findChildren(QMenu):  # every entry of every menu, chosen
        for entry in menu.actions():
            if entry.isVisible() and entry.isEnabled() and not entry.menu():
                if entry.objectName() in ("quitAction", "signOutAction", "lockAction"):
                    continue
                entry.trigger()
                settle(qtbot)
                _close_what_opened()
    details = open_details(qtbot, first.username)
    assert not find(details, QPushButton, "detailsRotateButton").isVisible()
    assert find(details, QLineEdit, "detailsNote").isReadOnly()
    details.reject()
    settle(qtbot)
    assert _not_offered(caplog) == []


def test_list_create_show_once_and_revoke_work_with_only_the_seeds_part(
    qtbot: QtBot,
    controller: AppController,
    seed_only: RunningSandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="app.sandbox.capabilities")
    _signed_in(qtbot, controller, seed_only)
    listed = len(shown_tokens())
    reveal, _password = create_token(qtbot, controller, "seed-app", "orders")
    click(qtbot, reveal, "copyMessageButton")
    message = QApplication.clipboard().text()  # holds the token: only yes or no in asserts
    has_commands = "/v1/api-sessions" in message  # no developer sign-in there: no commands
    docs = "as the Shipturtle API documentation for this server describes"
    says_to_use_the_docs = docs in message
    assert not has_commands
    assert says_to_use_the_docs
    click(qtbot, reveal, "copyButton")
    click(qtbot, reveal, "copyPasswordButton")
    click(qtbot, reveal, "doneButton")
    wait_for_tokens(qtbot, listed + 1)
    window = main_window()
    made = next(t for t in shown_tokens() if t.username == "seed-app")
    window.select_token(made.id)
    action(window, "revokeAction").trigger()
    click(qtbot, message_box(qtbot, "revokeConfirmDialog"), "confirmRevokeButton")
    qtbot.waitUntil(
        lambda: next(t for t in shown_tokens() if t.id == made.id).status.value == "revoked",
        timeout=10000,
    )
    assert _not_offered(caplog) == []
