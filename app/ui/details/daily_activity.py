"""Requests per day as a chart, or, for the keyboard and screen readers, as a table."""

from PySide6.QtCore import QLocale, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.models import DailyActivity
from app.ui.details.activity_chart import ActivityChart, day_label
from app.ui.shared.accessibility import set_button_text
from app.ui.shared.translation import translate
from app.ui.shared.widgets import named


class DailyActivityView(QWidget):
    """The chart of the last days, and "Show as table" to read them day by day instead:
    the chart's numbers are otherwise only in tooltips a mouse brings up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = ActivityChart(self)
        headers = [
            translate("DailyActivityView", "Day"),
            translate("DailyActivityView", "Requests"),
            translate("DailyActivityView", "Errors"),
        ]
        self._days = QStandardItemModel(0, len(headers), self)
        self._days.setHorizontalHeaderLabels(headers)
        self._table = named(
            QTableView(self), "dailyTable", translate("DailyActivityView", "Requests per day")
        )
        self._table.setModel(self._days)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setTabKeyNavigation(False)  # Tab goes on; arrows go through the days
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.hide()
        as_table = translate("DailyActivityView", "Show as table")
        self._toggle = named(QPushButton(as_table, self), "showDailyTableButton", as_table)
        self._toggle.setCheckable(True)
        self._toggle.toggled.connect(self._on_toggle_toggled)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._toggle)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._chart)
        column.addWidget(self._table)
        column.addLayout(row)

    def set_daily(self, daily: tuple[DailyActivity, ...]) -> None:
        self._chart.set_daily(daily)
        self._days.setRowCount(0)
        for day in reversed(daily):  # newest first: what a reader wants to hear first
            locale = QLocale()
            cells = (
                day_label(day.date),
                locale.toString(day.requests),
                locale.toString(day.errors),
            )
            self._days.appendRow([QStandardItem(text) for text in cells])

    def summary(self) -> str:
        return self._chart.accessibleDescription()

    @Slot(bool)
    def _on_toggle_toggled(self, as_table: bool) -> None:
        self._chart.setVisible(not as_table)
        self._table.setVisible(as_table)
        if as_table:
            set_button_text(self._toggle, translate("DailyActivityView", "Show as chart"))
        else:
            set_button_text(self._toggle, translate("DailyActivityView", "Show as table"))
