"""The main window's search box: a named clear button, and Escape to clear it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from app.ui.shared.translation import translate
from app.ui.shared.widgets import named


class SearchField(QLineEdit):
    """Search by username or note; Escape or its clear button empties it.

    Signals:
        down_pressed(): the merchant pressed Down, to go on to the list of what was found.
    """

    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "searchField", translate("SearchField", "Search tokens"))
        self.setPlaceholderText(translate("SearchField", "Search by username or note (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        clear_words = translate("SearchField", "Clear the search")
        for button in self.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            named(button, "clearSearchFieldButton", clear_words)
        clear = QAction(clear_words, self)  # its name in Help > Keyboard shortcuts
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear)
        self.addAction(clear)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
