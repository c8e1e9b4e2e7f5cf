"""Copy buttons that say what they copied and count down until the clipboard clears."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.ui.accessibility import announce, set_button_text
from app.ui.widgets import named

COPIED = "Copied \u2013 clears in {} s"


class CopyButtons(QObject):
    """A set of buttons copying secrets; only the one pressed last says "Copied".

    A screen reader hears each copy once, and once more when the clipboard is cleared, not
    every second of the countdown: the pressed button's accessible name says "Copied" for as
    long as its text does, without the seconds.
    """

    def __init__(self, clipboard: SecretClipboard, parent: QWidget) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._parent = parent
        self._labels: dict[QPushButton, str] = {}
        self._last: QPushButton | None = None
        clipboard.countdown.connect(self._on_clipboard_countdown)

    def button(self, text: str, object_name: str, on_clicked: Callable[[], object]) -> QPushButton:
        longest = COPIED.format(self._clipboard.clear_after_seconds)
        button = named(QPushButton(longest, self._parent), object_name, text)
        # Wide enough for the countdown from the start, so nothing moves when it shows.
        button.setMinimumWidth(button.sizeHint().width())
        button.setText(text)
        button.clicked.connect(on_clicked)
        self._labels[button] = text
        return button

    def copy(self, secret: Secret, button: QPushButton) -> None:
        self._restore_labels()
        self._last = button
        self._clipboard.copy(secret)
        seconds = self._clipboard.clear_after_seconds
        button.setAccessibleName(f"Copied \u2013 clears in {seconds} seconds")
        announce(
            button, f"Copied the {self._what(button)}. The clipboard clears in {seconds} seconds."
        )

    def _what(self, button: QPushButton) -> str:
        """'token' for "Copy token"."""
        return self._labels[button].removeprefix("Copy ")

    @Slot(int)
    def _on_clipboard_countdown(self, seconds: int) -> None:
        if self._last is None:
            return
        if seconds > 0:
            self._last.setText(COPIED.format(seconds))
        else:
            announce(self._last, f"The {self._what(self._last)} is no longer on the clipboard.")
            self._restore_labels()

    def _restore_labels(self) -> None:
        for button, text in self._labels.items():
            set_button_text(button, text)
        self._last = None
