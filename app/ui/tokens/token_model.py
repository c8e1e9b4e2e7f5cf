"""The token table's model and the proxy that searches, filters and sorts it."""

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.api.models import AccessToken, TokenStatus
from app.ui.shared.formatting import (
    local_time,
    never,
    permission_names,
    relative_time,
    status_words,
)
from app.ui.shared.switchover import overlap_running, switchover_sentence
from app.ui.shared.translation import fill, translate
from app.ui.tokens.token_words import Column as Column  # found here by the table's users
from app.ui.tokens.token_words import header

TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1
EXPIRING_SOON = timedelta(days=7)
ModelIndex = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]


_STATUS_ORDER = {TokenStatus.ACTIVE: 0, TokenStatus.EXPIRED: 1, TokenStatus.REVOKED: 2}
_FAR_FUTURE = 1e12  # "Never" sorts after every real expiry
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


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A key that sorts "a2" before "A10": case ignored, numbers by their value."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def utc_now() -> datetime:
    return datetime.now(UTC)


def expires_soon(token: AccessToken, now: datetime) -> bool:
    return (
        token.status is TokenStatus.ACTIVE
        and token.expires_at is not None
        and token.expires_at - now <= EXPIRING_SOON
    )


class TokenTableModel(QAbstractTableModel):
    """Holds the merchant's tokens; a change to one token updates only its row."""

    def __init__(self, clock: Clock = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tokens: list[AccessToken] = []
        self._rows: dict[str, int] = {}
        self._search_keys: list[str] = []
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
            return self._text(token, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # What a row read aloud says; the warning icon's meaning is in words here.
            text = self._text(token, column)
            if column is Column.EXPIRES and expires_soon(token, self._clock()):
                return fill(translate("TokenTableModel", "%1, expires soon"), text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # "Expires soon: <date>" beside the warning icon, the exact time of a date, the
            # whole permission list where the cell cuts it.
            return self._tooltip(token, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            described = self._tooltip(token, column)  # not the cell's words said twice
            return None if described == self._text(token, column) else described
        if role == Qt.ItemDataRole.ForegroundRole and token.status is not TokenStatus.ACTIVE:
            return QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.DecorationRole and column is Column.EXPIRES:
            return self._expiry_icon(token)
        return None

    # Cells

    def _text(self, token: AccessToken, column: Column) -> str:
        now = self._clock()
        if column is Column.USERNAME:
            return token.username
        if column is Column.PERMISSIONS:
            return permission_names(token.permissions)
        if column is Column.CREATED:
            return relative_time(token.created_at, now)
        if column is Column.LAST_USED:
            return never() if token.last_used_at is None else relative_time(token.last_used_at, now)
        if column is Column.EXPIRES:
            return never() if token.expires_at is None else relative_time(token.expires_at, now)
        if column is Column.STATUS:
            return status_words(token.status, switching=overlap_running(token.rotation, now))
        if column is Column.NOTE:
            return token.note or ""
        return f"\u2026 {token.token_hint}"

    @staticmethod
    def _sort_key(token: AccessToken, column: Column) -> Any:
        if column is Column.USERNAME:
            return token.username.casefold()
        if column is Column.PERMISSIONS:
            return ",".join(token.permissions)
        if column is Column.STATUS:
            return _STATUS_ORDER[token.status]
        if column is Column.TOKEN:
            return _natural(token.token_hint)
        if column is Column.NOTE:
            return (token.note or "").casefold()
        moment = {
            Column.CREATED: token.created_at,
            Column.LAST_USED: token.last_used_at,
            Column.EXPIRES: token.expires_at,
        }[column]
        if moment is None:
            return _FAR_FUTURE if column is Column.EXPIRES else 0.0
        return moment.timestamp()

    def _tooltip(self, token: AccessToken, column: Column) -> str | None:
        moments = {
            Column.CREATED: token.created_at,
            Column.LAST_USED: token.last_used_at,
            Column.EXPIRES: token.expires_at,
        }
        if column is Column.USERNAME and token.note:
            return token.note
        if column is Column.PERMISSIONS:
            return permission_names(token.permissions)  # whole, where the cell is cut
        if column is Column.EXPIRES and expires_soon(token, self._clock()):
            assert token.expires_at is not None
            return fill(
                translate("TokenTableModel", "Expires soon: %1"), local_time(token.expires_at)
            )
        if column is Column.STATUS and token.revoked_at is not None:
            return fill(translate("TokenTableModel", "Revoked %1"), local_time(token.revoked_at))
        if column is Column.STATUS and token.rotation is not None:
            now = self._clock()
            if overlap_running(token.rotation, now):
                return switchover_sentence(token.rotation, now)
        if column is Column.TOKEN:
            return translate(
                "TokenTableModel",
                "Only the last characters are shown; the full token was shown once.",
            )
        moment = moments.get(column)
        return None if moment is None else local_time(moment)

    def _expiry_icon(self, token: AccessToken) -> QIcon | None:
        if not expires_soon(token, self._clock()):
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # Changes

    def set_tokens(self, tokens: Iterable[AccessToken]) -> None:
        self.beginResetModel()
        self._tokens = self._sorted(list(tokens))
        self._reindex()
        self.endResetModel()

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
        return sorted(tokens, key=lambda t: self._sort_key(t, column), reverse=descending)

    def _reindex(self) -> None:
        self._rows = {token.id: row for row, token in enumerate(self._tokens)}
        self._search_keys = [_search_key(token) for token in self._tokens]
        self.generation += 1

    def update_token(self, token: AccessToken) -> None:
        """Replace one token in place, or add a new one at the top."""
        row = self._rows.get(token.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._tokens.insert(0, token)
            self._reindex()
            self.endInsertRows()
            return
        self._tokens[row] = token
        self._search_keys[row] = _search_key(token)
        self.generation += 1
        last = self.index(row, len(Column) - 1)
        self.dataChanged.emit(self.index(row, 0), last)

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


def _search_key(token: AccessToken) -> str:
    return f"{token.username}\n{token.note or ''}".casefold()
