"""The main window: the token table with search and status filter, actions and states."""

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.api.capabilities import Capabilities
from app.api.models import AccessToken, Merchant, TokenStatus
from app.services.token_changes import TokenChanges
from app.ui.shared.banner import Banner
from app.ui.shared.switchover import old_token_works
from app.ui.shared.translation import translate
from app.ui.shared.widgets import keep_on_screen, named
from app.ui.tokens.pages import STATUS_FILTERS, TokenPages, plan_missing, status_filter_words
from app.ui.tokens.reminders import ReminderBanners
from app.ui.tokens.search_field import SearchField
from app.ui.tokens.status_line import StatusLine
from app.ui.tokens.token_filter import TokenFilterProxy
from app.ui.tokens.token_model import Clock, TokenTableModel, utc_now
from app.ui.tokens.token_table import TokenTable
from app.ui.tokens.view_menu import ViewMenu
from app.ui.tokens.window_actions import WindowActions


class MainWindow(QMainWindow):
    """Lists the merchant's tokens; asks the controller to create, revoke, refresh, sign out.

    Signals:
        new_token_requested(), refresh_requested(), sign_out_requested(),
        check_token_requested().
        retry_requested(): Retry on the error banner; repeat what failed.
        revoke_requested(list[AccessToken]): revoke these, once the merchant confirmed.
        details_requested(AccessToken), rotate_requested(AccessToken),
        extend_requested(AccessToken), stop_old_requested(AccessToken): from a row, a menu
            or a reminder.
        columns_changed(list[str]): the optional columns shown.
        quit_requested(), help_page_requested(), diagnostics_requested(): from the menus.
    """

    new_token_requested = Signal()
    revoke_requested = Signal(list)
    refresh_requested = Signal()
    retry_requested = Signal()
    sign_out_requested = Signal()
    lock_requested = Signal()
    check_token_requested = Signal()
    details_requested = Signal(object)
    rotate_requested = Signal(object)
    extend_requested = Signal(object)
    stop_old_requested = Signal(object)
    columns_changed = Signal(list)
    quit_requested = Signal()
    help_page_requested = Signal()
    diagnostics_requested = Signal()

    def __init__(
        self, model: TokenTableModel, clock: Clock = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "Shipturtle Tokens"))
        self._model = model
        self._proxy = TokenFilterProxy(model, self)
        self._plan_missing = False
        self._build_actions()
        self._build_central()
        account = self.findChild(QMenu, "accountMenu")  # View goes between Tokens and Account
        assert account is not None
        self.menuBar().insertMenu(account.menuAction(), ViewMenu(self._table, self))
        self._status_line = StatusLine(self)
        self.setStatusBar(self._status_line)
        self._on_selection_changed()
        self.resize(1000, 560)
        keep_on_screen(self)

    # Building

    def _build_actions(self) -> None:
        self._actions = actions = WindowActions(self)
        actions.new.triggered.connect(self.new_token_requested)
        # While the store lacks the add-on, New token is greyed; its keys say why instead.
        self._new_without_plan = QShortcut(QKeySequence.StandardKey.New, self)
        self._new_without_plan.setEnabled(False)
        self._new_without_plan.activated.connect(lambda: self._plan.focus_message())
        actions.revoke.triggered.connect(lambda: self.revoke_requested.emit(self.selected_tokens()))
        actions.refresh.triggered.connect(self.refresh_requested)
        actions.sign_out.triggered.connect(self.sign_out_requested)
        actions.lock.triggered.connect(self.lock_requested)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.details.triggered.connect(lambda: self._emit_for_current(self.details_requested))
        actions.rotate.triggered.connect(lambda: self._emit_for_current(self.rotate_requested))
        actions.stop_old.triggered.connect(lambda: self._emit_for_current(self.stop_old_requested))
        actions.check.triggered.connect(self.check_token_requested)
        actions.quit.triggered.connect(self.quit_requested)
        actions.help_menu.help_page_requested.connect(self.help_page_requested)
        actions.help_menu.diagnostics_requested.connect(self.diagnostics_requested)

    def _build_central(self) -> None:
        self._search = SearchField(self)
        shows = translate("MainWindow", "Show tokens")
        self._status = named(QComboBox(self), "statusFilter", shows)
        for status in STATUS_FILTERS:
            self._status.addItem(status_filter_words(status))
        error, plan = translate("MainWindow", "Error"), translate("MainWindow", "Plan")
        self._error = named(Banner("errorBanner", self), "errorBanner", error)
        self._plan = named(Banner("planBanner", self), "planBanner", plan)
        self._reminders = ReminderBanners(self._clock, self)
        for source, target in (
            (self._reminders.rotate_requested, self.rotate_requested),
            (self._reminders.extend_requested, self.extend_requested),
            (self._reminders.stop_old_requested, self.stop_old_requested),
            (self._reminders.details_requested, self.details_requested),
        ):
            source.connect(target)
        self._pages = TokenPages(self._table_page(), self)
        self._create_first = self._pages.create_button
        self._create_first.clicked.connect(self.new_token_requested)
        self._pages.clear_button.clicked.connect(self._search.clear)
        filters = QHBoxLayout()
        filters.addWidget(self._search, 1)
        show = QLabel(translate("MainWindow", "&Show"), self)
        show.setBuddy(self._status)
        filters.addWidget(show)
        filters.addWidget(self._status)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        for widget in (self._plan, self._error, self._reminders):
            layout.addWidget(widget)
        layout.addLayout(filters)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self._search.textChanged.connect(self._proxy.set_search_text)
        self._search.textChanged.connect(self._update_page)
        self._search.down_pressed.connect(self._table.focus_rows)
        self._status.currentIndexChanged.connect(self._on_status_filter_changed)
        self._error.action_clicked.connect(self.retry_requested)
        self.setTabOrder(self._search, self._status)
        self.setTabOrder(self._status, self._table)

    def _table_page(self) -> QWidget:
        self._table = TokenTable(self._proxy, self._clock, self)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._table.selectionModel().currentChanged.connect(self._on_selection_changed)
        self._table.details_requested.connect(self.details_requested)
        self._table.rotate_requested.connect(self.rotate_requested)
        self._table.stop_old_requested.connect(self.stop_old_requested)
        self._table.revoke_requested.connect(self.revoke_requested)
        self._table.columns_changed.connect(self.columns_changed)
        return self._table

    # What the controller tells the window

    def set_loading(self, text: str | None = None) -> None:
        self._pages.show_loading(text or translate("MainWindow", "Loading your tokens\u2026"))

    def set_offers(self, offers: Capabilities) -> None:
        """Offer only what the server does: without rotation no Rotate or Stop the old
        token, without lookup no Check a token (hidden: their shortcuts do nothing)."""
        self._actions.set_offers(offers)
        self._table.set_offers(offers)
        self._reminders.set_offers(offers)

    def set_tokens(self, tokens: list[AccessToken]) -> None:
        first = not self._model.rowCount()
        self._error.hide()
        self._model.set_tokens(tokens)
        self._pages.show_table()
        self._tokens_changed()
        # The list, not an empty search field (first in Tab order) whose blinking caret
        # kept repainting the window while nobody used it.
        if (
            first
            and tokens
            and self.focusWidget() in (None, self._search)
            and not self._search.text()
        ):
            self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_changes(self, changes: TokenChanges, generation: int) -> None:
        """A refresh's changes to the list of `generation` (the model's snapshot)."""
        self._model.apply_changes(changes, generation)
        self._tokens_changed()

    def update_token(self, token: AccessToken) -> None:
        self._model.update_token(token)
        self._tokens_changed()

    def _tokens_changed(self) -> None:
        self._update_page()
        self._on_selection_changed()
        self._reminders.set_candidates(self._model.reminder_candidates)

    @property
    def model(self) -> TokenTableModel:
        """The list shown: its snapshot for a refresh, the tokens a reminder may be about."""
        return self._model

    def show_token_columns(self, names: list[str]) -> None:
        self._table.show_columns(names)

    def add_to_view_menu(self, menu: QMenu) -> None:
        """A submenu at the end of View (the language, say)."""
        view = self.findChild(QMenu, "viewMenu")
        assert view is not None
        view.addSeparator()
        view.addMenu(menu)

    def add_to_account_menu(self, menu: QMenu) -> None:
        """A submenu after Lock now (when to lock)."""
        self._actions.add_after_lock(menu)

    def show_error(self, message: str, retry: bool = True) -> None:
        self._error.show_message(message, translate("MainWindow", "Retry") if retry else None)
        if self._pages.is_loading() and retry:
            self._pages.show_table()
            self._update_page()

    def set_signing_in(self, signing_in: bool) -> None:
        """While signing in, no action can start a call; an error from before is gone."""
        self._actions.set_signing_in(signing_in)
        if signing_in:
            self._error.hide()

    def set_merchant(self, merchant: Merchant, server: str, *, demo: bool = False) -> None:
        self._status_line.set_who(merchant, server, demo=demo)
        self._plan_missing = not merchant.api_integration
        self._update_page()
        if self._plan_missing:
            self._plan.show_message(plan_missing())
        else:
            self._plan.hide()
        create = translate("MainWindow", "Create a token (Ctrl+N)")
        why = plan_missing() if self._plan_missing else create
        for widget in (self._actions.new, self._create_first):
            widget.setEnabled(not self._plan_missing)
            widget.setToolTip(why)
        self._new_without_plan.setEnabled(self._plan_missing)  # Ctrl+N then says why

    def set_clipboard_countdown(self, seconds: int) -> None:
        self._status_line.set_clipboard_countdown(seconds)

    def show_status(self, message: str) -> None:
        self._status_line.confirm(message)

    def selected_tokens(self) -> list[AccessToken]:
        return self._table.selected_tokens()

    def select_token(self, token_id: str) -> None:
        self._table.select_token(token_id)

    def focus_token(self, token_id: str) -> None:
        """Select the token's row and give it the keyboard focus (after the show-once screen)."""
        self._table.select_token(token_id)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reactions

    @Slot()
    def _on_selection_changed(self) -> None:
        active = [t for t in self.selected_tokens() if t.status is TokenStatus.ACTIVE]
        current = self._table.current_token() if self.selected_tokens() else None
        old_works = current is not None and old_token_works(current, self._clock())
        self._actions.follow_selection(active, current, old_works)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        selected = self.selected_tokens()
        current = self._table.current_token()
        token = current if current in selected else (selected[0] if selected else None)
        if token is not None:
            signal.emit(token)

    @Slot()
    def _on_find_triggered(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    @Slot(int)
    def _on_status_filter_changed(self, index: int) -> None:
        self._proxy.set_status(STATUS_FILTERS[index])
        self._update_page()

    @Slot()
    def _update_page(self) -> None:
        self._pages.show_list_or_why(
            self._proxy.rowCount(),
            search=self._search.text().strip(),
            status=STATUS_FILTERS[self._status.currentIndex()],
            plan_missing=self._plan_missing,
        )
