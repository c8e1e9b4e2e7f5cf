"""The token table: rows to select, open and act on, and columns the merchant can choose."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.api.models import AccessToken, TokenStatus
from app.ui.token_filter import TokenFilterProxy
from app.ui.token_model import HEADERS, TOKEN_ROLE, Column
from app.ui.widgets import named

# Column widths come from the longest text a column usually shows, in the current font.
_COLUMN_SAMPLES = {
    Column.PERMISSIONS: "Order API Access, Product",  # both, cut: the tooltip has all
    Column.CREATED: "11 months ago",
    Column.LAST_USED: "59 minutes ago",
    Column.EXPIRES: "\u26a0 in 11 months",
    Column.STATUS: "Active, switching",
    Column.TOKEN: "\u2026 WWWW",
    Column.NOTE: "Agency building our app",
}
# Columns the merchant may hide or show from the header's menu.
OPTIONAL_COLUMNS = (Column.NOTE,)


class TokenTable(QTableView):
    """Double-click or Enter opens a token; right-click offers what can be done with it.

    Signals:
        details_requested(AccessToken), rotate_requested(AccessToken),
        revoke_requested(list[AccessToken]), columns_changed(list[str]): the optional
        columns now shown, by header name.
    """

    details_requested = Signal(object)
    rotate_requested = Signal(object)
    revoke_requested = Signal(list)
    columns_changed = Signal(list)

    def __init__(self, proxy: TokenFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "tokenTable", "Access tokens")
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        # Tab moves to the next control, as everywhere else; the arrows move between rows.
        self.setTabKeyNavigation(False)
        self._size_columns()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.doubleClicked.connect(self._on_row_activated)
        self.show_columns([])

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.USERNAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Never") * 2)
        for column, sample in _COLUMN_SAMPLES.items():
            self.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 32)

    # Columns

    def shown_optional_columns(self) -> list[str]:
        return [HEADERS[c] for c in OPTIONAL_COLUMNS if not self.isColumnHidden(c)]

    def show_columns(self, names: list[str]) -> None:
        """Show these optional columns (by header name) and hide the others."""
        for column in OPTIONAL_COLUMNS:
            self._set_shown(column, HEADERS[column] in names)

    def _set_shown(self, column: Column, shown: bool) -> None:
        # A shown note shares the spare width with the username instead of squeezing it.
        mode = QHeaderView.ResizeMode.Stretch if shown else QHeaderView.ResizeMode.Interactive
        self.horizontalHeader().setSectionResizeMode(column, mode)
        self.setColumnHidden(column, not shown)

    @Slot(QPoint)
    def _on_header_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for column in OPTIONAL_COLUMNS:
            action = menu.addAction(f"Show {HEADERS[column].lower()} column")
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self._on_column_toggled(c, on))
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def _on_column_toggled(self, column: Column, shown: bool) -> None:
        self._set_shown(column, shown)
        self.columns_changed.emit(self.shown_optional_columns())

    # Rows

    def selected_tokens(self) -> list[AccessToken]:
        rows = self.selectionModel().selectedRows()
        return [row.data(TOKEN_ROLE) for row in sorted(rows, key=lambda index: index.row())]

    def current_token(self) -> AccessToken | None:
        index = self.currentIndex()
        return index.data(TOKEN_ROLE) if index.isValid() else None

    def select_token(self, token_id: str) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(TOKEN_ROLE).id == token_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.selectionModel().select(index, flags)
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_row_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.details_requested.emit(index.data(TOKEN_ROLE))

    @Slot(QPoint)
    def _on_context_menu_requested(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        token: AccessToken = index.data(TOKEN_ROLE)
        if token.id not in {t.id for t in self.selected_tokens()}:
            self.select_token(token.id)
        self.row_menu(token).popup(self.viewport().mapToGlobal(position))

    def row_menu(self, token: AccessToken) -> QMenu:
        """Details, Rotate, Copy token ending, Revoke: what can be done with this row."""
        menu = QMenu(self)
        menu.setObjectName("tokenMenu")
        live = token.status is TokenStatus.ACTIVE
        self._menu_action(menu, "Details", "menuDetails", True).triggered.connect(
            lambda: self.details_requested.emit(token)
        )
        self._menu_action(menu, "Rotate\u2026", "menuRotate", live).triggered.connect(
            lambda: self.rotate_requested.emit(token)
        )
        self._menu_action(menu, "Copy token ending", "menuCopyEnding", True).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(token.token_hint)
        )
        menu.addSeparator()
        self._menu_action(menu, "Revoke\u2026", "menuRevoke", live).triggered.connect(
            lambda: self.revoke_requested.emit([token])
        )
        return menu

    @staticmethod
    def _menu_action(menu: QMenu, text: str, name: str, enabled: bool) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        return action
