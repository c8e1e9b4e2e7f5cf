"""The recent calls made with a token, newest first, as a read-only table model."""

from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.api.contract import API_SESSIONS_PATH
from app.api.models import ApiCall
from app.ui.shared.formatting import local_time, short_local_time
from app.ui.shared.translation import fill, translate

ModelIndex = QModelIndex | QPersistentModelIndex


class CallColumn(IntEnum):
    WHEN = 0
    REQUEST = 1
    ANSWER = 2
    SECRET = 3
    ADDRESS = 4
    APP = 5


def call_header(column: CallColumn) -> str:
    return {
        CallColumn.WHEN: translate("CallsModel", "When"),
        CallColumn.REQUEST: translate("CallsModel", "Request"),
        CallColumn.ANSWER: translate("CallsModel", "Answer"),
        CallColumn.SECRET: translate("CallsModel", "Token"),
        CallColumn.ADDRESS: translate("CallsModel", "From"),
        CallColumn.APP: translate("CallsModel", "App"),
    }[column]


def call_column_samples() -> dict[CallColumn, str]:
    """Widths of the columns, from text they usually show, in the language in use."""
    return {
        CallColumn.WHEN: short_local_time(datetime(2026, 11, 28, 22, 32, tzinfo=UTC)),
        CallColumn.REQUEST: f"POST {API_SESSIONS_PATH}",
        CallColumn.ANSWER: answer_text(429),
        CallColumn.SECRET: translate("CallsModel", "Current"),
        CallColumn.ADDRESS: "255.255.255.255",
    }


_ANSWERED_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})


def answer_text(status: int) -> str:
    """'200 OK', '401 refused', '500 error': the HTTP status and what it meant."""
    if status < 400:
        return fill(translate("CallsModel", "%1 OK"), status)
    if status in (401, 403):
        return fill(translate("CallsModel", "%1 refused"), status)
    return fill(translate("CallsModel", "%1 error"), status)


class CallsModel(QAbstractTableModel):
    """What the developer's app asked for, when, from where, and with which secret."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: tuple[ApiCall, ...] = ()

    def set_calls(self, calls: tuple[ApiCall, ...]) -> None:
        self.beginResetModel()
        self._calls = calls
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(CallColumn)
        ):
            return call_header(CallColumn(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles; the ones not answered return first.
        if role not in _ANSWERED_ROLES or not 0 <= index.row() < len(self._calls):
            return None
        call = self._calls[index.row()]
        column = CallColumn(index.column())
        if column is CallColumn.WHEN:
            return (
                local_time(call.at)
                if role == Qt.ItemDataRole.ToolTipRole
                else short_local_time(call.at)
            )
        if column is CallColumn.REQUEST:
            return f"{call.method} {call.path}"
        if column is CallColumn.ANSWER:
            return answer_text(call.status)
        if column is CallColumn.SECRET:
            if call.secret == "current":  # noqa: S105 (which secret, not a secret)
                return translate("CallsModel", "Current")
            return translate("CallsModel", "Old")
        if column is CallColumn.ADDRESS:
            return call.ip
        return call.user_agent
