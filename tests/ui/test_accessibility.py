"""Every window as a screen reader meets it: named, told apart, errors tied to their field."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.ui.check_dialog import CheckTokenDialog
from app.ui.controller import AppController
from app.ui.rotate_dialog import RotateDialog
from tests.ui.accessible_tree import problems
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_window,
)
from tests.ui.test_merchant_path import start_demo
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


SCENES: dict[str, Callable[[QtBot], QWidget]] = {
    "main window with its banners": _main,
    "details": _details,
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


def _cell(table: QTableView, index: QModelIndex) -> str:
    """What a screen reader says of a cell beyond its text."""
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface is not None
    cells = (interface.child(i) for i in range(interface.childCount()))
    matching = [cell for cell in cells if cell.text(QAccessible.Text.Name) == index.data()]
    assert len(matching) == 1, f"{index.data()!r} should be one cell's text"
    cell = matching[0]
    return cell.text(QAccessible.Text.Description)


def test_the_expiring_soon_warning_is_said_not_only_shown(
    qtbot: QtBot, controller: AppController
) -> None:
    from app.ui.token_model import Column

    start_demo(qtbot, controller)
    table = find(main_window(), QTableView, "tokenTable")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "catalog-import")
    description = _cell(table, model.index(row, Column.EXPIRES))
    assert description.startswith("Expires soon: ")
    assert "Dec" in description or "12" in description  # the date, as in the tooltip


def test_sorting_is_in_the_view_menu_for_the_keyboard(
    qtbot: QtBot, controller: AppController
) -> None:
    from app.ui.token_model import Column

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
    qtbot: QtBot, controller: AppController, announcements: list[str]
) -> None:
    start_demo(qtbot, controller)
    main_window().select_token(row_of("reporting").id)
    action(main_window(), "revokeAction").trigger()
    click(qtbot, message_box(qtbot, "revokeConfirmDialog"), "confirmRevokeButton")
    said = "Revoked the token for \u201creporting\u201d."
    qtbot.waitUntil(lambda: said in announcements, timeout=10000)
    qtbot.wait(100)
    assert announcements.count(said) == 1
