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
from app.ui.shared.accessibility import announce, set_button_text
from app.ui.shared.error_words import error_sentence
from app.ui.shared.formatting import local_time, permission_names, relative_time
from app.ui.shared.switchover import old_token_works
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import (
    at_least_as_wide_as,
    buddy_label,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
    wrapped_label,
)

Clock = Callable[[], datetime]


def offline_problem(text: str, *, checked_format: bool = True) -> str | None:
    """What the text alone says, before asking the server: not a token, or damaged.
    Where the server's tokens are not in our format, only that something was pasted."""
    cleaned = text.strip()
    if not checked_format:
        return None if cleaned else translate("check_dialog", "Paste a token to check it.")
    if not cleaned.startswith(token_format.PREFIX):
        return fill(
            translate(
                "check_dialog",
                "This is not a Shipturtle access token: those start with \u201c%1\u201d.",
            ),
            token_format.PREFIX,
        )
    if token_format.is_well_formed(cleaned):
        return None
    return translate(
        "check_dialog",
        "This looks like a Shipturtle access token, but it was mistyped or cut short. "
        "Copy all of it and check again.",
    )


class CheckTokenDialog(QDialog):
    """Paste a token to find out which one it is; revoke it, or stop its old secret, if it leaked.

    Signals:
        check_requested(Secret): the pasted token, well formed, to look up.
        revoke_requested(AccessToken, bool): the merchant wants the matched token revoked;
            True when the pasted secret was its old one, so the current one ends too.
        stop_old_requested(AccessToken): the pasted secret is the token's old one, still
            working after a rotation; the merchant wants that one stopped, and only that one.
    """

    check_requested = Signal(object)
    revoke_requested = Signal(object, bool)
    stop_old_requested = Signal(object)

    def __init__(
        self,
        permission_labels: Mapping[str, str],
        clock: Clock,
        parent: QWidget | None = None,
        *,
        checked_format: bool = True,
    ) -> None:
        """`checked_format`: the server's tokens are ours (prefix, checksum), so a mistyped
        one is told before asking; with another format the server alone decides."""
        super().__init__(parent)
        title = translate("CheckTokenDialog", "Check a token")
        named(self, "checkTokenDialog", title)
        self._checked_format = checked_format
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        keep_wrapped_text_whole_on_resize(self)
        self.setWindowTitle(title)
        self._labels = permission_labels
        self._clock = clock
        self._matched: AccessToken | None = None
        self._busy = False
        self._matched_as = "current"
        self._field = named(
            QLineEdit(self), "checkTokenField", translate("CheckTokenDialog", "Token to check")
        )
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._field.setPlaceholderText(translate("CheckTokenDialog", "Paste the token here"))
        check = translate("CheckTokenDialog", "Check")
        self._check = named(QPushButton(check, self), "checkTokenButton", check)
        self._check.setDefault(True)
        self._result = wrapped_label("", self, "checkTokenResult")
        self._stop_old = named(
            QPushButton(translate("CheckTokenDialog", "Stop the old token\u2026"), self),
            "checkTokenStopOldButton",
            translate("CheckTokenDialog", "Stop the old token"),
        )
        self._stop_old.hide()
        self._revoke = named(
            QPushButton(translate("CheckTokenDialog", "Revoke this token\u2026"), self),
            "checkTokenRevokeButton",
            translate("CheckTokenDialog", "Revoke"),
        )
        self._revoke.hide()
        text = translate("CheckTokenDialog", "Close")
        close = named(QPushButton(text, self), "checkTokenCloseButton", text)
        close.setAutoDefault(False)
        self._lay_out(close)
        self._check.clicked.connect(self._on_check_clicked)
        self._revoke.clicked.connect(self._on_revoke_clicked)
        self._stop_old.clicked.connect(self._on_stop_old_clicked)
        self._field.textEdited.connect(self._on_field_edited)
        close.clicked.connect(self.reject)

    def _lay_out(self, close: QPushButton) -> None:
        intro = wrapped_label(
            translate(
                "CheckTokenDialog",
                "Found a token in a chat, an email or some code? Paste it to see which of your "
                "tokens it is and whether it still works. It is checked on the server and not "
                "kept anywhere.",
            ),
            self,
        )
        row = QHBoxLayout()
        row.addWidget(self._field, 1)
        row.addWidget(self._check)
        buttons = QHBoxLayout()
        buttons.addWidget(self._stop_old)
        buttons.addWidget(self._revoke)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buddy_label(translate("CheckTokenDialog", "&Token"), self._field, self))
        layout.addLayout(row)
        layout.addWidget(self._result)
        layout.addLayout(buttons)
        at_least_as_wide_as(self, 520)

    # What the app tells the dialog

    def show_match(self, match: TokenMatch) -> None:
        self._set_busy(False)
        self.show_token(match.token, match.matched)
        announce(self._result, self._result.text())  # the answer, while the focus stays

    def token_changed(self, token: AccessToken) -> None:
        """The matched token changed (revoked, say): the verdict says how it is now."""
        if self._matched is not None and self._matched.id == token.id:
            self.show_token(token, self._matched_as)

    def show_token(self, token: AccessToken, matched: str = "current") -> None:
        """Say which token it is. For the current secret of a live token, Revoke; for an old
        secret that still works, Stop the old token, and Revoke saying it ends both."""
        self._matched = token
        self._matched_as = matched
        verdict = self._verdict(token, matched)
        self._result.setText(verdict)
        self._field.setAccessibleDescription(verdict)  # not "Checking..." for good
        old = matched != "current"
        stoppable = old and old_token_works(token, self._clock())
        self._stop_old.setVisible(stoppable)
        if old:  # revoking ends a token's every secret: after the old one, the button says so
            both = translate("CheckTokenDialog", "Revoke it, ending the current token too\u2026")
            set_button_text(self._revoke, both)
        else:
            set_button_text(self._revoke, translate("CheckTokenDialog", "Revoke this token\u2026"))
        self._revoke.setVisible(stoppable if old else token.status is TokenStatus.ACTIVE)

    def show_error(self, error: ApiError) -> None:
        self._set_busy(False)
        if isinstance(error, NotFoundError):
            self._show_verdict(
                translate("CheckTokenDialog", "This token is not one of your store's tokens.")
            )
        else:
            self._show_verdict(error_sentence(error))

    # Reactions

    @Slot()
    def _on_check_clicked(self) -> None:
        if self._busy:
            return
        if problem := offline_problem(self._field.text(), checked_format=self._checked_format):
            self._show_verdict(problem)
            return
        self._set_busy(True)
        self._show_verdict(translate("CheckTokenDialog", "Checking\u2026"))
        self.check_requested.emit(Secret(self._field.text().strip()))

    @Slot()
    def _on_revoke_clicked(self) -> None:
        if self._matched is not None:
            self.revoke_requested.emit(self._matched, self._matched_as != "current")

    @Slot()
    def _on_stop_old_clicked(self) -> None:
        if self._matched is not None:
            self.stop_old_requested.emit(self._matched)

    @Slot()
    def _on_field_edited(self) -> None:
        self._show_verdict("")

    def _show_verdict(self, text: str) -> None:
        self._matched = None
        self._revoke.hide()
        self._stop_old.hide()
        self._result.setText(text)
        self._field.setAccessibleDescription(text)  # read with the token it is about
        if text:
            announce(self._result, text)  # the answer comes while the focus stays on Check

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy  # Check stays enabled, and focused: its clicks wait
        if busy:
            set_button_text(self._check, translate("CheckTokenDialog", "Checking\u2026"))
        else:
            set_button_text(self._check, translate("CheckTokenDialog", "Check"))

    def _verdict(self, token: AccessToken, matched: str) -> str:
        now = self._clock()
        return " ".join(
            (_which(token, matched, self._labels), _status(token, matched, now), _used(token, now))
        )

    def done(self, result: int) -> None:
        self._field.clear()  # the pasted secret is not kept once the dialog closes
        super().done(result)


