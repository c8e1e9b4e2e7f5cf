"""Opens one of the app's windows with accessibility on and does what a merchant does there,
for tests/ui/atspi to listen to on the bus (run_on_bus.sh runs it as a module, by scenario)."""

import dataclasses
import sys
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from app.api.models import Rotation, TokenMatch
from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.storage.settings import Settings
from app.ui.check.check_dialog import CheckTokenDialog
from app.ui.reveal.developer_message import HandOff
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from app.ui.rotate.rotate_dialog import RotateDialog
from app.ui.shared.accessibility import announce
from app.ui.shared.masked_text import MaskedTextGuard
from app.ui.sign_in.sign_in import SignInWindow
from tests.ui.reveal.test_reveal_dialog import created

# Secrets made up for the tests: what must never be heard while masked.
PASSWORD = "Quietly-Typed-Secret-42"


def _sign_in_password(app: QApplication) -> QWidget:
    window = SignInWindow(Settings(), "https://api.example.com")
    window.show()
    field = window.findChild(QLineEdit, "signInPassword")
    assert field is not None

    def type_it() -> None:
        field.setFocus()
        QTest.keyClicks(field, PASSWORD)

    QTimer.singleShot(1500, type_it)
    return window


def _reveal(app: QApplication) -> QWidget:
    hand_off = HandOff("Demo Store", "https://api.example.com", {"orders": "Order API Access"})
    clipboard = SecretClipboard(30)
    shown: list[QWidget] = []

    def show() -> None:
        dialog = RevealTokenDialog(created(), Secret(PASSWORD), hand_off, clipboard)
        dialog.show()
        QTimer.singleShot(2000, dialog.discard)  # it refuses to close with nothing copied
        shown.append(dialog)

    QTimer.singleShot(1500, show)
    return QWidget()


ANNOUNCED = "Revoked the token for \u201creporting\u201d."


def _announce(app: QApplication) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Tokens")
    button = QPushButton("Revoke", window)
    window.show()
    QTimer.singleShot(1500, lambda: announce(button, ANNOUNCED))
    return window


def _check(app: QApplication) -> QWidget:
    dialog = CheckTokenDialog({"orders": "Order API Access"}, lambda: datetime.now(UTC))
    dialog.show()
    match = TokenMatch(created().access_token, "current")
    QTimer.singleShot(1500, lambda: dialog.show_match(match))
    return dialog


def _rotate_warning(app: QApplication) -> QWidget:
    token = created().access_token
    now = datetime.now(UTC)
    rotation = Rotation("Ab12", now + timedelta(hours=5), now - timedelta(minutes=3), None)
    rotated = dataclasses.replace(token, rotation=rotation)
    holder = QWidget()

    def open_it() -> None:
        dialog = RotateDialog(rotated, now, holder)
        dialog.open()

    holder.show()
    QTimer.singleShot(1500, open_it)
    return holder


SCENARIOS = {
    "rotate-warning": _rotate_warning,
    "sign-in-password": _sign_in_password,
    "reveal": _reveal,
    "announce": _announce,
    "check": _check,
}


def main() -> int:
    app = QApplication(sys.argv[:1])
    if "--unguarded" not in sys.argv:  # as the app does at start (app/main.py)
        MaskedTextGuard.start(app)
    kept = SCENARIOS[sys.argv[1]](app)
    QTimer.singleShot(4000, app.quit)
    app.exec()
    del kept
    return 0


if __name__ == "__main__":
    sys.exit(main())
