"""Searching and filtering the token table without a call into Python per row and word."""

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from app.api.models import TokenStatus
from app.ui.tokens.token_model import ModelIndex, TokenTableModel


class TokenFilterProxy(QSortFilterProxyModel):
    """Filters by status and by words in the username or note; sorts on raw values.

    A search decides every row in one pass over the source's search keys, and the proxy
    then only looks each row up: a call from Qt into Python per row is the dear part of
    filtering, so it does as little as possible, and a keystroke that shows the same rows
    as before changes nothing at all.
    """

    def __init__(self, source: TokenTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._status: TokenStatus | None = None
        self._words: list[str] = []
        self._accepted: list[bool] = []
        self._accepted_for = -1  # the source generation `_accepted` was made for
        self._left_out: set[int] = set()  # columns not shown
        self.setSourceModel(source)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself much faster than the proxy's per-comparison calls into
        # Python; the proxy keeps the source's order and only filters.
        self._source.sort(column, order)

    def show_column(self, column: int, shown: bool) -> None:
        """Show or leave out a column: left out here, not hidden in the view, so that a
        screen reader reading a row does not read a column no one sees."""
        if (column not in self._left_out) == shown:
            return
        self.beginFilterChange()
        if shown:
            self._left_out.discard(column)
        else:
            self._left_out.add(column)
        self.endFilterChange(QSortFilterProxyModel.Direction.Columns)

    def shows(self, column: int) -> bool:
        return column not in self._left_out

    def filterAcceptsColumn(self, source_column: int, _parent: ModelIndex) -> bool:  # noqa: N802
        return source_column not in self._left_out

    def set_status(self, status: TokenStatus | None) -> None:
        """Show only tokens with this status; None shows all."""
        self._refilter(status, self._words)

    def set_search_text(self, text: str) -> None:
        self._refilter(self._status, text.casefold().split())

    def _refilter(self, status: TokenStatus | None, words: list[str]) -> None:
        before = self._current()
        after = self._source.matching_rows(status, words)
        self._status, self._words = status, words
        if after == before:
            return  # the same rows stay shown: nothing for Qt to redo
        self.beginFilterChange()
        self._accepted, self._accepted_for = after, self._source.generation
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _current(self) -> list[bool]:
        if self._accepted_for != self._source.generation:
            self._accepted = self._source.matching_rows(self._status, self._words)
            self._accepted_for = self._source.generation
        return self._accepted

    def filterAcceptsRow(self, source_row: int, _source_parent: ModelIndex) -> bool:  # noqa: N802
        # Called once per row on every change: the common case is one comparison and a lookup.
        if self._accepted_for == self._source.generation:
            return self._accepted[source_row]
        return self._current()[source_row]
