"""The main window: the token table with search and status filter, actions and states."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.api.models import AccessToken, Merchant, TokenStatus
from app.ui.banner import Banner
from app.ui.token_model import TOKEN_ROLE, Column, TokenFilterProxy, TokenTableModel
from app.ui.widgets import named

STATUS_FILTERS: tuple[tuple[str, TokenStatus | None], ...] = (
    ("All", None),
    ("Active", TokenStatus.ACTIVE),
    ("Revoked", TokenStatus.REVOKED),
    ("Expired", TokenStatus.EXPIRED),
)
PLAN_MISSING = (
    "Your plan does not include the API Integration add-on, so you cannot create tokens yet. "
    "Add it in Shipturtle under Settings > Subscription and billing."
)
_LOADING, _EMPTY, _TABLE = range(3)
# Column widths come from the longest text a column usually shows, in the current font.
_COLUMN_SAMPLES = {
    Column.PERMISSIONS: "Orders, Products",
    Column.CREATED: "11 months ago",
    Column.LAST_USED: "59 minutes ago",
    Column.EXPIRES: "\u26a0 in 11 months",
    Column.STATUS: "Revoked",
    Column.TOKEN: "\u2026 WWWW",
}


class MainWindow(QMainWindow):
    """Lists the merchant's tokens; asks the controller to create, revoke, refresh, sign out.

    Signals:
        new_token_requested(), refresh_requested(), sign_out_requested().
        retry_requested(): Retry on the error banner; repeat what failed.
        revoke_confirmed(list[AccessToken]): the merchant confirmed revoking these tokens.
    """

    new_token_requested = Signal()
    revoke_confirmed = Signal(list)
    refresh_requested = Signal()
    retry_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, model: TokenTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Shipturtle Tokens")
        self._model = model
        self._proxy = TokenFilterProxy(model, self)
        self._plan_missing = False
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self._on_selection_changed()
        self.resize(1000, 560)

    # Building

    def _action(
        self, text: str, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        return action

    def _build_actions(self) -> None:
        self._new = self._action("New token", "newTokenAction", QKeySequence.StandardKey.New)
        self._revoke = self._action("Revoke", "revokeAction", QKeySequence(Qt.Key.Key_Delete))
        self._refresh = self._action("Refresh", "refreshAction", QKeySequence.StandardKey.Refresh)
        self._refresh.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self._sign_out = self._action("Sign out", "signOutAction", "Ctrl+Shift+Q")
        self._find = self._action("Find", "findAction", QKeySequence.StandardKey.Find)
        self._new.triggered.connect(self.new_token_requested)
        self._revoke.triggered.connect(self._on_revoke_triggered)
        self._refresh.triggered.connect(self.refresh_requested)
        self._sign_out.triggered.connect(self.sign_out_requested)
        self._find.triggered.connect(self._on_find_triggered)
        toolbar = QToolBar("Actions", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self._new, self._revoke, self._refresh):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self._sign_out)
        self.addToolBar(toolbar)
        menu = self.menuBar()
        tokens = menu.addMenu("&Tokens")
        for action in (self._new, self._revoke, self._refresh, self._find):
            tokens.addAction(action)
        account = menu.addMenu("&Account")
        account.addAction(self._sign_out)
        self.addAction(self._find)

    def _build_central(self) -> None:
        self._search = named(QLineEdit(self), "searchField", "Search tokens")
        self._search.setPlaceholderText("Search by username or note (Ctrl+F)")
        self._search.setClearButtonEnabled(True)
        self._status = named(QComboBox(self), "statusFilter", "Show tokens")
        for label, _status in STATUS_FILTERS:
            self._status.addItem(label)
        self._error = named(Banner("errorBanner", self), "errorBanner", "Error")
        self._plan = named(Banner("planBanner", self), "planBanner", "Plan")
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._loading_page())
        self._pages.addWidget(self._empty_page())
        self._pages.addWidget(self._table_page())
        filters = QHBoxLayout()
        filters.addWidget(self._search, 1)
        show = QLabel("&Show", self)
        show.setBuddy(self._status)
        filters.addWidget(show)
        filters.addWidget(self._status)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        for widget in (self._plan, self._error):
            layout.addWidget(widget)
        layout.addLayout(filters)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self._search.textChanged.connect(self._proxy.set_search_text)
        self._status.currentIndexChanged.connect(self._on_status_filter_changed)
        self._error.action_clicked.connect(self.retry_requested)
        self.setTabOrder(self._search, self._status)
        self.setTabOrder(self._status, self._table)

    def _loading_page(self) -> QWidget:
        page = QWidget(self)
        self._busy = QProgressBar(page)
        self._busy.setObjectName("busyIndicator")
        self._busy.setRange(0, 0)
        self._busy.setTextVisible(False)
        self._busy_label = QLabel("Loading your tokens\u2026", page)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._busy_label)
        layout.addWidget(self._busy)
        layout.addStretch(2)
        return page

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        label = QLabel("No tokens yet. Create one to share with your developer.", page)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self._create_first = named(
            QPushButton("Create a token", page), "createFirstTokenButton", "Create a token"
        )
        self._create_first.clicked.connect(self.new_token_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self._create_first, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _table_page(self) -> QWidget:
        self._table = named(QTableView(self), "tokenTable", "Access tokens")
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.USERNAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self._table.fontMetrics().horizontalAdvance("Never") * 2)
        for column, sample in _COLUMN_SAMPLES.items():
            width = self._table.fontMetrics().horizontalAdvance(sample)
            self._table.setColumnWidth(column, width + 32)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return self._table

    def _build_status_bar(self) -> None:
        self._who = QLabel(self)
        self._who.setObjectName("signedInLabel")
        self._clipboard = QLabel(self)
        self._clipboard.setObjectName("clipboardCountdown")
        self.statusBar().addWidget(self._who, 1)
        self.statusBar().addPermanentWidget(self._clipboard)

    # What the controller tells the window

    def set_loading(self, text: str = "Loading your tokens\u2026") -> None:
        self._busy_label.setText(text)
        self._pages.setCurrentIndex(_LOADING)

    def set_tokens(self, tokens: list[AccessToken]) -> None:
        self._error.hide()
        self._model.set_tokens(tokens)
        self._pages.setCurrentIndex(_TABLE if tokens else _EMPTY)
        self._on_selection_changed()

    def update_token(self, token: AccessToken) -> None:
        self._model.update_token(token)
        if self._pages.currentIndex() == _EMPTY:
            self._pages.setCurrentIndex(_TABLE)

    def show_error(self, message: str, retry: bool = True) -> None:
        self._error.show_message(message, "Retry" if retry else None)
        if self._pages.currentIndex() == _LOADING and retry:
            self._pages.setCurrentIndex(_EMPTY if not self._model.rowCount() else _TABLE)

    def set_merchant(self, merchant: Merchant, server: str, *, demo: bool = False) -> None:
        where = "the local demo store; nothing leaves this computer" if demo else server
        self._who.setText(f"Signed in as {merchant.name} ({merchant.email}) on {where}")
        self._plan_missing = not merchant.api_integration
        if self._plan_missing:
            self._plan.show_message(PLAN_MISSING)
        else:
            self._plan.hide()
        why = PLAN_MISSING if self._plan_missing else "Create a token (Ctrl+N)"
        for widget in (self._new, self._create_first):
            widget.setEnabled(not self._plan_missing)
            widget.setToolTip(why)

    def set_clipboard_countdown(self, seconds: int) -> None:
        self._clipboard.setText(f"Copied; the clipboard clears in {seconds} s" if seconds else "")

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def selected_tokens(self) -> list[AccessToken]:
        rows = self._table.selectionModel().selectedRows()
        return [row.data(TOKEN_ROLE) for row in sorted(rows, key=lambda index: index.row())]

    def select_token(self, token_id: str) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(TOKEN_ROLE).id == token_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self._table.selectionModel().select(index, flags)
                self._table.scrollTo(index)
                return

    # Reactions

    @Slot()
    def _on_selection_changed(self) -> None:
        active = [t for t in self.selected_tokens() if t.status is TokenStatus.ACTIVE]
        self._revoke.setEnabled(bool(active))
        label = f"Revoke {len(active)} tokens" if len(active) > 1 else "Revoke"
        self._revoke.setText(label)

    @Slot()
    def _on_revoke_triggered(self) -> None:
        tokens = [t for t in self.selected_tokens() if t.status is TokenStatus.ACTIVE]
        if not tokens:
            return
        from app.ui.dialogs import revoke_confirmation  # loaded on first use: faster start

        box = revoke_confirmation(self, tokens)
        box.accepted.connect(lambda: self.revoke_confirmed.emit(tokens))
        box.open()

    @Slot()
    def _on_find_triggered(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    @Slot(int)
    def _on_status_filter_changed(self, index: int) -> None:
        self._proxy.set_status(STATUS_FILTERS[index][1])
