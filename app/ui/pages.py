"""The main window's pages besides the table: loading, and no tokens yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets import named


def _centred(page: QWidget, *widgets: QWidget) -> None:
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    for widget in widgets:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)


class LoadingPage(QWidget):
    """A moving bar and a sentence saying what the app is waiting for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        busy = QProgressBar(self)
        busy.setObjectName("busyIndicator")
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMinimumWidth(240)
        self._text = QLabel("Loading your tokens\u2026", self)
        _centred(self, self._text, busy)

    def set_text(self, text: str) -> None:
        self._text.setText(text)


class EmptyPage(QWidget):
    """No tokens yet, and the button that makes the first one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel("No tokens yet. Create one to share with your developer.", self)
        label.setWordWrap(True)
        self.create_button = named(
            QPushButton("Create a token", self), "createFirstTokenButton", "Create a token"
        )
        _centred(self, label, self.create_button)
