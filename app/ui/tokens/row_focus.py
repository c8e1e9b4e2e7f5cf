"""A visible mark around the token table's current row while the table has the keyboard."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

ModelIndex = QModelIndex | QPersistentModelIndex


class RowFocusDelegate(QStyledItemDelegate):
    """Frames the whole current row, instead of Qt's faint box around one of its cells.

    With whole rows selected, Qt marks the keyboard's place by a dotted box around the
    current cell only, and not at all on a selected row: arrow-key users lost their place.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    # initStyleOption is not overridden: it runs for every cell, and a Python override of it
    # cost more than the rest of the table's paint. Only the current cell has the focus flag.

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if option.state & QStyle.StateFlag.State_HasFocus:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_HasFocus  # the row's frame says it instead
        super().paint(painter, option, index)
        view = self._view
        if not view.hasFocus() or index.row() != view.currentIndex().row():
            return
        painter.save()
        pen = QPen(view.palette().color(QPalette.ColorRole.Highlight).darker(140), 2)
        painter.setPen(pen)
        rect = option.rect.adjusted(0, 1, 0, -1)
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        header = view.horizontalHeader()
        if header.visualIndex(index.column()) == _first_shown(view):
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if header.visualIndex(index.column()) == _last_shown(view):
            painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()


def _first_shown(view: QTableView) -> int:
    header = view.horizontalHeader()
    return next(
        (v for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))),
        0,
    )


def _last_shown(view: QTableView) -> int:
    header = view.horizontalHeader()
    return next(
        (
            v
            for v in reversed(range(header.count()))
            if not header.isSectionHidden(header.logicalIndex(v))
        ),
        header.count() - 1,
    )
