"""Every window as a screen reader meets it: named, told apart, errors tied to their field."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMenu, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.ui.check.check_dialog import CheckTokenDialog
from app.ui.controller import AppController
from app.ui.rotate.rotate_dialog import RotateDialog
from tests.conftest import unknown_email
from tests.helpers.event_loop import settle
from tests.ui.accessible_tree import problems
from tests.ui.conftest import Announcement, DemoStores
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_window,
)
from tests.ui.test_merchant_path import create_token, start_demo
from tests.ui.test_token_life import check, open_details, row_of


def _main(qtbot: QtBot) -> QWidget:
    # The demo shows both reminders: an expiry banner and a switch-over banner.
    banner = find(main_window(), QWidget, "expiryBanner")
    qtbot.waitUntil(banner.isVisible)
    find(main_window(), QLineEdit, "searchField").setText("sync")  # shows its clear button
    return main_window()


def _details(qtbot: QtBot) -> QWidget:
    return open_details(qtbot, "warehouse-sync")


def _rotate(qtbot: QtBot) -> QWidget:
    main_window().select_token(row_of("reporting").id)
    action(main_window(), "rotateAction").trigger()
    return shown_window(qtbot, "rotateDialog", RotateDialog)


def _check(qtbot: QtBot) -> QWidget:
    action(main_window(), "checkTokenAction").trigger()
    dialog = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    check(qtbot, "hello")
    return dialog


def _details_with_an_error(qtbot: QtBot) -> QWidget:
    dialog = _details(qtbot)
    find(dialog, QLineEdit, "detailsNote").setText("agency\u202e")  # a hidden character
    click(qtbot, dialog, "saveNoteButton")
    assert find(dialog, QLabel, "detailsError").isVisible()
    return dialog


def _create_with_errors(qtbot: QtBot) -> QWidget:
    action(main_window(), "newTokenAction").trigger()
    dialog = shown_window(qtbot, "createTokenDialog", QDialog)
    find(dialog, QLineEdit, "usernameField").setText("bad name!")
    find(dialog, QLineEdit, "passwordField").setText("short")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # shows every message
    assert find(dialog, QLabel, "usernameError").isVisible()
    return dialog


def _show_once(qtbot: QtBot) -> QWidget:
    reveal, _password = create_token(qtbot, None, "screen-reader", "orders")  # type: ignore[arg-type]
    click(qtbot, reveal, "copyButton")
    return reveal


SCENES: dict[str, Callable[[QtBot], QWidget]] = {
    "create with errors": _create_with_errors,
    "show once": _show_once,
    "main window with its banners": _main,
    "details": _details,
    "details with an error": _details_with_an_error,
    "rotate": _rotate,
    "check a token": _check,
}


@pytest.mark.parametrize("scene", SCENES)
def test_a_screen_reader_can_name_and_tell_apart_every_control(
    qtbot: QtBot, controller: AppController, scene: str
) -> None:
    start_demo(qtbot, controller)
    window = SCENES[scene](qtbot)
    assert problems(window) == []


HELP_DIALOGS = [("shortcutsAction", "shortcutsDialog"), ("aboutAction", "aboutDialog")]


def _help_dialog(qtbot: QtBot, action_name: str, dialog_name: str) -> QWidget:
    action(main_window(), action_name).trigger()
    return shown_window(qtbot, dialog_name, QDialog)


@pytest.mark.parametrize(("action_name", "dialog_name"), HELP_DIALOGS)
def test_the_help_dialogs_are_named_too(
    qtbot: QtBot, controller: AppController, action_name: str, dialog_name: str
) -> None:
    start_demo(qtbot, controller)
    assert problems(_help_dialog(qtbot, action_name, dialog_name)) == []


def test_the_sign_in_window_with_a_wrong_password_and_advanced_open(
    qtbot: QtBot, controller: AppController, sandbox: RunningSandbox
) -> None:
    controller.start(demo=False)
    sign_in = shown_window(qtbot, "signInWindow", QWidget)
    click(qtbot, sign_in, "signInAdvanced")
    find(sign_in, QLineEdit, "signInServer").setText(sandbox.url)
    find(sign_in, QLineEdit, "signInEmail").setText(unknown_email())
    find(sign_in, QLineEdit, "signInPassword").setText("not-it")
    click(qtbot, sign_in, "signInButton")
    error = find(sign_in, QLabel, "signInError")
    qtbot.waitUntil(lambda: "not right" in error.text(), timeout=10000)
    assert problems(sign_in) == []


def _cell(table: QTableView, index: QModelIndex) -> str:
    """What a screen reader says of a cell beyond its text."""
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface is not None
    cells = (interface.child(i) for i in range(interface.childCount()))
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    matching = [cell for cell in cells if cell.text(QAccessible.Text.Name) == spoken]
    assert len(matching) == 1, f"{spoken!r} should be one cell's text"
    cell = matching[0]
    return cell.text(QAccessible.Text.Description)


def test_the_expiring_soon_warning_is_said_not_only_shown(
    qtbot: QtBot, controller: AppController
) -> None:
    from app.ui.tokens.token_model import Column

    start_demo(qtbot, controller)
    table = find(main_window(), QTableView, "tokenTable")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "catalog-import")
    expires = model.index(row, Column.EXPIRES)
    assert expires.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", expires soon")
    description = _cell(table, expires)
    assert description.startswith("Expires soon: ")
    assert "Dec" in description or "12" in description  # the date, as in the tooltip


def test_sorting_is_in_the_view_menu_for_the_keyboard(
    qtbot: QtBot, controller: AppController
) -> None:
    from app.ui.tokens.token_model import Column

    start_demo(qtbot, controller)
    menu = find(main_window(), QMenu, "viewMenu")
    sort_menu = find(main_window(), QMenu, "sortMenu")
    menu.aboutToShow.emit()
    by_username = next(a for a in sort_menu.actions() if a.text() == "Username")
    ascending = next(a for a in sort_menu.actions() if a.text() == "&Ascending")
    by_username.trigger()
    ascending.trigger()
    header = find(main_window(), QTableView, "tokenTable").horizontalHeader()
    assert header.sortIndicatorSection() == Column.USERNAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = [header.model().index(r, 0).data() for r in range(4)]
    assert names == sorted(names)
    header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)  # a header click
    menu.aboutToShow.emit()
    checked = [a.text() for a in sort_menu.actions() if a.isChecked()]
    assert checked == ["Created", "&Descending"]


def test_a_revoke_is_announced_once(
    qtbot: QtBot, controller: AppController, announcements: list[Announcement]
) -> None:
    start_demo(qtbot, controller)
    main_window().select_token(row_of("reporting").id)
    action(main_window(), "revokeAction").trigger()
    click(qtbot, message_box(qtbot, "revokeConfirmDialog"), "confirmRevokeButton")
    said = "Revoked the token for \u201creporting\u201d."
    qtbot.waitUntil(lambda: said in [a.text for a in announcements], timeout=10000)
    settle(qtbot)  # anything the revoke deferred has run: a second "Revoked" would be here
    assert [a.text for a in announcements].count(said) == 1


def test_rotating_keeps_the_focus_on_rotate_which_says_so(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    dialog = _rotate(qtbot)
    confirm = find(dialog, QPushButton, "confirmRotateButton")
    demo_store.latest.latency.milliseconds = 500
    confirm.setFocus()
    click(qtbot, dialog, "confirmRotateButton")
    assert confirm.accessibleName() == confirm.text() == "Rotating\u2026"
    assert dialog.focusWidget() is confirm
    click(qtbot, dialog, "confirmRotateButton")  # a second click while it works does nothing
    shown_window(qtbot, "revealTokenDialog", QWidget).close()


def test_show_password_is_a_button_that_says_what_it_will_do(
    qtbot: QtBot, controller: AppController
) -> None:
    from tests.ui.accessible_tree import interactive_elements

    start_demo(qtbot, controller)
    for scene in (_create_with_errors, _show_once):
        dialog = scene(qtbot)
        click(qtbot, dialog, "showPasswordButton")
        shown = [e for e in interactive_elements(dialog) if e.name.endswith(" password")]
        assert any(e.name == "Hide password" and e.role is QAccessible.Role.Button for e in shown)
        assert not [e for e in shown if e.role is QAccessible.Role.CheckBox]  # not "ticked"
        dialog.close()


def test_the_daily_requests_can_be_read_as_a_table_from_the_keyboard(
    qtbot: QtBot, controller: AppController
) -> None:
    """The chart's days were only in tooltips under the mouse; a screen reader heard a
    "filler" with a summary."""
    from PySide6.QtWidgets import QPushButton

    start_demo(qtbot, controller)
    details = open_details(qtbot, "warehouse-sync")
    days = find(details, QTableView, "dailyTable")
    qtbot.waitUntil(lambda: days.model().rowCount() == 30, timeout=10000)
    assert not days.isVisible()
    toggle = find(details, QPushButton, "showDailyTableButton")
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    toggle.click()
    assert days.isVisible()
    assert days.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert toggle.accessibleName() == "Show as chart"
    headers = [days.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Day", "Requests", "Errors"]
    assert days.model().index(0, 1).data().isdigit()  # the newest day first, in numbers
