"""Focus around creating a token, on a real X server with a window manager, keys through X."""

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.tokens.token_model import TOKEN_ROLE
from tests.ui.conftest import DemoStores
from tests.ui.helpers import click, find, main_window, shown_window, window
from tests.ui.real_x.test_focus_and_keys import press, real_click, wait_until_active
from tests.ui.test_merchant_path import create_token, start_demo


def test_after_done_focus_is_on_the_new_tokens_row(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    main = main_window()
    table = find(main, QTableView, "tokenTable")
    search = find(main, QLineEdit, "searchField")
    wait_until_active(qtbot, main)
    table.setFocus()
    table.selectRow(2)  # the merchant was looking at another token...
    search.setFocus()  # ...and then at the search field
    qtbot.waitUntil(search.hasFocus)
    reveal, _password = create_token(qtbot, controller, "focus-after-done", "orders")
    wait_until_active(qtbot, reveal)
    click(qtbot, reveal, "copyButton")
    click(qtbot, reveal, "copyPasswordButton")
    done = find(reveal, QPushButton, "doneButton")
    done.setFocus()
    qtbot.waitUntil(done.hasFocus)
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)
    wait_until_active(qtbot, main)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=5000)
    assert table.currentIndex().data(TOKEN_ROLE).username == "focus-after-done"
    assert [t.username for t in main.selected_tokens()] == ["focus-after-done"]
    press(qtbot, "Down")  # the arrows go on from the new row
    assert table.currentIndex().row() == 1


def test_while_creating_focus_stays_on_create(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    wait_until_active(qtbot, main_window())
    demo_store.latest.latency.milliseconds = 800
    press(qtbot, "ctrl+n")
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    wait_until_active(qtbot, dialog)
    find(dialog, QLineEdit, "usernameField").setText("stays-put")
    click(qtbot, dialog, "generatePasswordButton")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    username = find(dialog, QLineEdit, "usernameField")
    username.setFocus()
    qtbot.waitUntil(username.hasFocus)
    press(qtbot, "Return")
    create = find(dialog, QPushButton, "createButton")
    assert QApplication.focusWidget() is create  # not Cancel, not the next field
    assert create.text() == create.accessibleName() == "Creating\u2026"
    press(qtbot, "Return")  # a second Enter neither sends again nor cancels
    assert QApplication.focusWidget() is create
    qtbot.waitUntil(lambda: window("revealTokenDialog") is not None, timeout=10000)
    assert window("createTokenDialog") is None


def test_the_shown_token_never_reaches_x11s_primary_selection(
    qtbot: QtBot, controller: AppController
) -> None:
    """Double-clicking the token field, or Shift+End in it, made the token X11's PRIMARY
    selection (pasted by a middle click anywhere) until the app quit."""
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "no-primary", "orders")
    wait_until_active(qtbot, reveal)
    primary = QGuiApplication.clipboard()
    primary.setText("before", QClipboard.Mode.Selection)
    field = find(reveal, QLineEdit, "tokenField")
    real_click(qtbot, field, clicks=2)
    press(qtbot, "Home", "shift+End", "ctrl+a")
    unchanged = primary.text(QClipboard.Mode.Selection) == "before"
    assert unchanged  # computed apart: a failing assert would print the token
    press(qtbot, "ctrl+c")  # the copy the merchant meant: the safe one, with its countdown
    assert find(reveal, QPushButton, "copyButton").text() != "Copy token"
