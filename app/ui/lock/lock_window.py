"""The one window while the app is locked: whose store it is, and the password to unlock."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.secret import Secret
from app.ui.shared.accessibility import set_button_text
from app.ui.shared.show_password import ShowPasswordButton
from app.ui.shared.translation import tr, translate
from app.ui.shared.widgets import (
    FieldError,
    at_least_as_wide_as,
    buddy_label,
    heading_label,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
    wrapped_label,
)

WIDTH = 440


def waiting_tokens(count: int) -> str:
    """Said when show-once screens wait behind the lock."""
    return tr(
        "%n new tokens you have not copied yet are waiting; they come back when you unlock.",
        "",
        count,
    )


class LockWindow(QDialog):
    """Says the app is locked, for which store and account; Unlock signs in again.

    With `needs_password` (not in the demo), Unlock asks for the account's Shipturtle
    password, and an error is tied to that field. Closing the window quits the app.

    Signals:
        unlock_requested(object): Unlock was pressed: the password typed (a Secret), or
            None in the demo.
        quit_requested(): the window's close button was pressed (Escape does nothing).
    """

    unlock_requested = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        store: str,
        account: str,
        *,
        needs_password: bool,
        waiting: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockWindow")
        title = translate("LockWindow", "Shipturtle Tokens is locked")
        self.setWindowTitle(translate("LockWindow", "Locked"))
        self.setAccessibleName(title)
        self._needs_password = needs_password
        self._busy = False
        self._password = named(
            QLineEdit(self), "unlockPassword", translate("LockWindow", "Password")
        )
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._show_password = ShowPasswordButton(self._password, "showUnlockPasswordButton", self)
        self._error = FieldError("unlockError", self, field=self._password)
        unlock = translate("LockWindow", "Unlock")
        self._unlock = named(QPushButton(unlock, self), "unlockButton", unlock)
        self._unlock.setDefault(True)
        self._unlock.clicked.connect(self._on_unlock_clicked)
        self._lay_out(heading_label(title, self), store, account, waiting)
        keep_on_screen(self)
        keep_wrapped_text_whole_on_resize(self)

    def _lay_out(self, heading: QLabel, store: str, account: str, waiting: int) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        who = QFormLayout()
        who.addRow(translate("LockWindow", "Store:"), _value(store, "lockedStore", self))
        who.addRow(translate("LockWindow", "Account:"), _value(account, "lockedAccount", self))
        layout.addLayout(who)
        if waiting:
            layout.addWidget(wrapped_label(waiting_tokens(waiting), self, "lockWaiting"))
        layout.addWidget(wrapped_label(self._how_to_unlock(), self, "lockHowTo"))
        if self._needs_password:
            row = QHBoxLayout()
            row.addWidget(self._password, 1)
            row.addWidget(self._show_password)
            form = QFormLayout()
            password = translate("LockWindow", "&Password")
            form.addRow(buddy_label(password, self._password, self), row)
            layout.addLayout(form)
        else:
            self._password.hide()
            self._show_password.hide()
        layout.addWidget(self._error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._unlock)
        layout.addLayout(buttons)
        at_least_as_wide_as(self, WIDTH)

    def _how_to_unlock(self) -> str:
        if not self._needs_password:
            return translate("LockWindow", "The demo store needs no password: press Unlock.")
        return translate(
            "LockWindow",
            "Locking signed you out. Enter your Shipturtle password to unlock; it is needed "
            "even if you chose Remember me.",
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        (self._password if self._needs_password else self._unlock).setFocus()

    def reject(self) -> None:
        """Escape: stays locked; only the close button asks to quit."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()
        self.quit_requested.emit()

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self._busy:
            return  # pressed again while unlocking: once is enough
        if not self._needs_password:
            self.set_busy(True)
            self.unlock_requested.emit(None)
            return
        if not self._password.text():
            self.show_error(translate("LockWindow", "Enter your password."))
            return
        self.show_error(None)
        self.set_busy(True)
        self.unlock_requested.emit(Secret(self._password.text()))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._password.setEnabled(not busy)
        if busy:
            set_button_text(self._unlock, translate("LockWindow", "Unlocking\u2026"))
        else:
            set_button_text(self._unlock, translate("LockWindow", "Unlock"))

    def show_error(self, message: str | None) -> None:
        """Why unlocking failed, tied to the password field; the field keeps the focus."""
        self.set_busy(False)
        self._error.show_message(message)
        if message and self._needs_password:
            self._password.setFocus()
            self._password.selectAll()

    def forget_password(self) -> None:
        self._password.clear()


def _value(text: str, object_name: str, parent: QWidget) -> QLabel:
    label = wrapped_label(text, parent, object_name)
    label.setAccessibleName(text)
    return label
