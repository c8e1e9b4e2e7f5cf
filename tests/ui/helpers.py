"""Driving the windows the way a merchant would: find controls by name, type, click."""

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.api.models import AccessToken
from app.ui.tokens.token_model import TOKEN_ROLE

if TYPE_CHECKING:
    from app.ui.controller import AppController
    from app.ui.tokens.main_window import MainWindow

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


def windows(name: str) -> list[QWidget]:
    """The open windows with this object name, as a merchant sees them on screen."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.objectName() == name and widget.isVisible()
    ]


def window(name: str) -> QWidget | None:
    shown = windows(name)
    assert len(shown) <= 1, f"{len(shown)} windows named {name}"
    return shown[0] if shown else None


def shown_window(qtbot: QtBot, name: str, kind: type[W], timeout: int = 10000) -> W:
    """Wait for the window with this name to be on screen, and return it."""
    qtbot.waitUntil(lambda: window(name) is not None, timeout=timeout)
    found = window(name)
    assert isinstance(found, kind), found
    return found


def main_window() -> "MainWindow":
    """The main window, shown or hidden (it hides while the sign-in window is up)."""
    from app.ui.tokens.main_window import MainWindow

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert len(found) == 1, f"{len(found)} main windows"
    return found[0]


def shown_tokens() -> list[AccessToken]:
    """The tokens in the table, top to bottom, as the merchant sees them."""
    table = find(main_window(), QTableView, "tokenTable")
    model = table.model()
    return [model.index(row, 0).data(TOKEN_ROLE) for row in range(model.rowCount())]


def token_rows() -> int:
    """How many tokens the table lists, or 0 before there is a main window."""
    from app.ui.tokens.main_window import MainWindow

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return 0 if len(found) != 1 else len(shown_tokens())


def wait_for_tokens(qtbot: QtBot, count: int | None = None) -> None:
    def ready() -> bool:
        rows = token_rows()
        return rows > 0 if count is None else rows == count

    qtbot.waitUntil(ready, timeout=15000)


def quit_app(controller: "AppController") -> None:
    """As at quit: the app shuts down and its windows close (a later app opens its own)."""
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
