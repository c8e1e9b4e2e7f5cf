"""The token table: rows to select, open and act on, and columns the merchant can choose."""

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.api.capabilities import ROTATION, Capabilities
from app.api.models import AccessToken, TokenStatus
from app.ui.shared.formatting import never
from app.ui.shared.switchover import old_token_works
from app.ui.shared.translation import translate
from app.ui.shared.widgets import named
from app.ui.tokens.column_widths import ColumnFit, fit_widths
from app.ui.tokens.row_focus import RowFocusDelegate
from app.ui.tokens.token_filter import TokenFilterProxy
from app.ui.tokens.token_model import TOKEN_ROLE, Clock
from app.ui.tokens.token_words import Column, header, sizing_texts

# Columns whose natural width is their longest text, up to this many average characters.
_CONTENT_COLUMNS = {Column.USERNAME: (4, 3, 30), Column.NOTE: (1, 3, 30)}
_PADDING = 24  # the cell's margins and the sort arrow's room
# Columns the merchant may hide or show from the header's menu: the name the settings keep
# each by (English and never shown, so that the settings load in any language), and the words
# of its toggle.
OPTIONAL_COLUMNS: dict[Column, tuple[str, Callable[[], str]]] = {
    Column.NOTE: ("Note", lambda: translate("token_table", "Show note column")),
}


