"""A form's field messages: shown once a field was left, live after that, in space kept for them."""

from collections.abc import Collection, Mapping
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.shared.accessibility import announce, describe_error
from app.ui.shared.widgets import FieldError

# Focus that goes to a popup (a combo box's list, the calendar) or to another application
# has not left the field: the merchant is still at it.
_STAYING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
# How long the merchant pauses before a field's message, told late, is said: long enough for
# a screen reader to name the field moved to first.
IDLE_MS = 1200
# Signs the merchant is still going: a key, or focus moving on.
_BUSY = (QEvent.Type.KeyPress, QEvent.Type.FocusIn, QEvent.Type.ShortcutOverride)


def reserve_lines(label: QWidget, lines: int) -> None:
    """Keep room for `lines` lines of the label, shown or hidden, so nothing moves."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)


@runtime_checkable
class DescribesItsError(Protocol):
    """A field made of parts that puts its error into its controls' descriptions itself,
    beside what they already say (a checkbox's meaning, a password's strength)."""

    def describe_error(self, message: str | None) -> None: ...


class _ShownError(FieldError):
    """A field's message on screen only: FormFeedback decides when a screen reader hears it."""

    def show_message(self, message: str | None, *, about: QWidget | None = None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))


class FormFeedback(QObject):
    """One message per field, tied to its field for screen readers.

    A field's message waits until focus has left the field, the merchant tried to send the
    form or the server refused the field; from then on it follows every change. Each
    message has a line kept for it whether it shows or not.

    What a screen reader hears follows the focus. The field with the focus has its message
    in its description and announced as it changes. A field without it (the one just left,
    above all) shows its message at once, but its description and an announcement naming
    it ("Username: Too short...") wait until the merchant pauses or comes back to it:
    changed as focus leaves, it was said by Orca in place of the field moved to.

    Signals:
        left(str): focus went from this field to another part of the form.
    """

    left = Signal(str)

    def __init__(
        self, fields: Mapping[str, tuple[QWidget, str]], parent: QWidget, idle_ms: int = IDLE_MS
    ) -> None:
        super().__init__(parent)
        self._fields = {name: field for name, (field, _label) in fields.items()}
        self._labels = {name: label for name, (_field, label) in fields.items()}
        self._touched: set[str] = set()
        self._told: dict[str, str | None] = {}  # what each field's description says
        self._waiting: dict[str, str | None] = {}  # to tell once the merchant pauses
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._owner: dict[QObject, str] = {}
        self._errors = {name: self._new_error(name, field) for name, field in self._fields.items()}
        for name, field in self._fields.items():
            for widget in (field, *field.findChildren(QWidget)):
                self._owner[widget] = name
                widget.installEventFilter(self)

    def _new_error(self, name: str, field: QWidget) -> FieldError:
        error = _ShownError(f"{name}Error", self._window(), field=field.focusProxy() or field)
        reserve_lines(error, 1)
        return error

    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def error(self, name: str) -> FieldError:
        """The label for this field's message, to place under the field."""
        return self._errors[name]

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def touch(self, *names: str) -> None:
        """Let these fields' messages show from now on."""
        self._touched.update(names)

    def touch_all(self) -> None:
        self._touched.update(self._fields)

    def show(self, problems: Mapping[str, str | None]) -> None:
        """Show each touched field's problem beside it; clear the others."""
        for name, error in self._errors.items():
            message = problems.get(name) if name in self._touched else None
            error.show_message(message)
            if message == self._told.get(name):
                self._waiting.pop(name, None)
            elif self._has_focus(name) or not message:
                self._tell(name, message)  # a message going away is not said
            else:
                self._waiting[name] = message
                self._idle.start()

    def focus_first(self, names: Collection[str]) -> None:
        """Move focus to the first field, top to bottom, that has a problem."""
        first = next((field for name, field in self._fields.items() if name in names), None)
        if first is not None:
            _focusable(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _tell(self, name: str, message: str | None) -> None:
        """Put the message in the field's description, and announce a new one."""
        self._waiting.pop(name, None)
        self._told[name] = message
        field = self._fields[name]
        if isinstance(field, DescribesItsError):
            field.describe_error(message)
        else:
            describe_error(field.focusProxy() or field, message)
        if not message:
            return
        if self._has_focus(name):
            announce(_focusable(field), message, assertive=True)
        else:
            announce(_focusable(field), f"{self._labels[name]}: {message}")

    @Slot()
    def _on_idle_timeout(self) -> None:
        for name, message in list(self._waiting.items()):
            self._tell(name, message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _BUSY and self._waiting:
            self._idle.start()  # not idle yet: wait on
        name = self._owner.get(watched)
        if name is None:
            return False
        if kind == QEvent.Type.FocusIn and name in self._waiting:
            self._tell(name, self._waiting[name])  # back at the field: its message is current
        if (
            isinstance(event, QFocusEvent)
            and kind == QEvent.Type.FocusOut
            and self._has_left(name, event)
        ):
            self._touched.add(name)
            self.left.emit(name)
        return False

    def _has_focus(self, name: str) -> bool:
        now = QApplication.focusWidget()
        field = self._fields[name]
        return now is not None and (now is field or field.isAncestorOf(now))

    def _has_left(self, name: str, event: QFocusEvent) -> bool:
        now = QApplication.focusWidget()
        if event.reason() in _STAYING or now is None or now.window() is not self._window():
            return False
        return not self._has_focus(name)


def _focusable(field: QWidget) -> QWidget:
    """The field itself, or for a group of controls its first one that takes focus."""
    if field.focusProxy() is not None or field.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return field
    inside = [w for w in field.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return inside[0] if inside else field
