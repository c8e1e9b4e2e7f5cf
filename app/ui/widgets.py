"""Small building blocks shared by the windows: names for tests and screen readers, banners."""

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

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
        self.setStyleSheet(f"color: {error_color().name()};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))


class Banner(QFrame):
    """A strip above the content with one sentence and, when useful, one action.

    Signals:
        action_clicked(): the merchant pressed the banner's button.
    """

    action_clicked = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._action = named(QPushButton(self), f"{object_name}Action", "Banner action")
        self._action.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._action)
        self.hide()

    @property
    def message(self) -> str:
        return self._message.text()

    def show_message(self, message: str, action: str | None = None) -> None:
        self._message.setText(message)
        self.setAccessibleName(message)
        self._action.setText(action or "")
        self._action.setAccessibleName(action or "")
        self._action.setVisible(action is not None)
        self.show()
