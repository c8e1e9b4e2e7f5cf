"""A window's body that scrolls only where the screen is too small to show all of it."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


class WholeScrollArea(QScrollArea):
    """Asks for all of its content's size, so a window opens showing everything, and
    scrolls only where the screen is too small for it (200 % on a laptop).

    A plain QScrollArea asks for at most about 36 by 24 lines, so windows opened cramped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (an unnamed one, to a screen reader): Tab goes to the
        # fields inside, and the area scrolls to show the one that has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        height = body.heightForWidth(hint.width()) if body.hasHeightForWidth() else -1
        return QSize(hint.width(), max(height, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 0)


def scrolling_body(parent: QWidget, *parts: QWidget | QLayout) -> WholeScrollArea:
    """`parts` one under the other in a WholeScrollArea (give the window the area, and
    below it what must always show, such as its buttons)."""
    body = QWidget(parent)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    layout.addStretch(1)  # room to spare goes below, not between the parts
    area = WholeScrollArea(parent)
    area.setWidget(body)
    return area
