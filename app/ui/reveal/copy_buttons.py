"""Copy buttons that say what they copied and count down until the clipboard clears."""

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.ui.shared.accessibility import announce, set_button_text
from app.ui.shared.translation import tr, translate
from app.ui.shared.widgets import named


class Copied(Enum):
    """What a copy button copies, for the sentences said when it is copied and cleared."""

    TOKEN = "token"  # noqa: S105 (which secret, not a secret)
    PASSWORD = "password"  # noqa: S105
    MESSAGE = "message"


def _countdown(seconds: int) -> str:
    return tr("Copied \u2013 clears in %n s", "", seconds)


def _copied(what: Copied, seconds: int) -> str:
    if what is Copied.TOKEN:
        return tr("Copied the token. The clipboard clears in %n seconds.", "", seconds)
    if what is Copied.PASSWORD:
        return tr("Copied the password. The clipboard clears in %n seconds.", "", seconds)
    return tr(
        "Copied the message for your developer. The clipboard clears in %n seconds.",
        "",
        seconds,
    )


def _gone(what: Copied) -> str:
    if what is Copied.TOKEN:
        return translate("copy_buttons", "The token is no longer on the clipboard.")
    if what is Copied.PASSWORD:
        return translate("copy_buttons", "The password is no longer on the clipboard.")
    return translate(
        "copy_buttons", "The message for your developer is no longer on the clipboard."
    )


def _copied_name(seconds: int) -> str:
    return tr("Copied \u2013 clears in %n seconds", "", seconds)


class CountdownButton(QPushButton):
    """A button whose countdown is painted, not set as its text: setting the text each
    second made Qt tell screen readers the button's name again, every second."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._shown: str | None = None

    def show_countdown(self, text: str | None) -> None:
        self._shown = text
        self.update()

    @property
    def shown_text(self) -> str:
        """What the button shows: its text, or the countdown painted in its place."""
        return self._shown if self._shown is not None else self.text()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if self._shown is not None:
            option.text = self._shown
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


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
        self._labels: dict[CountdownButton, tuple[str, Copied]] = {}
        self._last: CountdownButton | None = None
        clipboard.countdown.connect(self._on_clipboard_countdown)

    def button(
        self, text: str, object_name: str, what: Copied, on_clicked: Callable[[], object]
    ) -> QPushButton:
        longest = _countdown(self._clipboard.clear_after_seconds)
        button = named(CountdownButton(longest, self._parent), object_name, text)
        # Wide enough for the countdown from the start, so nothing moves when it shows.
        button.setMinimumWidth(button.sizeHint().width())
        button.setText(text)
        button.clicked.connect(on_clicked)
        self._labels[button] = (text, what)
        return button

    @property
    def clipboard(self) -> SecretClipboard:
        return self._clipboard

    def relabel(self, button: QPushButton, text: str) -> None:
        """Give one of this set's buttons new words, kept after a countdown too."""
        assert isinstance(button, CountdownButton)
        self._labels[button] = (text, self._labels[button][1])
        if button is not self._last:
            set_button_text(button, text)
            button.setAccessibleName(text)

    def copy(self, secret: Secret, button: QPushButton) -> None:
        assert isinstance(button, CountdownButton)  # one of this set's
        self._restore_labels()
        self._last = button
        self._clipboard.copy(secret)
        seconds = self._clipboard.clear_after_seconds
        # Once; the seconds are painted over it (see above).
        button.setText(translate("CopyButtons", "Copied"))
        button.setAccessibleName(_copied_name(seconds))
        announce(button, _copied(self._labels[button][1], seconds))

    @Slot(int)
    def _on_clipboard_countdown(self, seconds: int) -> None:
        if self._last is None:
            return
        if seconds > 0:
            self._last.show_countdown(_countdown(seconds))
        else:
            announce(self._last, _gone(self._labels[self._last][1]))
            self._restore_labels()

    def _restore_labels(self) -> None:
        for button, (text, _what) in self._labels.items():
            button.show_countdown(None)
            set_button_text(button, text)
        self._last = None
