"""The create dialog walked for Orca itself (orca_transcript.sh), without key events: under
this harness Orca's key listener holds Qt's synthetic keys, so focus moves and text is put
in as typing would. Not a test: it makes the transcript a person reads."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from app.api.models import Permission
from app.services.password_check import PasswordStrengthCheck
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.shared.masked_text import MaskedTextGuard
from tests.ui.atspi.driver import PASSWORD


def _typed(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.insert(text)
    field.textEdited.emit(field.text())


def main() -> int:
    app = QApplication(sys.argv[:1])
    MaskedTextGuard.start(app)
    check = PasswordStrengthCheck(debounce_ms=100)
    permissions = [
        Permission("orders", "Order API Access", "Read orders."),
        Permission("products", "Product API Access", "Read products."),
    ]
    dialog = CreateTokenDialog(permissions, check, store_name="Demo Store")
    dialog.show()
    username = dialog.findChild(QLineEdit, "usernameField")
    password = dialog.findChild(QLineEdit, "passwordField")
    orders = dialog.findChild(QCheckBox, "permission_orders")
    assert username is not None
    assert password is not None
    assert orders is not None
    steps = [
        username.setFocus,
        lambda: _typed(username, "ab"),  # too short, then left
        password.setFocus,
        lambda: _typed(password, "password1234"),  # weak
        orders.setFocus,
        lambda: _typed(username, "-mobile"),
        lambda: _typed(password, "-" + PASSWORD),  # strong
        lambda: orders.setChecked(True),
    ]
    for number, step in enumerate(steps):
        QTimer.singleShot(2000 + 2500 * number, step)
    QTimer.singleShot(2000 + 2500 * len(steps) + 2000, app.quit)
    kept: list[QWidget] = [dialog]
    app.exec()
    check.shutdown()
    del kept
    return 0


if __name__ == "__main__":
    sys.exit(main())
