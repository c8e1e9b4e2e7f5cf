"""The token table's model and the proxy that searches, filters and sorts it."""

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.api.models import AccessToken, TokenStatus
from app.services.token_changes import TokenChanges
from app.ui.shared.translation import fill, translate
from app.ui.tokens.deadlines import Deadlines
from app.ui.tokens.token_cells import cell_text, cell_tooltip, expires_soon, sort_key
from app.ui.tokens.token_words import Column as Column  # found here by the table's users
from app.ui.tokens.token_words import header

TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]


_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        TOKEN_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
    )
)


def utc_now() -> datetime:
    return datetime.now(UTC)


class TokenTableModel(QAbstractTableModel):
    """Holds the merchant's tokens; a change to one token updates only its row.

    Signals:
        tokens_set(): a whole list from the server is shown (see set_tokens).
    """

    tokens_set = Signal()

    def __init__(self, clock: Clock = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tokens: list[AccessToken] = []
        self._rows: dict[str, int] = {}
        self._search_keys: list[str] = []
        self._deadlines = Deadlines()  # what reminders and the watch look at
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        # Changes whenever a row's token, search key or place changes (read by the proxy).
        self.generation = 0

    # Qt's model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._tokens)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return header(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for seven roles per painted cell; most have no answer here.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._tokens):
            return None
        token = self._tokens[index.row()]
        column = Column(index.column())
        if role == TOKEN_ROLE:
            return token
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(token, column, self._clock())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # What a row read aloud says; the warning icon's meaning is in words here.
            text = cell_text(token, column, self._clock())
            if column is Column.EXPIRES and expires_soon(token, self._clock()):
                return fill(translate("TokenTableModel", "%1, expires soon"), text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # "Expires soon: <date>" beside the warning icon, the exact time of a date, the
            # whole permission list where the cell cuts it.
            return cell_tooltip(token, column, self._clock())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            described = cell_tooltip(
                token, column, self._clock()
            )  # not the cell's words said twice
            return None if described == cell_text(token, column, self._clock()) else described
        if role == Qt.ItemDataRole.ForegroundRole and token.status is not TokenStatus.ACTIVE:
            return QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.DecorationRole and column is Column.EXPIRES:
            return self._expiry_icon(token)
        return None

    # Cells

    def _expiry_icon(self, token: AccessToken) -> QIcon | None:
        if not expires_soon(token, self._clock()):
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # Changes

    def set_tokens(self, tokens: Iterable[AccessToken]) -> None:
        """The tokens as the server has them now. The first list resets the model; after
        that, rows are changed, removed and added in place, so that a refresh keeps the
        selection, the current row, the scroll position and an open menu."""
        new = list(tokens)
        if not self._tokens or not new:
            self.beginResetModel()
            self._tokens = self._sorted(new)
            self._reindex()
            self.endResetModel()
        else:
            self._apply(new)
        self.tokens_set.emit()

    def snapshot(self) -> tuple[int, tuple[AccessToken, ...]]:
        """The tokens as shown, and their generation (for `apply_changes`)."""
        return self.generation, tuple(self._tokens)

    def apply_changes(self, changes: TokenChanges, generation: int) -> None:
        """A refresh's changes, worked out (off the GUI thread) against the list of this
        `generation`; when the list changed since, the whole new list is compared here."""
        if generation != self.generation or not self._tokens or not changes.tokens:
            self.set_tokens(changes.tokens)
            return
        self._remove(changes.removed)
        self._replace({self._rows[token.id]: token for token in changes.changed})
        self._add(list(changes.added))
        self.tokens_set.emit()

    def _apply(self, new: list[AccessToken]) -> None:
        now = {token.id: token for token in new}
        self._remove({token.id for token in self._tokens if token.id not in now})
        self._replace(
            {row: now[token.id] for row, token in enumerate(self._tokens) if now[token.id] != token}
        )
        self._add([token for token in new if token.id not in self._rows])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on raw values: one key per row instead of a call per comparison."""
        self._sort = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        ids_before = [token.id for token in self._tokens]
        self._tokens = self._sorted(self._tokens)
        self._reindex()
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(self._rows[ids_before[old.row()]], old.column()) for old in moved_from
        ]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _sorted(self, tokens: list[AccessToken]) -> list[AccessToken]:
        if self._sort is None:
            return tokens
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(tokens, key=lambda t: sort_key(t, column), reverse=descending)

    def _remove(self, ids: Iterable[str]) -> None:
        rows = sorted((self._rows[id_] for id_ in ids if id_ in self._rows), reverse=True)
        for row in rows:  # bottom up: the rows above keep their place
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._tokens[row]
            self.endRemoveRows()
        if rows:
            self._reindex()

    def _reindex(self) -> None:
        self._rows = {token.id: row for row, token in enumerate(self._tokens)}
        self._search_keys = [_search_key(token) for token in self._tokens]
        self._deadlines.rebuild(self._tokens)
        self.generation += 1

    def update_token(self, token: AccessToken) -> None:
        """Replace one token in place, or add a new one at the top."""
        row = self._rows.get(token.id)
        if row is None:
            self._add([token])
        else:
            self._replace({row: token})

    def _replace(self, changes: dict[int, AccessToken]) -> None:
        """Tokens in place, by row: every row first, then one new generation for the proxy
        (not one per row: it works out its matches again for each), then the views."""
        if not changes:
            return
        for row, token in changes.items():
            self._deadlines.replace(self._tokens[row], token)
            self._tokens[row] = token
            self._search_keys[row] = _search_key(token)
        self.generation += 1
        for row in changes:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _add(self, tokens: list[AccessToken]) -> None:
        """New tokens at the top (the server's order is newest first), then in the sort."""
        if not tokens:
            return
        self.beginInsertRows(QModelIndex(), 0, len(tokens) - 1)
        self._tokens[:0] = tokens
        self._reindex()
        self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)

    def matching_rows(self, status: TokenStatus | None, words: list[str]) -> list[bool]:
        """For each row, whether its token has `status` (any if None) and all `words`."""
        keys = self._search_keys
        if status is None and not words:
            return [True] * len(keys)
        if status is not None:
            shown = [token.status is status for token in self._tokens]
            if not words:
                return shown
            pairs = zip(shown, keys, strict=True)
            return [ok and all(word in key for word in words) for ok, key in pairs]
        if len(words) == 1:
            word = words[0]
            return [word in key for key in keys]
        return [all(word in key for word in words) for key in keys]

    @property
    def tokens(self) -> list[AccessToken]:
        return list(self._tokens)

    def reminder_candidates(self, expiring_by: datetime) -> list[AccessToken]:
        """All a reminder may be about: active tokens rotated, or expiring by then."""
        rotated = self._deadlines.rotated
        seen = {token.id for token in rotated}
        due = self._deadlines.expiring_by(expiring_by)
        return [*rotated, *(self._tokens[self._rows[i]] for i in due if i not in seen)]

    @property
    def rotated_tokens(self) -> list[AccessToken]:
        """Active tokens that were rotated (a switch-over may run)."""
        return self._deadlines.rotated


def _search_key(token: AccessToken) -> str:
    return f"{token.username}\n{token.note or ''}".casefold()
