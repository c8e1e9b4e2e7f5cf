"""Details' activity: requests per day (a chart, or a table) and the recent calls."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Activity
from app.ui.details.activity_model import CallsModel, call_column_samples
from app.ui.details.daily_activity import DailyActivityView
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import named


def _heading(title: str, parent: QWidget) -> QLabel:
    """A bold heading over a part of the section, its words escaped like any text."""
    label = QLabel(f"<b>{html.escape(title)}</b>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class ActivitySection(QWidget):
    """What the token was used for, once loaded; until then, that it is loading."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._chart = DailyActivityView(self)
        self._calls = CallsModel(self)
        self._table = named(
            QTableView(self), "activityTable", translate("ActivitySection", "Recent calls")
        )
        self._set_up_table()
        self._note = QLabel(translate("ActivitySection", "Loading the activity\u2026"), self)
        self._note.setWordWrap(True)  # the summary is a sentence, long in some languages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        per_day = translate("ActivitySection", "Requests per day, last 30 days")
        layout.addWidget(_heading(per_day, self))
        layout.addWidget(self._chart)
        layout.addWidget(self._note)
        layout.addWidget(_heading(translate("ActivitySection", "Recent calls"), self))
        layout.addWidget(self._table, 1)

    def _set_up_table(self) -> None:
        self._table.setModel(self._calls)
        rows = self._table.verticalHeader()
        rows.hide()
        # One height for every row: Qt then never asks each row for its size.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._table.fontMetrics().height() + 8)
        self._table.setWordWrap(False)
        self._table.setTabKeyNavigation(False)  # Tab goes on to Rotate, Revoke and Close
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.horizontalHeader().setStretchLastSection(True)
        # Widths from sample text, once: sizing to contents measures every row on each layout.
        for column, sample in call_column_samples().items():
            width = self._table.fontMetrics().horizontalAdvance(sample) + 24
            self._table.setColumnWidth(column, width)

    def show_activity(self, activity: Activity) -> None:
        self._chart.set_daily(activity.daily)
        self._calls.set_calls(activity.recent)
        if activity.recent:
            self._note.setText(self._chart.summary())
        else:
            self._note.setText(translate("ActivitySection", "No calls yet."))

    def show_error(self, message: str) -> None:
        not_loaded = translate("ActivitySection", "The activity could not be loaded. %1")
        self._note.setText(fill(not_loaded, message))
