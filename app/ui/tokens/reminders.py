"""Banners above the token list: tokens about to expire, and rotations to finish."""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.capabilities import ROTATION, TOKEN_EDIT, Capabilities
from app.api.models import AccessToken, TokenStatus
from app.ui.shared.accessibility import announce
from app.ui.shared.formatting import relative_time
from app.ui.shared.switchover import has_switched, old_token_about_to_break, overlap_running
from app.ui.shared.translation import fill, tr, translate
from app.ui.shared.widgets import named

Clock = Callable[[], datetime]
Candidates = Callable[[datetime], Sequence[AccessToken]]
EXPIRY_WARNING = timedelta(days=7)
OVERLAP_WARNING = timedelta(days=1)
MOST_ROWS = 3


def expiring(tokens: Sequence[AccessToken], now: datetime) -> list[AccessToken]:
    """Active tokens expiring within 7 days, or whose old secret stops within a day."""

    def soon(token: AccessToken) -> bool:
        if token.status is not TokenStatus.ACTIVE:
            return False
        if token.expires_at is not None and token.expires_at - now <= EXPIRY_WARNING:
            return True
        rotation = token.rotation
        return (
            overlap_running(rotation, now)
            and rotation is not None
            and rotation.previous_valid_until - now <= OVERLAP_WARNING
        )

    return sorted((t for t in tokens if soon(t)), key=lambda t: _deadline(t, now))


def _deadline(token: AccessToken, now: datetime) -> datetime:
    if token.expires_at is not None and token.expires_at - now <= EXPIRY_WARNING:
        return token.expires_at
    assert token.rotation is not None
    return token.rotation.previous_valid_until


def reminder_text(token: AccessToken, now: datetime) -> str:
    if token.expires_at is not None and token.expires_at - now <= EXPIRY_WARNING:
        return fill(
            translate("reminders", "\u201c%1\u201d expires %2."),
            token.username,
            relative_time(token.expires_at, now),
        )
    assert token.rotation is not None
    when = relative_time(token.rotation.previous_valid_until, now)
    return fill(
        translate("reminders", "The old token of \u201c%1\u201d stops working %2."),
        token.username,
        when,
    )


