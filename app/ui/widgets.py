"""Small building blocks shared by the windows: names for tests and screen readers, errors.

Nothing here touches the `Qt` namespace: its first use costs about 13 ms, which the
sign-in window would otherwise pay before it can appear.
"""

from typing import TypeVar

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give a control the stable object name tests use and the name screen readers say."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def _is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> QColor:
    """A red that stays readable on the light and the dark palette."""
    return QColor("#f28b82" if _is_dark() else "#b3261e")


class FieldError(QLabel):
    """The sentence next to a field that says what is wrong with it; empty when nothing is."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        palette = self.palette()  # a palette, not a style sheet: cheaper, and no style proxy
        palette.setColor(QPalette.ColorRole.WindowText, error_color())
        self.setPalette(palette)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Let a window's minimum height follow what its wrapped labels need at its width.

    Qt sizes a window from its layout's minimum size, which ignores that a wrapped label
    grows taller as it gets narrower; at large text sizes lines were cut off. Call it from
    `resizeEvent` and whenever a message appears or changes.
    """
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if window.minimumHeight() != needed:
        window.setMinimumHeight(needed)


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A field's label; its &letter with Alt moves to the field."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def wrapped_label(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A window's bold first line, a little larger than the text under it."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label
