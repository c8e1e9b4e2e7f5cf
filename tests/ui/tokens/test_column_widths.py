"""The token table's columns at both ends: a small window and a maximised one."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.tokens.column_widths import ColumnFit, fit_widths, share
from app.ui.tokens.token_model import Column
from app.ui.tokens.token_table import TokenTable
from tests.helpers.event_loop import settle
from tests.ui.conftest import DemoStores
from tests.ui.helpers import find, main_window, wait_for_tokens

COLUMNS = {
    0: ColumnFit(natural=100, minimum=80, gives_first=3, grows=3),  # like the username
    1: ColumnFit(natural=120, minimum=60, gives_first=1, grows=2),  # like the permissions
    2: ColumnFit(natural=90, minimum=70, gives_first=2, grows=1),  # like a date
}


def test_narrow_the_least_important_columns_give_first_and_the_total_is_exact() -> None:
    assert fit_widths(290, COLUMNS) == {0: 100, 1: 100, 2: 90}  # permissions alone give
    assert fit_widths(230, COLUMNS) == {0: 100, 1: 60, 2: 70}  # then the date
    assert fit_widths(220, COLUMNS) == {0: 90, 1: 60, 2: 70}  # the username last
    assert fit_widths(100, COLUMNS) == {0: 80, 1: 60, 2: 70}  # never below the minimums


def test_wide_the_spare_width_is_shared_not_given_to_one_column() -> None:
    widths = fit_widths(610 + 1, COLUMNS)
    assert sum(widths.values()) == 611
    assert widths == {0: 100 + 151, 1: 120 + 100, 2: 90 + 50}


def test_shares_add_up_exactly() -> None:
    assert sum(share(10, {1: 1, 2: 1, 3: 1}).values()) == 10
    assert share(0, {1: 0}) == {}


def _table_at(qtbot: QtBot, controller: AppController, width: int, height: int) -> TokenTable:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    main_window().resize(width, height)
    table = find(main_window(), TokenTable, "tokenTable")
    qtbot.waitUntil(lambda: table.viewport().width() > width - 60)
    settle(qtbot)  # the refit queued as the rows came
    return table


def _needs(table: TokenTable, column: Column) -> int:
    """The width a column needs to show every demo value whole."""
    return table.sizeHintForColumn(column)


def test_at_800_by_500_every_username_and_date_shows_whole_without_scrolling(
    qtbot: QtBot, controller: AppController
) -> None:
    table = _table_at(qtbot, controller, 800, 500)
    assert not table.horizontalScrollBar().isVisible()
    for column in (Column.USERNAME, Column.CREATED, Column.LAST_USED, Column.STATUS):
        assert table.columnWidth(column) >= _needs(table, column), column.name


def test_maximised_the_username_does_not_take_all_the_room(
    qtbot: QtBot, controller: AppController
) -> None:
    table = _table_at(qtbot, controller, 1600, 1000)
    shown = sum(table.columnWidth(c) for c in Column if table.shows(c))
    assert abs(shown - table.viewport().width()) <= 1  # the table's width is used, all of it
    assert table.columnWidth(Column.USERNAME) < table.viewport().width() // 3
    assert table.columnWidth(Column.CREATED) > _needs(table, Column.CREATED) * 1.3
    assert table.columnWidth(Column.PERMISSIONS) >= _needs(table, Column.PERMISSIONS)


def test_a_column_the_merchant_resized_keeps_its_width(
    qtbot: QtBot, controller: AppController
) -> None:
    table = _table_at(qtbot, controller, 1000, 560)
    table.horizontalHeader().resizeSection(Column.USERNAME, 333)  # as a drag does
    main_window().resize(1200, 600)
    qtbot.waitUntil(lambda: table.viewport().width() > 1100)
    assert table.columnWidth(Column.USERNAME) == 333


def test_a_search_keystroke_does_not_measure_the_rows_again(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from app.ui.tokens.token_table import TokenTable

    table = _table_at(qtbot, controller, 1000, 560)
    measured: list[int] = []
    measure = TokenTable.sizeHintForColumn

    def counted(self: TokenTable, column: int) -> int:
        measured.append(column)
        return measure(self, column)

    monkeypatch.setattr(TokenTable, "sizeHintForColumn", counted)
    search = find(main_window(), QLineEdit, "searchField")
    search.setText("sync")
    search.setText("")  # the rows come back
    settle(qtbot)  # a refit the keystrokes deferred would have run by now
    assert measured == []  # measuring 10,000 rows took ~60 ms after every keystroke
    assert table.columnWidth(Column.USERNAME) > 0


def test_at_800_a_long_username_gives_way_before_dates_and_headers(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    from tests.ui.helpers import action
    from tests.ui.test_token_life import Merchant

    table = _table_at(qtbot, controller, 800, 500)
    merchant = Merchant(demo_store.url)
    merchant.create("a-very-long-username-for-our-warehouse-sync-app")
    merchant.http.close()
    action(main_window(), "refreshAction").trigger()
    wait_for_tokens(qtbot, 5)
    settle(qtbot)  # the refit queued as the new row came
    metrics = table.fontMetrics()
    for column in (Column.CREATED, Column.LAST_USED):
        assert table.columnWidth(column) >= metrics.horizontalAdvance("59 minutes ago") + 16
    for column in Column:
        if table.shows(column):
            header = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert table.columnWidth(column) >= metrics.horizontalAdvance(header) + 16, header
    assert not table.horizontalScrollBar().isVisible()
