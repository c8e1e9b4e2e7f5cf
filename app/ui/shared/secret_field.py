"""A field that shows a secret once: its only copy is the safe one, and it is never selected.

QLineEdit copies a selection with Ctrl+C, its menu or a drag straight to the clipboard, with
no history hints and nothing to clear it, and on X11 it puts any selection in the PRIMARY
selection, where it stays until another is made. Here nothing can be selected, and every
way of copying (Ctrl+C, Ctrl+X, Ctrl+Insert, the menu) asks for the safe copy instead.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from app.ui.shared.translation import translate

_COPYING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)
_SELECTING = (
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.SelectNextChar,
    QKeySequence.StandardKey.SelectPreviousChar,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.SelectStartOfLine,
    QKeySequence.StandardKey.SelectEndOfLine,
    QKeySequence.StandardKey.SelectStartOfDocument,
    QKeySequence.StandardKey.SelectEndOfDocument,
)


class SecretField(QLineEdit):
    """Read-only, masked until shown; copying it means `copy_requested`, never the clipboard.

    Signals:
        copy_requested(): the merchant asked to copy this secret (keys or the menu).
    """

    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Masked before any text is set: a text set first reaches screen readers whole.
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setReadOnly(True)
        self.setDragEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if any(event.matches(key) for key in _COPYING):
            event.accept()
            self.copy_requested.emit()
        elif any(event.matches(key) for key in _SELECTING):
            event.accept()  # nothing to select: selecting is how it reached PRIMARY
        else:
            super().keyPressEvent(event)

    # The mouse focuses the field and moves nothing else: no selection, no drag.

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.copy_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def copy_menu(self) -> QMenu:
        """The field's menu: Copy, the safe way, and nothing that selects."""
        menu = QMenu(self)
        menu.setObjectName("secretFieldMenu")
        menu.addAction(translate("SecretField", "Copy")).triggered.connect(self.copy_requested)
        return menu
