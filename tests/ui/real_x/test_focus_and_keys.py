"""Focus and keyboard on a real X server with a window manager, keys pressed through X.

Offscreen Qt has no window manager: it cannot show which window is active or where a key
goes. Here keys are pressed with xdotool, so they reach whatever X says has the focus, as a
merchant's keyboard would.
"""

import subprocess

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.ui.controller import AppController
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.sign_in.sign_in import SignInWindow
from tests.conftest import Account
from tests.helpers.event_loop import arrival_of, is_click, is_key
from tests.ui.helpers import click, find, main_window, message_box, shown_window, window
from tests.ui.test_merchant_path import create_token, start_demo


def press(qtbot: QtBot, *keys: str) -> None:
    """Press keys on the X server's keyboard, then let Qt handle what they caused."""
    for key in keys:
        with arrival_of(qtbot, is_key):
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)


def real_click(qtbot: QtBot, widget: QWidget, clicks: int = 1) -> None:
    """Click the middle of a widget with the X server's mouse (twice: a double click)."""
    middle = widget.mapToGlobal(widget.rect().center())
    repeat = ["--repeat", str(clicks), "--delay", "50"] if clicks > 1 else []
    place = ["mousemove", "--sync", str(middle.x()), str(middle.y())]
    with arrival_of(qtbot, is_click):
        subprocess.run(
            ["xdotool", *place, "click", *repeat, "1"],
            check=True,
            timeout=10,
        )


def wait_until_active(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=5000)


def test_tab_leaves_the_table_and_keeps_the_selection(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    table = find(main_window(), QTableView, "tokenTable")
    wait_until_active(qtbot, table)
    table.setFocus()
    table.selectAll()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, "Tab")
    assert not table.hasFocus()
    assert len(main_window().selected_tokens()) == 4
    press(qtbot, "shift+Tab")
    assert table.hasFocus()
    assert len(main_window().selected_tokens()) == 4


def test_after_a_wrong_password_enter_signs_in_again(
    qtbot: QtBot, controller: AppController, sandbox: RunningSandbox, merchant: Account
) -> None:
    controller.start(demo=False)
    sign_in = shown_window(qtbot, "signInWindow", SignInWindow)
    wait_until_active(qtbot, sign_in)
    find(sign_in, QLineEdit, "signInEmail").setText(merchant.email)
    click(qtbot, sign_in, "signInAdvanced")
    find(sign_in, QLineEdit, "signInServer").setText(sandbox.url)
    password = find(sign_in, QLineEdit, "signInPassword")
    password.setFocus()
    qtbot.waitUntil(password.hasFocus)
    press(qtbot, "x", "Return")
    error = find(sign_in, QLabel, "signInError")
    qtbot.waitUntil(lambda: "not right" in error.text(), timeout=10000)
    assert QApplication.focusWidget() is password
    password.setText(merchant.password)  # retyped; then Enter, nothing else
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: main_window() is not None and main_window().isVisible(), timeout=10000)


def test_after_closing_without_copying_ctrl_n_reaches_the_main_window(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    wait_until_active(qtbot, main_window())
    reveal, _password = create_token(qtbot, controller, "forgetful", "orders")
    wait_until_active(qtbot, reveal)
    press(qtbot, "Escape")
    box = message_box(qtbot, "closeWithoutCopyDialog")
    wait_until_active(qtbot, box)
    real_click(qtbot, find(box, QPushButton, "confirmCloseButton"))
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)
    wait_until_active(qtbot, main_window())
    press(qtbot, "ctrl+n")
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    assert isinstance(dialog, QDialog)
    dialog.reject()


def test_down_in_the_search_goes_to_the_list(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    search = find(main_window(), QLineEdit, "searchField")
    wait_until_active(qtbot, search)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    press(qtbot, "s", "y", "n", "c", "Down")
    table = find(main_window(), QTableView, "tokenTable")
    assert table.hasFocus()
    assert [token.username for token in main_window().selected_tokens()] == ["warehouse-sync"]
    press(qtbot, "Return")  # Enter on the row opens its details
    shown_window(qtbot, "detailsPanel", QDialog).reject()


def test_alt_letters_reach_fields_made_of_parts(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    wait_until_active(qtbot, main_window())
    press(qtbot, "ctrl+n")
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    wait_until_active(qtbot, dialog)
    press(qtbot, "alt+p")
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "passwordField")
    press(qtbot, "alt+x")
    assert QApplication.focusWidget() is find(dialog, QComboBox, "expiryChoice")
    dialog.reject()


def test_tab_goes_through_details_to_close(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    main_window().select_token(
        next(t for t in main_window().model.tokens if t.username == "warehouse-sync").id
    )
    find(main_window(), QTableView, "tokenTable").setFocus()
    wait_until_active(qtbot, main_window())
    press(qtbot, "Return")
    details = shown_window(qtbot, "detailsPanel", QDialog)
    wait_until_active(qtbot, details)
    close = find(details, QPushButton, "detailsCloseButton")
    for _ in range(15):
        if QApplication.focusWidget() is close:
            break
        press(qtbot, "Tab")
    assert QApplication.focusWidget() is close
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: window("detailsPanel") is None)


def test_the_main_window_and_its_frame_fit_a_small_screen(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)  # 1000 wide by default; Xvfb's screen here is 800 by 600
    main = main_window()
    wait_until_active(qtbot, main)
    qtbot.waitUntil(lambda: main.frameGeometry() != main.geometry())  # framed by openbox
    area = main.screen().availableGeometry()
    qtbot.waitUntil(lambda: area.contains(main.frameGeometry()), timeout=3000)


def test_sign_in_tabs_to_the_demo_before_sign_in(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=False)
    sign_in = shown_window(qtbot, "signInWindow", SignInWindow)
    wait_until_active(qtbot, sign_in)
    click(qtbot, sign_in, "signInAdvanced")
    server = find(sign_in, QLineEdit, "signInServer")
    server.setFocus()
    qtbot.waitUntil(server.hasFocus)
    press(qtbot, "Tab")
    assert QApplication.focusWidget() is find(sign_in, QPushButton, "demoButton")
    press(qtbot, "Tab")
    assert QApplication.focusWidget() is find(sign_in, QPushButton, "signInButton")
