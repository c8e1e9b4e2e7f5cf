"""Driving the windows the way a merchant would: find controls by name, type, click."""

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController

W = TypeVar("W", bound=QWidget)


def find(parent: QWidget, kind: type[W], name: str) -> W:
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def action(parent: QWidget, name: str) -> QAction:
    found = parent.findChild(QAction, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    button = find(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str) -> None:
    field = find(parent, QLineEdit, name)
    field.clear()
    qtbot.keyClicks(field, text)


def message_box(qtbot: QtBot, name: str) -> QMessageBox:
    def shown() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            boxes = [widget] if widget.objectName() == name else []
            boxes += widget.findChildren(QMessageBox, name)
            for box in boxes:
                if isinstance(box, QMessageBox) and box.isVisible():
                    return box
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    box = shown()
    assert box is not None
    return box


def wait_for_tokens(qtbot: QtBot, controller: AppController, count: int | None = None) -> None:
    def ready() -> bool:
        rows = controller.model.rowCount()
        return rows > 0 if count is None else rows == count

    qtbot.waitUntil(ready, timeout=15000)


def cut_off_labels(window: QWidget) -> list[str]:
    """The wrapped labels shown shorter than their text needs at their width."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def enlarge_text(window: QWidget, factor: float = 1.8) -> None:
    """Large text, as at 200 % scaling with a wide window (set before the window shows)."""
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    window.setFont(font)
