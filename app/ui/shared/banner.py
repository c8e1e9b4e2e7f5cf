"""A strip above the main window's content: one sentence and, when useful, one action."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.ui.shared.accessibility import announce, set_button_text


class Banner(QFrame):
    """A strip above the content with one sentence and, when useful, one action.

    Signals:
        action_clicked(): the merchant pressed the banner's button.
    """

    action_clicked = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._action = QPushButton(self)
        self._action.setObjectName(f"{object_name}Action")
        self._action.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._action)
        self.hide()

    @property
    def message(self) -> str:
        return self._message.text()

    def show_message(self, message: str, action: str | None = None) -> None:
        """Show the sentence (and the action); a new one is announced, once."""
        new = self.isHidden() or message != self._message.text()
        self._message.setText(message)
        self.setAccessibleName(message)
        set_button_text(self._action, action or "")
        self._action.setAccessibleDescription(message)  # what the button acts on
        self._action.setVisible(action is not None)
        # Without a button, Tab reaches the sentence itself: a note must be findable.
        reachable = Qt.FocusPolicy.NoFocus if action else Qt.FocusPolicy.TabFocus
        self._message.setFocusPolicy(reachable)
        self.show()
        if new:
            announce(self, message)

    def focus_message(self) -> None:
        """Put the keyboard on the sentence and have it said again (asked for it)."""
        self._message.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, self._message.text())