class ReminderBanners(QWidget):
    """Says what needs the merchant's attention soon; each offer acts on its own token.

    Signals:
        rotate_requested(AccessToken), extend_requested(AccessToken),
        stop_old_requested(AccessToken), details_requested(AccessToken).
    """

    rotate_requested = Signal(object)
    extend_requested = Signal(object)
    stop_old_requested = Signal(object)
    details_requested = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._candidates: Candidates = lambda _until: []
        self._can_rotate = self._can_edit = True  # what the server offers: see set_offers
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._banners: list[QFrame] = []
        # What is shown: each banner's name and its rows' tokens; and each row's sentence.
        self._shape: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._sentences: dict[tuple[str, str], QLabel] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)  # "in 40 minutes" stays true, overlaps end on time
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def set_offers(self, offers: Capabilities) -> None:
        """Offer Rotate and Extend only where the server rotates and edits tokens."""
        self._can_rotate = offers.offers(ROTATION)
        self._can_edit = offers.offers(TOKEN_EDIT)
        self._shape = ()  # built again with the offers it now has
        self.refresh()

    def set_candidates(self, candidates: Candidates) -> None:
        """Where the tokens a reminder may be about come from (active ones rotated, or
        expiring by the time given), asked again at each refresh."""
        self._candidates = candidates
        self.refresh()

    def refresh(self) -> None:
        """Say what is due now. The same banners for the same tokens are updated in place
        (every minute: "in 40 minutes"); the focus stays where it was; a new one is said."""
        now = self._clock()
        tokens = self._candidates(now + EXPIRY_WARNING)
        switched = next((t for t in tokens if has_switched(t, now)), None)
        breaking = next((t for t in tokens if old_token_about_to_break(t, now)), None)
        soon = expiring(tokens, now)
        shape = tuple(
            (name, tuple(t.id for t in tokens))
            for name, tokens in (
                ("switchoverBanner", [switched] if switched else []),
                ("overlapWarningBanner", [breaking] if breaking else []),
                ("expiryBanner", soon[:MOST_ROWS]),
                ("andMore", soon[MOST_ROWS:]),  # "And 2 more." counts them
            )
            if tokens
        )
        if shape == self._shape:
            self._update_sentences(switched, breaking, soon, now)
            return
        focused = self._focused_offer()
        self._clear()
        if switched:
            self._add_switchover(switched)
        if breaking:
            self._add_warning(breaking, now)
        if soon:
            self._add_expiry(soon, now)
        self.setVisible(bool(self._banners))
        shown_before = {name for name, _ids in self._shape}
        self._shape = shape
        self._refocus(focused)
        for banner in self._banners:
            if banner.objectName() not in shown_before:
                announce(banner, banner.accessibleName())

    def _update_sentences(
        self,
        switched: AccessToken | None,
        breaking: AccessToken | None,
        soon: list[AccessToken],
        now: datetime,
    ) -> None:
        texts = {}
        if switched:
            texts[("switchoverBanner", switched.id)] = _switchover_text(switched)
        if breaking:
            texts[("overlapWarningBanner", breaking.id)] = _warning_text(breaking, now)
        for token in soon[:MOST_ROWS]:
            texts[("expiryBanner", token.id)] = reminder_text(token, now)
        for key, text in texts.items():
            label = self._sentences.get(key)
            if label is not None and label.text() != text:
                label.setText(text)

    def _clear(self) -> None:
        for banner in self._banners:
            banner.hide()
            banner.setObjectName("")  # gone: nothing may find it before it is deleted
            banner.deleteLater()
        self._banners = []
        self._sentences = {}

    def _focused_offer(self) -> tuple[str, str] | None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            return focused.objectName(), str(focused.property("tokenId"))
        return None

    def _refocus(self, offer: tuple[str, str] | None) -> None:
        """Back on the same offer for the same token; else on the banners, not elsewhere."""
        if offer is None:
            return
        buttons = self.findChildren(QPushButton)
        same = [b for b in buttons if (b.objectName(), str(b.property("tokenId"))) == offer]
        target = same[0] if same else next(iter(buttons), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _banner(self, object_name: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self)
        frame.setObjectName(object_name)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout.addWidget(frame)
        self._banners.append(frame)
        return frame, QVBoxLayout(frame)

    def _row(
        self, frame: QFrame, token: AccessToken, text: str, *buttons: QPushButton
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(text, frame)
        label.setWordWrap(True)
        self._sentences[(frame.objectName(), token.id)] = label
        if not frame.accessibleName():
            frame.setAccessibleName(text)  # what the banner says when it appears
        row.addWidget(label, 1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _button(
        self, frame: QFrame, text: str, name: str, token: AccessToken, signal: SignalInstance
    ) -> QPushButton:
        said = fill(
            translate("ReminderBanners", "%1 (%2)", "a button and its token"), text, token.username
        )
        button = named(QPushButton(text, frame), name, said)
        button.setProperty("tokenId", token.id)  # to find it again after the banner is rebuilt
        button.clicked.connect(lambda: signal.emit(token))
        return button

    def _add_switchover(self, token: AccessToken) -> None:
        frame, column = self._banner("switchoverBanner")
        words = translate("ReminderBanners", "Stop the old token")
        stop = self._button(frame, words, "stopOldTokenButton", token, self.stop_old_requested)
        column.addLayout(self._row(frame, token, _switchover_text(token), stop))

    def _add_warning(self, token: AccessToken, now: datetime) -> None:
        frame, column = self._banner("overlapWarningBanner")
        words = translate("ReminderBanners", "Details")
        details = self._button(frame, words, "warningDetailsButton", token, self.details_requested)
        column.addLayout(self._row(frame, token, _warning_text(token, now), details))

    def _offers(self, frame: QFrame, token: AccessToken, now: datetime) -> list[QPushButton]:
        """Rotate and Extend for an expiry; for an old token about to stop, its details."""
        if _deadline(token, now) != token.expires_at:
            words = translate("ReminderBanners", "Details\u2026")
            return [
                self._button(frame, words, "expiryDetailsButton", token, self.details_requested)
            ]
        offers = []
        if self._can_rotate:
            words = translate("ReminderBanners", "Rotate\u2026")
            offers.append(
                self._button(frame, words, "expiryRotateButton", token, self.rotate_requested)
            )
        if self._can_edit:
            words = translate("ReminderBanners", "Extend\u2026")
            offers.append(
                self._button(frame, words, "expiryExtendButton", token, self.extend_requested)
            )
        return offers

    def _add_expiry(self, tokens: list[AccessToken], now: datetime) -> None:
        frame, column = self._banner("expiryBanner")
        for token in tokens[:MOST_ROWS]:
            column.addLayout(
                self._row(frame, token, reminder_text(token, now), *self._offers(frame, token, now))
            )
        if len(tokens) > MOST_ROWS:
            more = QLabel(_and_more(len(tokens) - MOST_ROWS), frame)
            column.addWidget(more)


def _and_more(count: int) -> str:
    return tr("And %n more.", "", count)


def _switchover_text(token: AccessToken) -> str:
    return fill(
        translate(
            "reminders", "\u201c%1\u201d has switched to its new token. Stop the old one now?"
        ),
        token.username,
    )


def _warning_text(token: AccessToken, now: datetime) -> str:
    rotation = token.rotation
    assert rotation is not None
    assert rotation.previous_last_used_at is not None
    ends = relative_time(rotation.previous_valid_until, now)
    used = relative_time(rotation.previous_last_used_at, now)
    return fill(
        translate(
            "reminders",
            "The old token of \u201c%1\u201d stops working %2, and it was still used %3. "
            "Make sure your developer has switched to the new one.",
        ),
        token.username,
        ends,
        used,
    )
