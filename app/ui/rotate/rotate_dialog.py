"""Asking before a token gets a new secret: what it means, and how long the old one works."""

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.api.contract import OVERLAP_HOURS
from app.api.idempotency import new_idempotency_key
from app.api.models import AccessToken
from app.ui.shared.accessibility import set_button_text
from app.ui.shared.formatting import local_time, relative_time
from app.ui.shared.switchover import overlap_running
from app.ui.shared.widgets import FieldError, keep_on_screen, named

_OVERLAP_WORDS = {
    0: "Stop the old token now",
    1: "After 1 hour",
    24: "After 1 day",
    72: "After 3 days",
    168: "After 1 week",
}
OVERLAP_CHOICES = tuple((_OVERLAP_WORDS[hours], hours) for hours in OVERLAP_HOURS)
DEFAULT_OVERLAP = 2  # a day: time for a developer to deploy, short enough to be safe


class RotateDialog(QDialog):
    """Rotate: a new secret for the same token; the old one keeps working for a while.

    Signals:
        confirmed(int, str): the overlap in hours and the idempotency key of this request.
    """

    confirmed = Signal(int, str)

    def __init__(self, token: AccessToken, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "rotateDialog", "Rotate token")
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        self.setWindowTitle("Rotate token")
        self._key = new_idempotency_key()
        self._busy = False
        explanation = QLabel(
            f"Rotating gives \u201c{token.username}\u201d a new token to hand to your "
            "developer; the username, password and permissions stay the same. The old token "
            "keeps working for the time you choose, so nothing breaks while they switch.",
            self,
        )
        explanation.setWordWrap(True)
        self._overlap = named(QComboBox(self), "overlapChoice", "Old token stops working")
        for label, _hours in OVERLAP_CHOICES:
            self._overlap.addItem(label)
        self._overlap.setCurrentIndex(DEFAULT_OVERLAP)
        # Rotating again ends the running overlap at once: say so before it breaks something.
        self._warning = FieldError("rotateWarning", self)
        self._warning.show_message(_still_working(token, now))
        buttons = QDialogButtonBox(self)
        self._confirm = named(
            buttons.addButton("Rotate", QDialogButtonBox.ButtonRole.AcceptRole),
            "confirmRotateButton",
            "Rotate",
        )
        self._cancel = cancel = named(
            buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole),  # no icon
            "cancelRotateButton",
            "Cancel",
        )
        cancel.setAutoDefault(False)
        self._error = FieldError("rotateError", self, field=self._confirm)  # the request failed
        careful = overlap_running(token.rotation, now)
        (cancel if careful else self._confirm).setDefault(True)
        form = QFormLayout()
        form.addRow("The &old token stops working", self._overlap)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self._warning)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._confirm.clicked.connect(self._on_confirm_clicked)
        cancel.clicked.connect(self.reject)
        self._overlap.currentIndexChanged.connect(self._on_overlap_changed)

    @property
    def overlap_hours(self) -> int:
        return OVERLAP_CHOICES[self._overlap.currentIndex()][1]

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self._error.show_message(message)

    def set_busy(self, busy: bool) -> None:
        """While rotating it cannot be cancelled: a new token nobody saw would be lost."""
        self._busy = busy
        self._cancel.setEnabled(not busy)
        self._overlap.setEnabled(not busy)
        # Rotate stays enabled (its clicks wait, see _on_confirm_clicked): a disabled button
        # would lose the focus, which would wander off to another control.
        set_button_text(self._confirm, "Rotating\u2026" if busy else "Rotate")

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    @Slot()
    def _on_overlap_changed(self) -> None:
        self._key = new_idempotency_key()  # another request deserves another key

    @Slot()
    def _on_confirm_clicked(self) -> None:
        if self._busy:
            return
        self._error.show_message(None)
        self.set_busy(True)
        self.confirmed.emit(self.overlap_hours, self._key)


def _still_working(token: AccessToken, now: datetime) -> str | None:
    """The warning when an old token from the last rotation still works, or None."""
    rotation = token.rotation
    if rotation is None or not overlap_running(rotation, now):
        return None
    used = (
        "and has not been used since the rotation"
        if rotation.previous_last_used_at is None
        else f"and was last used {relative_time(rotation.previous_last_used_at, now)}"
    )
    return (
        f"The old token ending \u2026{rotation.previous_hint} still works until "
        f"{local_time(rotation.previous_valid_until)} {used}. Rotating again stops it at "
        "once: anything still using it will stop working."
    )
