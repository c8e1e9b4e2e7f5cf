"""A form's field messages: shown once a field was left, live after that, in space kept for them."""

from collections.abc import Collection, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.widgets import FieldError

# Focus that goes to a popup (a combo box's list, the calendar) or to another application
# has not left the field: the merchant is still at it.
_STAYING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


def reserve_lines(label: QWidget, lines: int) -> None:
    """Keep room for `lines` lines of the label, shown or hidden, so nothing moves."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)


class FormFeedback(QObject):
    """One message per field, tied to its field for screen readers (see `FieldError`).

    A field's message waits until focus has left the field, the merchant tried to send the
    form or the server refused the field; from then on it follows every change. Each
    message has a line kept for it whether it shows or not.

    Signals:
        left(str): focus went from this field to another part of the form.
    """

    left = Signal(str)

    def __init__(self, fields: Mapping[str, QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self._fields = dict(fields)
        self._touched: set[str] = set()
        self._owner: dict[QObject, str] = {}
        self._errors = {name: self._new_error(name, field) for name, field in fields.items()}
        for name, field in fields.items():
            for widget in (field, *field.findChildren(QWidget)):
                self._owner[widget] = name
                widget.installEventFilter(self)

    def _new_error(self, name: str, field: QWidget) -> FieldError:
        error = FieldError(f"{name}Error", self._window(), field=field.focusProxy() or field)
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

    def show(self, problems: Mapping[str, str]) -> None:
        """Show each touched field's problem beside it; clear the others."""
        for name, error in self._errors.items():
            error.show_message(problems.get(name) if name in self._touched else None)

    def focus_first(self, names: Collection[str]) -> None:
        """Move focus to the first field, top to bottom, that has a problem."""
        first = next((field for name, field in self._fields.items() if name in names), None)
        if first is not None:
            _focusable(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            name = self._owner.get(watched)
            if name is not None and self._has_left(name, event):
                self._touched.add(name)
                self.left.emit(name)
        return False

    def _has_left(self, name: str, event: QFocusEvent) -> bool:
        now = QApplication.focusWidget()
        if event.reason() in _STAYING or now is None or now.window() is not self._window():
            return False
        field = self._fields[name]
        return now is not field and not field.isAncestorOf(now)


def _focusable(field: QWidget) -> QWidget:
    """The field itself, or for a group of controls its first one that takes focus."""
    if field.focusProxy() is not None or field.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return field
    inside = [w for w in field.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return inside[0] if inside else field