def _which(token: AccessToken, matched: str, labels: Mapping[str, str]) -> str:
    permissions = permission_names(token.permissions, labels)
    if matched == "current":
        which = translate("check_dialog", "This is the current token for \u201c%1\u201d (%2).")
    else:
        which = translate(
            "check_dialog",
            "This is the old token, replaced by a rotation, for \u201c%1\u201d (%2).",
        )
    return fill(which, token.username, permissions)


def _used(token: AccessToken, now: datetime) -> str:
    if token.last_used_at is None:
        return translate("check_dialog", "It has never been used.")
    used = relative_time(token.last_used_at, now)
    return fill(translate("check_dialog", "It was last used %1."), used)


def _status(token: AccessToken, matched: str, now: datetime) -> str:
    if token.status is TokenStatus.REVOKED and token.revoked_at is not None:
        revoked = translate("check_dialog", "It was revoked on %1 and no longer works.")
        return fill(revoked, local_time(token.revoked_at))
    if token.status is TokenStatus.EXPIRED:
        return translate("check_dialog", "It has expired and no longer works.")
    if matched == "current":
        return translate("check_dialog", "It works.")
    rotation = token.rotation
    if rotation is None:  # the server forgets a rotation 7 days after the old secret stopped
        return translate("check_dialog", "It no longer works.")
    until = local_time(rotation.previous_valid_until)
    if old_token_works(token, now):
        return fill(translate("check_dialog", "It works until %1."), until)
    stopped = translate("check_dialog", "It stopped working on %1 and no longer works.")
    return fill(stopped, until)
