"""An expandable section's button: an arrow and a title that open or close what it holds."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.shared.translation import translate
from app.ui.shared.widgets import named

_OPEN, _CLOSED = "\u25be", "\u25b8"


class Disclosure(QToolButton):
    """Opens and closes a section; screen readers hear whether it is expanded.

    A plain button rather than a checkable one: Qt presents a checkable button to screen
    readers as a check box. The state is in its accessible description instead. A tool
    button takes focus from Tab only, so a click on it never leaves the focus there.

    Signals:
        expanded_changed(bool): the section was opened (True) or closed.
    """

    expanded_changed = Signal(bool)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, title)
        self._title = title
        self._expanded = False
        self._section: tuple[QWidget, ...] = ()
        self.clicked.connect(self._on_clicked)
        self._show_state()

    def hold(self, *widgets: QWidget) -> None:
        """The widgets shown while the section is open."""
        self._section = widgets
        self._show_state()

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self._show_state()
            self.expanded_changed.emit(expanded)

    def _show_state(self) -> None:
        self.setText(f"{_OPEN if self._expanded else _CLOSED} {self._title}")
        self.setAccessibleDescription(
            translate("Disclosure", "Expanded")
            if self._expanded
            else translate("Disclosure", "Collapsed")
        )
        for widget in self._section:
            widget.setVisible(self._expanded)

    @Slot()
    def _on_clicked(self) -> None:
        self.set_expanded(not self._expanded)
