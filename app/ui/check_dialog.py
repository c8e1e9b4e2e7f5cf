"""Check a token: is this pasted text one of the store's tokens, which one, and does it work?"""

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api import token_format
from app.api.errors import ApiError, NotFoundError
from app.api.models import AccessToken, TokenMatch, TokenStatus
from app.api.secret import Secret
from app.ui.accessibility import announce, set_button_text
from app.ui.formatting import local_time, permission_names, relative_time
from app.ui.widgets import buddy_label, keep_on_screen, named, wrapped_label

Clock = Callable[[], datetime]
WRONG_KIND = (
    f"This is not a Shipturtle access token: those start with \u201c{token_format.PREFIX}\u201d."
)
MISTYPED = (
    "This looks like a Shipturtle access token, but it was mistyped or cut short. "
    "Copy all of it and check again."
)
NOT_YOURS = "This token is not one of your store's tokens."


def offline_problem(text: str) -> str | None:
    """What the text alone says, before asking the server: not a token, or damaged."""
    cleaned = text.strip()
    if not cleaned.startswith(token_format.PREFIX):
        return WRONG_KIND
    return None if token_format.is_well_formed(cleaned) else MISTYPED


class CheckTokenDialog(QDialog):
    """Paste a token to find out which one it is; revoke it from here if it leaked.

    Signals:
        check_requested(Secret): the pasted token, well formed, to look up.
        revoke_requested(AccessToken): the merchant wants the matched token revoked.
    """

    check_requested = Signal(object)
    revoke_requested = Signal(object)

    def __init__(
        self, permission_labels: Mapping[str, str], clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "checkTokenDialog", "Check a token")
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        self.setWindowTitle("Check a token")
        self._labels = permission_labels
        self._clock = clock
        self._matched: AccessToken | None = None
        self._busy = False
        self._matched_as = "current"
        self._field = named(QLineEdit(self), "checkTokenField", "Token to check")
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._field.setPlaceholderText("Paste the token here")
        self._check = named(QPushButton("Check", self), "checkTokenButton", "Check")
        self._check.setDefault(True)
        self._result = wrapped_label("", self, "checkTokenResult")
        self._revoke = named(
            QPushButton("Revoke this token\u2026", self), "checkTokenRevokeButton", "Revoke"
        )
        self._revoke.hide()
        close = named(QPushButton("Close", self), "checkTokenCloseButton", "Close")
        close.setAutoDefault(False)
        self._lay_out(close)
        self._check.clicked.connect(self._on_check_clicked)
        self._revoke.clicked.connect(self._on_revoke_clicked)
        self._field.textEdited.connect(self._on_field_edited)
        close.clicked.connect(self.reject)

    def _lay_out(self, close: QPushButton) -> None:
        intro = wrapped_label(
            "Found a token in a chat, an email or some code? Paste it to see which of your "
            "tokens it is and whether it still works. It is checked on the server and not "
            "kept anywhere.",
            self,
        )
        row = QHBoxLayout()
        row.addWidget(self._field, 1)
        row.addWidget(self._check)
        buttons = QHBoxLayout()
        buttons.addWidget(self._revoke)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buddy_label("&Token", self._field, self))
        layout.addLayout(row)
        layout.addWidget(self._result)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    # What the app tells the dialog

    def show_match(self, match: TokenMatch) -> None:
        self._set_busy(False)
        self.show_token(match.token, match.matched)

    def token_changed(self, token: AccessToken) -> None:
        """The matched token changed (revoked, say): the verdict says how it is now."""
        if self._matched is not None and self._matched.id == token.id:
            self.show_token(token, self._matched_as)

    def show_token(self, token: AccessToken, matched: str = "current") -> None:
        """Say which token it is; the revoke button shows while that token is active."""
        self._matched = token
        self._matched_as = matched
        self._result.setText(self._verdict(token, matched))
        self._revoke.setVisible(token.status is TokenStatus.ACTIVE)

    def show_error(self, error: ApiError) -> None:
        self._set_busy(False)
        self._show_verdict(NOT_YOURS if isinstance(error, NotFoundError) else error.message)

    # Reactions

    @Slot()
    def _on_check_clicked(self) -> None:
        if self._busy:
            return
        if problem := offline_problem(self._field.text()):
            self._show_verdict(problem)
            return
        self._set_busy(True)
        self._show_verdict("Checking\u2026")
        self.check_requested.emit(Secret(self._field.text().strip()))

    @Slot()
    def _on_revoke_clicked(self) -> None:
        if self._matched is not None:
            self.revoke_requested.emit(self._matched)

    @Slot()
    def _on_field_edited(self) -> None:
        self._show_verdict("")

    def _show_verdict(self, text: str) -> None:
        self._matched = None
        self._revoke.hide()
        self._result.setText(text)
        self._field.setAccessibleDescription(text)  # read with the token it is about
        if text:
            announce(self._result, text)  # the answer comes while the focus stays on Check

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy  # Check stays enabled, and focused: its clicks wait
        set_button_text(self._check, "Checking\u2026" if busy else "Check")

    def _verdict(self, token: AccessToken, matched: str) -> str:
        permissions = permission_names(token.permissions, self._labels)
        which = (
            "the current token" if matched == "current" else "the old token, replaced by a rotation"
        )
        used = (
            "It has never been used"
            if token.last_used_at is None
            else f"It was last used {relative_time(token.last_used_at, self._clock())}"
        )
        return (
            f"This is {which} for \u201c{token.username}\u201d ({permissions}). "
            f"{_status(token, matched)} {used}."
        )

    def done(self, result: int) -> None:
        self._field.clear()  # the pasted secret is not kept once the dialog closes
        super().done(result)


def _status(token: AccessToken, matched: str) -> str:
    if token.status is TokenStatus.REVOKED and token.revoked_at is not None:
        return f"It was revoked on {local_time(token.revoked_at)} and no longer works."
    if token.status is TokenStatus.EXPIRED:
        return "It has expired and no longer works."
    rotation = token.rotation
    if matched != "current" and rotation is not None:
        return f"It works until {local_time(rotation.previous_valid_until)}."
    return "It works."
