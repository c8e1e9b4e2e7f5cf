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
from app.ui.shared.translation import fill, tr, translate
from app.ui.shared.widgets import (
    FieldError,
    at_least_as_wide_as,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
)

DEFAULT_OVERLAP = 2  # a day: time for a developer to deploy, short enough to be safe


def _overlap_words(hours: int) -> str:
    """How long the old token keeps working, as a choice: now, or after hours, days, weeks."""
    if hours == 0:
        return translate("rotate_dialog", "Stop the old token now")
    if hours % 168 == 0:
        return tr("After %n weeks", "", hours // 168)
    if hours % 24 == 0:
        return tr("After %n days", "", hours // 24)
    return tr("After %n hours", "", hours)


class RotateDialog(QDialog):
    """Rotate: a new secret for the same token; the old one keeps working for a while.

    Signals:
        confirmed(int, str): the overlap in hours and the idempotency key of this request.
    """

    confirmed = Signal(int, str)

    def __init__(self, token: AccessToken, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("RotateDialog", "Rotate token")
        named(self, "rotateDialog", title)
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        keep_wrapped_text_whole_on_resize(self)
        self.setWindowTitle(title)
        self._key = new_idempotency_key()
        self._busy = False
        explanation = QLabel(
            fill(
                translate(
                    "RotateDialog",
                    "Rotating gives \u201c%1\u201d a new token to hand to your developer; the "
                    "username, password and permissions stay the same. The old token keeps "
                    "working for the time you choose, so nothing breaks while they switch.",
                ),
                token.username,
            ),
            self,
        )
        explanation.setWordWrap(True)
        self._overlap = named(
            QComboBox(self), "overlapChoice", translate("RotateDialog", "Old token stops working")
        )
        for hours in OVERLAP_HOURS:
            self._overlap.addItem(_overlap_words(hours))
        self._overlap.setCurrentIndex(DEFAULT_OVERLAP)
        # Rotating again ends the running overlap at once: say so before it breaks something.
        self._warning = FieldError("rotateWarning", self)
        self._warning.show_message(_still_working(token, now))
        buttons = QDialogButtonBox(self)
        rotate, cancel_text = (
            translate("RotateDialog", "Rotate"),
            translate("RotateDialog", "Cancel"),
        )
        self._confirm = named(
            buttons.addButton(rotate, QDialogButtonBox.ButtonRole.AcceptRole),
            "confirmRotateButton",
            rotate,
        )
        self._cancel = cancel = named(
            buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole),  # no icon
            "cancelRotateButton",
            cancel_text,
        )
        cancel.setAutoDefault(False)
        self._error = FieldError("rotateError", self, field=self._confirm)  # the request failed
        careful = overlap_running(token.rotation, now)
        (cancel if careful else self._confirm).setDefault(True)
        form = QFormLayout()
        form.addRow(translate("RotateDialog", "The &old token stops working"), self._overlap)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self._warning)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        at_least_as_wide_as(self, 480)
        self._confirm.clicked.connect(self._on_confirm_clicked)
        cancel.clicked.connect(self.reject)
        self._overlap.currentIndexChanged.connect(self._on_overlap_changed)

    @property
    def overlap_hours(self) -> int:
        return OVERLAP_HOURS[self._overlap.currentIndex()]

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
        if busy:
            set_button_text(self._confirm, translate("RotateDialog", "Rotating\u2026"))
        else:
            set_button_text(self._confirm, translate("RotateDialog", "Rotate"))

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
    hint, until = rotation.previous_hint, local_time(rotation.previous_valid_until)
    if rotation.previous_last_used_at is None:
        return fill(
            translate(
                "rotate_dialog",
                "The old token ending \u2026%1 still works until %2 and has not been used "
                "since the rotation. Rotating again stops it at once: anything still using it "
                "will stop working.",
            ),
            hint,
            until,
        )
    return fill(
        translate(
            "rotate_dialog",
            "The old token ending \u2026%1 still works until %2 and was last used %3. "
            "Rotating again stops it at once: anything still using it will stop working.",
        ),
        hint,
        until,
        relative_time(rotation.previous_last_used_at, now),
    )
