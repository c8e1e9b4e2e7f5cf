"""Everything about one token: its facts, note and expiry to change, and what it was used for."""

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.api.capabilities import ACTIVITY, HAND_OFFS, ROTATION, TOKEN_EDIT, Capabilities
from app.api.hand_off_calls import HandOffReceipt
from app.api.models import AccessToken, Activity, TokenStatus
from app.api.token_rules import NOTE_MAX, note_issue
from app.ui.details.activity_section import ActivitySection
from app.ui.details.hand_off_section import HandOffSection
from app.ui.shared.expiry_field import ExpiryField
from app.ui.shared.field_words import field_sentence
from app.ui.shared.form_feedback import reserve_lines
from app.ui.shared.formatting import local_time, never, permission_names, status_words
from app.ui.shared.passwords import expiry_problem
from app.ui.shared.switchover import old_token_works, overlap_running, switchover_sentence
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import (
    FieldError,
    at_least_as_wide_as,
    buddy_label,
    heading_label,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
)

Clock = Callable[[], datetime]


class DetailsDialog(QDialog):
    """One token in full; asks for changes through signals and shows what came back.

    Signals:
        note_save_requested(object): the note to keep (None clears it).
        expiry_save_requested(object): the new expiry (None: never).
        rotate_requested(), revoke_requested().
        stop_old_requested(): end the old secret now (offered while the server says it works).
        withdraw_link_requested(object): stop a one-time link (its HandOffReceipt).
    """

    note_save_requested = Signal(object)
    expiry_save_requested = Signal(object)
    rotate_requested = Signal()
    stop_old_requested = Signal()
    revoke_requested = Signal()
    withdraw_link_requested = Signal(object)  # a HandOffReceipt

    def __init__(
        self,
        token: AccessToken,
        permission_labels: Mapping[str, str],
        clock: Clock,
        parent: QWidget | None = None,
        offers: Capabilities | None = None,
    ) -> None:
        """`offers`: the server's optional parts; without activity, edits or rotation,
        their parts of the window are left out (everything, by default)."""
        super().__init__(parent)
        named(self, "detailsPanel", translate("DetailsDialog", "Token details"))
        self._labels = permission_labels
        self._offers = offers or Capabilities.everything()
        self._clock = clock
        self._token = token
        self._facts: dict[str, QLabel] = {}
        self._build()
        self.show_token(token)

    def _build(self) -> None:
        self._switchover = self._fact_label("switchoverLabel")
        self._note = named(QLineEdit(self), "detailsNote", translate("DetailsDialog", "Note"))
        self._note.setMaxLength(NOTE_MAX)  # no typing past what the server keeps
        self._note.setPlaceholderText(
            translate("DetailsDialog", "Who this is for, so you recognise it later")
        )
        self._save_note = _button(self, "saveNoteButton", translate("DetailsDialog", "Save note"))
        self._expiry = ExpiryField(self._clock, self)
        change = translate("DetailsDialog", "Change expiry")
        self._save_expiry = _button(self, "saveExpiryButton", change)
        self._error = FieldError("detailsError", self, field=self._note)
        reserve_lines(self._error, 2)  # a message does not push the activity down
        self._saved = QLabel(self)
        self._saved.setObjectName("detailsSaved")
        self._activity = ActivitySection(self)
        self._links = HandOffSection(self._clock, self)
        self._links.withdraw_requested.connect(self.withdraw_link_requested)
        self._links.revoke_requested.connect(self.revoke_requested)
        rotate = translate("DetailsDialog", "Rotate\u2026")
        self._rotate = _button(
            self, "detailsRotateButton", rotate, translate("DetailsDialog", "Rotate")
        )
        stop_old = translate("DetailsDialog", "Stop the old token\u2026")
        self._stop_old = _button(
            self, "detailsStopOldButton", stop_old, translate("DetailsDialog", "Stop the old token")
        )
        revoke = translate("DetailsDialog", "Revoke\u2026")
        self._revoke = _button(
            self, "detailsRevokeButton", revoke, translate("DetailsDialog", "Revoke")
        )
        self._close = _button(self, "detailsCloseButton", translate("DetailsDialog", "Close"))
        self._lay_out()
        self._save_note.clicked.connect(self._on_save_note_clicked)
        self._note.textEdited.connect(lambda: self._saved.clear())
        self._save_expiry.clicked.connect(self._on_save_expiry_clicked)
        self._rotate.clicked.connect(self.rotate_requested)
        self._revoke.clicked.connect(self.revoke_requested)
        self._stop_old.clicked.connect(self.stop_old_requested)
        self._close.clicked.connect(self.accept)

    def _fact_label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        for key, title in (
            ("permissions", translate("DetailsDialog", "Permissions")),
            ("status", translate("DetailsDialog", "Status")),
            ("created", translate("DetailsDialog", "Created")),
            ("last_used", translate("DetailsDialog", "Last used")),
            ("expires", translate("DetailsDialog", "Expires")),
            ("token", translate("DetailsDialog", "Token")),
        ):
            self._facts[key] = self._fact_label(f"details_{key}")
            form.addRow(title, self._facts[key])
        form.addRow("", self._switchover)
        note = buddy_label(translate("DetailsDialog", "&Note"), self._note, self)
        form.addRow(note, self._row(self._note, self._save_note))
        expiry = buddy_label(translate("DetailsDialog", "E&xpiry"), self._expiry, self)
        form.addRow(expiry, self._row(self._expiry, self._save_expiry))
        if not self._offers.offers(TOKEN_EDIT):  # the server keeps the note as it was made
            self._note.setReadOnly(True)
            self._save_note.hide()
            form.setRowVisible(form.rowCount() - 1, False)  # the expiry: "Expires" says it
        form.addRow("", self._error)
        form.addRow("", self._saved)
        buttons = QHBoxLayout()
        for button in (self._rotate, self._stop_old, self._revoke):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        # Everything but the buttons scrolls: on a small screen (800x600, or at 200 %) the
        # buttons stay in view and nothing is cut off.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self._heading = heading_label("", self)
        self._heading.setWordWrap(True)  # a long username wraps instead of being cut off
        column.addWidget(self._heading)
        column.addLayout(form)
        self._links.setVisible(self._offers.offers(HAND_OFFS))
        column.addWidget(self._links)
        if self._offers.offers(ACTIVITY):
            column.addWidget(self._activity, 1)
        else:
            self._activity.hide()
            column.addStretch(1)
        self._rotate.setVisible(self._offers.offers(ROTATION))
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content), 1)
        layout.addLayout(buttons)
        at_least_as_wide_as(self, 620)
        self.resize(720, 640)
        keep_on_screen(self)
        keep_wrapped_text_whole_on_resize(self)

    def _row(self, field: QWidget, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    # What the app tells the panel

    @property
    def token(self) -> AccessToken:
        return self._token

    def show_token(self, token: AccessToken) -> None:
        """Show this token's facts; the note field keeps what the merchant is typing."""
        self._token = token
        self._links.set_token_live(token.status is TokenStatus.ACTIVE)
        title = fill(translate("DetailsDialog", "Token for \u201c%1\u201d"), token.username)
        self.setWindowTitle(title)
        now = self._clock()
        facts = self._facts
        facts["permissions"].setText(permission_names(token.permissions, self._labels))
        facts["status"].setText(_status(token))
        facts["created"].setText(local_time(token.created_at))
        facts["last_used"].setText(_time_or_never(token.last_used_at))
        facts["expires"].setText(_time_or_never(token.expires_at))
        facts["token"].setText(f"\u2026 {token.token_hint}")
        running = overlap_running(token.rotation, now)
        self._switchover.setVisible(running)
        if running and token.rotation is not None:
            self._switchover.setText(switchover_sentence(token.rotation, now))
        if not self._note.isModified():
            self._note.setText(token.note or "")
        self._expiry.set_expiry(token.expires_at)
        self._heading.setText(title)
        live = token.status is TokenStatus.ACTIVE
        for widget in (self._note, self._save_note, self._expiry, self._save_expiry):
            widget.setEnabled(live)
        self._rotate.setEnabled(live)
        self._stop_old.setVisible(self._offers.offers(ROTATION) and old_token_works(token, now))
        self._revoke.setEnabled(live)

    def show_receipts(self, receipts: Sequence[HandOffReceipt]) -> None:
        """The token's one-time links, as the server says they are now."""
        live = self._token.status is TokenStatus.ACTIVE
        self._links.show_receipts(receipts, token_live=live)

    def show_receipts_error(self, message: str) -> None:
        self._links.show_error(message)

    def show_activity(self, activity: Activity) -> None:
        self._activity.show_activity(activity)

    def show_activity_error(self, message: str) -> None:
        self._activity.show_error(message)

    def show_error(self, message: str | None) -> None:
        self._error.show_message(message)
        self.set_saving(False)

    def focus_expiry(self) -> None:
        self._expiry.setFocus()

    def saved(self, token: AccessToken) -> None:
        """A change was saved: the fields show the token as the server now has it."""
        self._note.setModified(False)
        self.show_token(token)
        self.set_saving(False)
        self._saved.setText(translate("DetailsDialog", "Saved."))

    def set_saving(self, saving: bool) -> None:
        self._save_note.setEnabled(not saving and self._token.status is TokenStatus.ACTIVE)
        self._save_expiry.setEnabled(not saving and self._token.status is TokenStatus.ACTIVE)

    # Reactions

    @Slot()
    def _on_save_note_clicked(self) -> None:
        note = self._note.text().strip() or None
        if problem := note_issue(note):
            self._error.show_message(field_sentence(problem), about=self._note)
            return
        self._error.show_message(None, about=self._note)  # a failed save is about the note
        self.set_saving(True)
        self.note_save_requested.emit(note)

    @Slot()
    def _on_save_expiry_clicked(self) -> None:
        expires_at = self._expiry.expires_at
        if problem := expiry_problem(expires_at, self._clock()):
            self._error.show_message(problem, about=self._expiry)
            return
        self._error.show_message(None, about=self._expiry)
        self.set_saving(True)
        self.expiry_save_requested.emit(expires_at)


def _status(token: AccessToken) -> str:
    if token.status is TokenStatus.REVOKED and token.revoked_at is not None:
        return fill(translate("details_dialog", "Revoked on %1"), local_time(token.revoked_at))
    return status_words(token.status)


def _time_or_never(moment: datetime | None) -> str:
    return never() if moment is None else local_time(moment)


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea(content.parentWidget())
    area.setObjectName("detailsScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setMinimumWidth(content.minimumSizeHint().width())
    return area


def _button(parent: QWidget, object_name: str, text: str, name: str | None = None) -> QPushButton:
    """A button named for screen readers by its text, or without its trailing dots."""
    return named(QPushButton(text, parent), object_name, name or text)
