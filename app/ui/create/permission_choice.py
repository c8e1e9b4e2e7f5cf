"""The create dialog's "API access" group: a checkbox per permission, its description below."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.api.models import Permission
from app.ui.shared.accessibility import error_described
from app.ui.shared.translation import translate
from app.ui.shared.widgets import named


class PermissionChoice(QGroupBox):
    """A checkbox per permission, in the server's words ("Order API Access").

    Signals:
        toggled(): a permission was ticked or unticked.
    """

    toggled = Signal()

    def __init__(self, permissions: Sequence[Permission], parent: QWidget | None = None) -> None:
        super().__init__(translate("PermissionChoice", "API access"), parent)
        self._permissions = list(permissions)
        self._boxes = {p.key: self._box(p) for p in permissions}
        self._column = QVBoxLayout(self)
        for permission in permissions:
            self._column.addWidget(self._boxes[permission.key])
            description = QLabel(permission.description, self)
            description.setIndent(24)
            description.setWordWrap(True)  # the dialog's body scrolls: no line is lost
            self._column.addWidget(description)

    def _box(self, permission: Permission) -> QCheckBox:
        box = named(
            QCheckBox(permission.label, self), f"permission_{permission.key}", permission.label
        )
        box.setToolTip(permission.description)
        box.setAccessibleDescription(permission.description)
        box.toggled.connect(lambda _on: self.toggled.emit())
        return box

    @property
    def keys(self) -> tuple[str, ...]:
        """The ticked permissions, in the order the server lists them."""
        return tuple(key for key, box in self._boxes.items() if box.isChecked())

    def describe_error(self, message: str | None) -> None:
        """Each checkbox says the group's error before what it gives: the group box, where
        the error belongs, never has the focus, so a screen reader never read it there."""
        for permission in self._permissions:
            error = f"{error_described(message)} " if message else ""
            self._boxes[permission.key].setAccessibleDescription(error + permission.description)

    def add_below(self, widget: QWidget) -> None:
        self._column.addWidget(widget)

    def set_locked(self, locked: bool) -> None:
        for box in self._boxes.values():
            box.setEnabled(not locked)
