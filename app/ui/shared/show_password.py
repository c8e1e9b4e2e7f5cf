"""A Show/Hide button beside a password field; its words say what pressing it will do."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.ui.shared.translation import translate


class ShowPasswordButton(QPushButton):
    """Shows or hides the password in `field`; text and accessible name follow.

    A plain button rather than a checkable one: Qt presents a checkable button to screen
    readers as a check box, whose fixed name would then contradict what it does.
    """

    def __init__(self, field: QLineEdit, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._field = field
        self.set_shown(False)
        self.clicked.connect(self._on_clicked)

    @property
    def shown(self) -> bool:
        return self._field.echoMode() == QLineEdit.EchoMode.Normal

    def set_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._field.setEchoMode(mode)
        if shown:
            self.setText(translate("ShowPasswordButton", "Hide"))
            self.setAccessibleName(translate("ShowPasswordButton", "Hide password"))
        else:
            self.setText(translate("ShowPasswordButton", "Show"))
            self.setAccessibleName(translate("ShowPasswordButton", "Show password"))

    @Slot()
    def _on_clicked(self) -> None:
        self.set_shown(not self.shown)
