"""Walks a window's accessible tree as a screen reader sees it (in-process QAccessible)."""

from collections import Counter
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from app.ui.shared.widgets import FieldError

Role = QAccessible.Role
# What a screen reader user can act on: each needs a name, and no two may sound the same.
INTERACTIVE = frozenset(
    {
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.PageTab,
        Role.Slider,
        Role.Link,
        Role.Table,
    }
)


@dataclass(frozen=True)
class Element:
    role: QAccessible.Role
    name: str
    description: str

    def __str__(self) -> str:
        return f"{self.role.name} {self.name!r} ({self.description!r})"


def interactive_elements(window: QWidget) -> list[Element]:
    """Every shown element a screen reader user can act on, in tree order."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    assert root.isValid()
    found: list[Element] = []
    _walk(root, found)
    return found


def _walk(node: QAccessibleInterface, found: list[Element]) -> None:
    if node.state().invisible:
        return
    if node.role() in INTERACTIVE:
        text = node.text
        found.append(
            Element(node.role(), text(QAccessible.Text.Name), text(QAccessible.Text.Description))
        )
    if node.role() is Role.Table:
        return  # its cells are checked on their own; walking 10,000 rows says nothing new
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None and child.isValid():
            _walk(child, found)


def problems(window: QWidget) -> list[str]:
    """What a screen reader user would stumble on in `window`, in words."""
    elements = interactive_elements(window)
    if not elements:
        return ["the walk found nothing to act on: the window is not shown, or not walked"]
    found = [f"unnamed: {element}" for element in elements if not element.name.strip()]
    counts = Counter((element.role, element.name, element.description) for element in elements)
    found += [f"twice: {Element(*key)}" for key, count in counts.items() if count > 1 and key[1]]
    for error in window.findChildren(FieldError):
        is_error = error.objectName().endswith("Error")  # not a warning
        if is_error and error.isVisibleTo(window) and error.text() and error.field is None:
            found.append(f"error not tied to a field: {error.objectName()} {error.text()!r}")
    return found