class TokenTable(QTableView):
    """Double-click or Enter opens a token; right-click offers what can be done with it.

    Signals:
        details_requested(AccessToken), rotate_requested(AccessToken),
        stop_old_requested(AccessToken), revoke_requested(list[AccessToken]),
        columns_changed(list[str]): the optional columns now shown, by their settings name.
    """

    details_requested = Signal(object)
    rotate_requested = Signal(object)
    stop_old_requested = Signal(object)
    revoke_requested = Signal(list)
    columns_changed = Signal(list)

    def __init__(
        self, proxy: TokenFilterProxy, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "tokenTable", translate("TokenTable", "Access tokens"))
        self._proxy = proxy
        self._clock = clock
        self._rotation = True  # what the server offers: see set_offers
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
        self.setItemDelegate(RowFocusDelegate(self))
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
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(never()) + _PADDING)
        header.sectionResized.connect(self._on_header_section_resized)
        self._fitting = False
        self._merchant_sized = False
        self._content_widths: dict[Column, int] = {}
        # The tokens, not what the search shows: a keystroke must not measure rows again.
        tokens = self._proxy.sourceModel()
        for changed in (tokens.modelReset, tokens.rowsInserted, tokens.dataChanged):
            changed.connect(self._on_rows_changed)
        header.setResizeContentsPrecision(200)  # rows measured: ~5 ms, not ~30 ms for 10,000

    def _header_width(self, column: Column) -> int:
        """A header's text as the header paints it when a row is selected: in bold, which in
        German ("Zuletzt verwendet") is wider than the cells' text."""
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(header(column))

    def _column_fits(self) -> dict[int, ColumnFit]:
        width = self.fontMetrics().horizontalAdvance
        fits = {
            column: ColumnFit(
                width(natural) + _PADDING,
                max(width(least), self._header_width(column)) + _PADDING,  # shows whole
                gives,
                grows,
            )
            for column, (natural, least, gives, grows) in sizing_texts().items()
        }
        for column, (gives, grows, most) in _CONTENT_COLUMNS.items():
            if not self.shows(column):
                continue
            least = self._header_width(column) + _PADDING
            longest = min(self._content_width(column), width("x") * most + _PADDING)
            natural = max(least, longest)
            fits[column] = ColumnFit(natural, min(natural, least * 3 // 2), gives, grows)
        return {column: fit for column, fit in fits.items() if self.shows(column)}

    def _content_width(self, column: Column) -> int:
        """The widest text of a column (Qt looks at up to 1,000 rows), kept until rows change."""
        if column not in self._content_widths:
            self._content_widths[column] = self.sizeHintForColumn(column)
        return self._content_widths[column]

    @Slot()
    def _on_rows_changed(self) -> None:
        if not self._content_widths:
            return  # a refit is already on its way
        self._content_widths.clear()
        QTimer.singleShot(0, self, self.fit_columns)  # once for a burst of changes

    def fit_columns(self) -> None:
        """Share the table's width between the shown columns, unless the merchant has
        resized one by hand: from then on their widths are theirs."""
        if self._merchant_sized:
            return
        self._fitting = True
        for column, width in fit_widths(self.viewport().width(), self._column_fits()).items():
            self.setColumnWidth(column, width)
        self._fitting = False

    @Slot(int, int, int)
    def _on_header_section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:  # dragged by the merchant, not set by fit_columns
            self._merchant_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    # Columns

    def shows(self, column: Column) -> bool:
        return self._proxy.shows(column)

    def shown_optional_columns(self) -> list[str]:
        """The optional columns shown, by their settings name ("Note")."""
        return [name for column, (name, _toggle) in OPTIONAL_COLUMNS.items() if self.shows(column)]

    def show_columns(self, names: list[str]) -> None:
        """Show these optional columns (by their settings name) and hide the others."""
        for column, (name, _toggle) in OPTIONAL_COLUMNS.items():
            self._set_shown(column, name in names)

    def _set_shown(self, column: Column, shown: bool) -> None:
        self._fitting = True
        self._proxy.show_column(column, shown)
        self._fitting = False
        self.fit_columns()

    def add_column_actions(self, menu: QMenu) -> None:
        """A "Show ... column" toggle per optional column (the header's and the View menu)."""
        for column, (name, toggle) in OPTIONAL_COLUMNS.items():
            action = menu.addAction(toggle())
            action.setObjectName(f"show{name}ColumnAction")
            action.setCheckable(True)
            action.setData(column)
            action.setChecked(self.shows(column))
            action.toggled.connect(lambda on, c=column: self._on_column_toggled(c, on))

    @Slot(QPoint)
    def _on_header_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        self.add_column_actions(menu)
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

    @Slot()
    def focus_rows(self) -> None:
        """Go into the list, on the current row selected, or on the first if there is none."""
        if self.model().rowCount() > 0 and not self.selectionModel().hasSelection():
            self.selectRow(self.currentIndex().row() if self.currentIndex().isValid() else 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # The current row's frame shows only while the table has the keyboard: repaint it.

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def currentChanged(  # noqa: N802
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self.viewport().update()

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

    def set_offers(self, offers: Capabilities) -> None:
        self._rotation = offers.offers(ROTATION)

    def row_menu(self, token: AccessToken) -> QMenu:
        """Details, Rotate, Copy token ending, (Stop the old token), Revoke: what can be done
        with this row; Stop the old token while the server says its old secret still works."""
        menu = QMenu(self)
        menu.setObjectName("tokenMenu")
        live = token.status is TokenStatus.ACTIVE
        details = translate("TokenTable", "Details")
        self._menu_action(menu, details, "menuDetails", True).triggered.connect(
            lambda: self.details_requested.emit(token)
        )
        if self._rotation:
            rotate = translate("TokenTable", "Rotate\u2026")
            self._menu_action(menu, rotate, "menuRotate", live).triggered.connect(
                lambda: self.rotate_requested.emit(token)
            )
        ending = translate("TokenTable", "Copy token ending")
        self._menu_action(menu, ending, "menuCopyEnding", True).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(token.token_hint)
        )
        menu.addSeparator()
        if self._rotation and old_token_works(token, self._clock()):
            stop_old = translate("TokenTable", "Stop the old token\u2026")
            stop = self._menu_action(menu, stop_old, "menuStopOld", True)
            stop.triggered.connect(lambda: self.stop_old_requested.emit(token))
        revoke = translate("TokenTable", "Revoke\u2026")
        self._menu_action(menu, revoke, "menuRevoke", live).triggered.connect(
            lambda: self.revoke_requested.emit([token])
        )
        return menu

    @staticmethod
    def _menu_action(menu: QMenu, text: str, name: str, enabled: bool) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        return action
