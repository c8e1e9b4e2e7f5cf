"""The View menu: the keyboard's way to sort the token list and choose its columns."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.shared.translation import translate
from app.ui.tokens.token_table import TokenTable
from app.ui.tokens.token_words import Column, header


class ViewMenu(QMenu):
    """Sort by any column, either way, and show or hide the optional columns.

    A header can only be clicked with the mouse; these are the same choices from the menu
    bar (Alt+V), and they show which sort is in force.
    """

    def __init__(self, table: TokenTable, parent: QWidget | None = None) -> None:
        super().__init__(translate("ViewMenu", "&View"), parent)
        self.setObjectName("viewMenu")
        self._table = table
        sort_menu = self.addMenu(translate("ViewMenu", "&Sort by"))
        sort_menu.setObjectName("sortMenu")
        self._columns = self._choices(sort_menu, [(header(c), c) for c in Column])
        sort_menu.addSeparator()
        orders = [(translate("ViewMenu", "&Ascending"), Qt.SortOrder.AscendingOrder)]
        orders.append((translate("ViewMenu", "&Descending"), Qt.SortOrder.DescendingOrder))
        self._orders = self._choices(sort_menu, orders)
        self.addSeparator()
        table.add_column_actions(self)
        self.aboutToShow.connect(self._on_about_to_show)

    def _choices(self, menu: QMenu, choices: Sequence[tuple[str, object]]) -> QActionGroup:
        group = QActionGroup(menu)
        for text, value in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
        group.triggered.connect(self._on_sort_chosen)
        return group

    @Slot()
    def _on_about_to_show(self) -> None:
        """Tick the sort in force, which a header click may have changed."""
        header = self._table.horizontalHeader()
        for action in self._columns.actions():
            action.setChecked(action.data() == header.sortIndicatorSection())
            action.setVisible(self._table.shows(action.data()))
        for action in self._orders.actions():
            action.setChecked(action.data() == header.sortIndicatorOrder())
        for action in self.actions():
            if action.isCheckable():  # a column toggle, its column as its data
                action.setChecked(self._table.shows(action.data()))

    @Slot(QAction)
    def _on_sort_chosen(self, _action: QAction) -> None:
        column, order = self._columns.checkedAction(), self._orders.checkedAction()
        if column is not None and order is not None:
            self._table.sortByColumn(column.data(), order.data())
