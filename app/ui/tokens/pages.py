"""The main window's pages: loading, the token table, or why there is nothing to list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.api.models import TokenStatus
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import named

# What the Show list offers, in its order: the tokens each choice shows (None: all).
STATUS_FILTERS: tuple[TokenStatus | None, ...] = (
    None,
    TokenStatus.ACTIVE,
    TokenStatus.REVOKED,
    TokenStatus.EXPIRED,
)


def status_filter_words(status: TokenStatus | None) -> str:
    """A choice in the Show list."""
    if status is TokenStatus.ACTIVE:
        return translate("pages", "Active")
    if status is TokenStatus.REVOKED:
        return translate("pages", "Revoked")
    if status is TokenStatus.EXPIRED:
        return translate("pages", "Expired")
    return translate("pages", "All")


def plan_missing() -> str:
    return translate(
        "pages",
        "Your plan does not include the API Integration add-on, so you cannot create tokens "
        "yet. Add it in Shipturtle under Settings > Subscription and billing.",
    )


def _none_with(status: TokenStatus) -> str:
    """Why the list is empty under the Show list's choice of `status`."""
    if status is TokenStatus.ACTIVE:
        return translate(
            "pages", "No active tokens. Choose \u201cAll\u201d under Show to see the others."
        )
    if status is TokenStatus.REVOKED:
        return translate(
            "pages", "No revoked tokens. Choose \u201cAll\u201d under Show to see the others."
        )
    return translate(
        "pages", "No expired tokens. Choose \u201cAll\u201d under Show to see the others."
    )


def _centred(page: QWidget, *widgets: QWidget) -> None:
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.wordWrap():
            # The whole width, its text centred: a centred wrapped label is given the width
            # of its size hint and a height too small for its lines, which were cut in half.
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        else:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)


class LoadingPage(QWidget):
    """A moving bar and a sentence saying what the app is waiting for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = named(
            QProgressBar(self), "busyIndicator", translate("LoadingPage", "Loading your tokens")
        )
        self._busy.setRange(0, 0)
        self._busy.setTextVisible(False)
        self._busy.setMinimumWidth(240)
        self._text = QLabel(self)
        _centred(self, self._text, self._busy)
        self.set_text(translate("LoadingPage", "Loading your tokens\u2026"))

    def set_text(self, text: str) -> None:
        self._text.setText(text)
        self._busy.setAccessibleName(text.rstrip("\u2026"))  # the bar says what it waits for


class EmptyPage(QWidget):
    """Why the list is empty, and the one button that helps: create, or clear the search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setObjectName("emptyStateLabel")
        self._label.setWordWrap(True)
        create = translate("EmptyPage", "Create a token")
        clear = translate("EmptyPage", "Clear the search")
        self.create_button = named(QPushButton(create, self), "createFirstTokenButton", create)
        self.clear_button = named(QPushButton(clear, self), "clearSearchButton", clear)
        _centred(self, self._label, self.create_button, self.clear_button)
        self.show_reason(search="", status=None, plan_missing=False)

    def show_reason(self, *, search: str, status: TokenStatus | None, plan_missing: bool) -> None:
        """Say why nothing is listed: the search, the status filter, or no tokens at all."""
        if search:
            text = fill(translate("EmptyPage", "No token matches \u201c%1\u201d."), search)
        elif status is not None:
            text = _none_with(status)
        elif plan_missing:
            text = translate(
                "EmptyPage",
                "No tokens yet. Creating one needs the API Integration add-on; "
                "the note above says where to add it.",
            )
        else:
            text = translate("EmptyPage", "No tokens yet. Create one to share with your developer.")
        self._label.setText(text)
        self.clear_button.setVisible(bool(search))
        self.create_button.setVisible(not search and status is None and not plan_missing)


class TokenPages(QStackedWidget):
    """The loading page until tokens come, then the table, or the reason it would be empty."""

    def __init__(self, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = LoadingPage(self)
        self._empty = EmptyPage(self)
        self._table = table
        for page in (self._loading, self._empty, table):
            self.addWidget(page)
        self.create_button = self._empty.create_button
        self.clear_button = self._empty.clear_button

    def show_loading(self, text: str) -> None:
        self._loading.set_text(text)
        self.setCurrentWidget(self._loading)

    def is_loading(self) -> bool:
        return self.currentWidget() is self._loading

    def show_table(self) -> None:
        self.setCurrentWidget(self._table)

    def show_list_or_why(
        self, rows: int, *, search: str, status: TokenStatus | None, plan_missing: bool
    ) -> None:
        """The table when it lists something, otherwise why it does not (once loaded)."""
        if self.is_loading():
            return
        if rows:
            self.show_table()
            return
        self._empty.show_reason(search=search, status=status, plan_missing=plan_missing)
        self.setCurrentWidget(self._empty)
