"""A session's windows and copied secret end with it: on sign-out and when it expires."""

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.api.client import ShipturtleClient
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from app.ui.check.check_dialog import CheckTokenDialog
from app.ui.controller import AppController
from tests.helpers.event_loop import settle
from tests.helpers.keyrings import MemoryKeyring
from tests.ui import test_sign_in_and_states as states
from tests.ui.helpers import action, click, main_window, message_box, shown_window
from tests.ui.test_merchant_path import create_token, start_demo
from tests.ui.test_sign_in_and_states import sign_in_through_window, sign_in_window
from tests.ui.test_token_life import open_details, row_of

server = states.server  # a store of its own to sign in to, whose session can end


def _still_open(windows: list[QWidget]) -> list[str]:
    """The windows not closed: closed ones are deleted, or at least hidden."""
    return [w.objectName() for w in windows if shiboken6.isValid(w) and w.isVisible()]


def _open_session_windows(qtbot: QtBot) -> list[QWidget]:
    """Details of one token, the check window and a revoke question: what a merchant leaves
    open before walking away."""
    details = open_details(qtbot, "warehouse-sync")
    action(main_window(), "checkTokenAction").trigger()
    check = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    main_window().revoke_requested.emit([row_of("reporting")])
    question = message_box(qtbot, "revokeConfirmDialog")
    return [details, check, question]


def _sign_out() -> None:
    action(main_window(), "signOutAction").trigger()


def test_signing_out_closes_every_window_of_the_session(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    windows = _open_session_windows(qtbot)
    _sign_out()
    sign_in_window(qtbot)
    settle(qtbot)
    assert _still_open(windows) == []


def test_a_copied_token_leaves_the_clipboard_at_sign_out(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "leaving-soon", "orders")
    click(qtbot, reveal, "copyButton")
    copied = QGuiApplication.clipboard().text().startswith("stp_")
    assert copied  # never the text itself in a test's output: it is a secret
    click(qtbot, reveal, "copyPasswordButton")
    _sign_out()
    sign_in_window(qtbot)
    cleared = QGuiApplication.clipboard().text() == ""
    assert cleared, "the copied secret is still on the clipboard"
    assert _still_open([reveal]) == []


def test_signing_out_over_a_token_not_copied_asks_first(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "not-copied-yet", "orders")
    _sign_out()
    click(qtbot, message_box(qtbot, "closeWithoutCopyDialog"), "goBackButton")
    settle(qtbot)
    assert reveal.isVisible()  # nothing lost: still signed in, still shown
    assert main_window().isVisible()
    _sign_out()
    box = message_box(qtbot, "closeWithoutCopyDialog")
    box.accept()
    sign_in_window(qtbot)
    assert _still_open([reveal]) == []


def test_an_expired_session_closes_its_windows(
    qtbot: QtBot, controller: AppController, server: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in_through_window(qtbot, controller, server, remember=True)
    windows = _open_session_windows(qtbot)
    windows[-1].close()  # the question first: a refresh cannot happen under it
    session = next(iter(keychain.entries.values()))
    with ShipturtleClient(server.url) as elsewhere:  # the session dies on the server
        elsewhere.session_token = Secret(session)
        elsewhere.sign_out()
    action(main_window(), "refreshAction").trigger()
    sign_in_window(qtbot)
    settle(qtbot)
    assert _still_open(windows) == []
