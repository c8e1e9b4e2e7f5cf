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
from app.ui.shared.widgets import named

# What the Show list offers, and the tokens each choice shows (None: all).
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
        self._busy = named(QProgressBar(self), "busyIndicator", "Loading your tokens")
        self._busy.setRange(0, 0)
        self._busy.setTextVisible(False)
        self._busy.setMinimumWidth(240)
        self._text = QLabel(self)
        _centred(self, self._text, self._busy)
        self.set_text("Loading your tokens\u2026")

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
        self.create_button = named(
            QPushButton("Create a token", self), "createFirstTokenButton", "Create a token"
        )
        self.clear_button = named(
            QPushButton("Clear the search", self), "clearSearchButton", "Clear the search"
        )
        _centred(self, self._label, self.create_button, self.clear_button)
        self.show_reason(search="", status=None, plan_missing=False)

    def show_reason(self, *, search: str, status: str | None, plan_missing: bool) -> None:
        """Say why nothing is listed: the search, the status filter, or no tokens at all."""
        if search:
            text = f"No token matches \u201c{search}\u201d."
        elif status:
            text = (
                f"No {status.lower()} tokens. Choose \u201cAll\u201d under Show to see the others."
            )
        elif plan_missing:
            text = (
                "No tokens yet. Creating one needs the API Integration add-on; "
                "the note above says where to add it."
            )
        else:
            text = "No tokens yet. Create one to share with your developer."
        self._label.setText(text)
        self.clear_button.setVisible(bool(search))
        self.create_button.setVisible(not search and not status and not plan_missing)


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
        self, rows: int, *, search: str, status: str | None, plan_missing: bool
    ) -> None:
        """The table when it lists something, otherwise why it does not (once loaded)."""
        if self.is_loading():
            return
        if rows:
            self.show_table()
            return
        self._empty.show_reason(search=search, status=status, plan_missing=plan_missing)
        self.setCurrentWidget(self._empty)
