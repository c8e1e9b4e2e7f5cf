"""Send as a one-time link: how long it works, whether the password goes in it, then the
message with the link is copied (safely) for the merchant to paste to their developer."""

import itertools
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.api.errors import ApiError
from app.api.hand_off_calls import SentHandOff
from app.api.idempotency import new_idempotency_key
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.ui.reveal import reveal_words
from app.ui.reveal.copy_buttons import Copied, CopyButtons
from app.ui.reveal.developer_message import HandOff
from app.ui.reveal.link_message import link_contents, link_message
from app.ui.shared.accessibility import announce
from app.ui.shared.error_words import error_sentence
from app.ui.shared.formatting import local_time
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import (
    at_least_as_wide_as,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
    wrapped_label,
)


class LinkSender(Protocol):
    """Makes the link on the server (TokenService.send_hand_off)."""

    def __call__(
        self,
        created: CreatedToken,
        contents: Mapping[str, Any],
        expires_in_hours: int,
        idempotency_key: str,
        *,
        on_success: Callable[[SentHandOff], None],
        on_failure: Callable[[ApiError], None],
    ) -> None: ...


def _durations() -> tuple[tuple[int, str], ...]:
    return (
        (1, translate("SendLinkDialog", "1 hour")),
        (24, translate("SendLinkDialog", "1 day")),
        (72, translate("SendLinkDialog", "3 days")),
    )


class SendLinkDialog(QDialog):
    """Makes a one-time link for the token on the show-once screen and copies its message.

    Signals:
        sent(bool): a link was made; True when the password is in it.
    """

    sent = Signal(bool)

    def __init__(
        self,
        created: CreatedToken,
        password: Secret | None,
        hand_off: HandOff,
        sender: LinkSender,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendLinkDialog")
        keep_on_screen(self)
        keep_wrapped_text_whole_on_resize(self)
        title = translate("SendLinkDialog", "Send as a one-time link")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._created = created
        self._password = password
        self._hand_off = hand_off
        self._sender = sender
        self._copies = CopyButtons(clipboard, self)
        self._message: Secret | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(_explanation(), self, "sendLinkExplanation"))
        layout.addWidget(self._duration_group())
        include = translate("SendLinkDialog", "Include the password in the link")
        self._include_password = named(QCheckBox(include, self), "linkPasswordCheck", include)
        layout.addWidget(self._include_password)
        if self._password is None:  # after a rotation: the app does not know it
            self._include_password.hide()
            same = translate(
                "SendLinkDialog",
                "The password stays the same, so the link carries the new token only.",
            )
            layout.addWidget(wrapped_label(same, self, "linkPasswordSame"))
        else:
            hint = wrapped_label(reveal_words.send_password_apart(), self, "linkPasswordHint")
            hint.setIndent(24)
            layout.addWidget(hint)
        self._result = wrapped_label("", self, "sendLinkResult")
        self._result.hide()
        layout.addWidget(self._result)
        layout.addLayout(self._buttons())
        at_least_as_wide_as(self, 560)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the screen; the keyboard starts on the duration chosen."""
        chosen = self._durations.button(24)
        chain = [chosen, self._include_password, self._make, self._close]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        chosen.setFocus()

    def _duration_group(self) -> QGroupBox:
        group = QGroupBox(translate("SendLinkDialog", "The link works for"), self)
        row = QHBoxLayout(group)
        self._durations = QButtonGroup(self)
        for hours, words in _durations():
            choice = named(QRadioButton(words, group), f"linkHours{hours}", words)
            choice.setChecked(hours == 24)
            self._durations.addButton(choice, hours)
            row.addWidget(choice)
        row.addStretch(1)
        return group

    def _buttons(self) -> QHBoxLayout:
        make = translate("SendLinkDialog", "Make the link and copy the message")
        self._make = self._copies.button(make, "makeLinkButton", Copied.MESSAGE, self._on_make)
        self._make.setDefault(True)
        cancel = translate("SendLinkDialog", "Cancel")
        self._close = named(QPushButton(cancel, self), "sendLinkCloseButton", cancel)
        self._close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._make)
        row.addWidget(self._close)
        return row

    @property
    def hours(self) -> int:
        return self._durations.checkedId()

    @property
    def with_password(self) -> bool:
        return self._password is not None and self._include_password.isChecked()

    @Slot()
    def _on_make(self) -> None:
        if self._message is not None:  # made already: this copies its message again
            self._copies.copy(self._message, self._make)
            return
        self._set_busy(True)
        with_password = self.with_password
        contents = link_contents(
            self._created, self._password, self._hand_off, include_password=with_password
        )
        self._sender(
            self._created,
            contents,
            self.hours,
            new_idempotency_key(),
            on_success=lambda sent: self._on_sent(sent, with_password),
            on_failure=self._on_failed,
        )

    def _on_sent(self, sent: SentHandOff, with_password: bool) -> None:
        self._message = link_message(sent, self._hand_off, with_password=with_password)
        self._set_busy(False)
        for choice in (*self._durations.buttons(), self._include_password):
            choice.setEnabled(False)
        self._copies.relabel(self._make, translate("SendLinkDialog", "Copy the message again"))
        done = translate("SendLinkDialog", "Done")
        self._close.setText(done)
        self._close.setAccessibleName(done)
        self._make.setDefault(False)  # Enter now closes: the message is copied
        self._close.setDefault(True)
        self._close.setFocus()
        words = translate(
            "SendLinkDialog",
            "The message with the link is copied: paste it into an email or a chat to your "
            "developer. The link works until %1 and opens once; Details shows when it is "
            "opened.",
        )
        self._show_result(fill(words, local_time(sent.expires_at)))
        self._copies.copy(self._message, self._make)
        self.sent.emit(with_password)

    def _on_failed(self, error: ApiError) -> None:
        self._set_busy(False)
        not_made = translate("SendLinkDialog", "The link was not made. %1")
        self._show_result(fill(not_made, error_sentence(error)))

    def _set_busy(self, busy: bool) -> None:
        self._make.setEnabled(not busy)
        if busy:
            self._show_result(translate("SendLinkDialog", "Making the link\u2026"))

    def _show_result(self, text: str) -> None:
        self._result.setText(text)
        self._result.show()
        announce(self._result, text)  # it appears where the focus is not

    def forget(self) -> None:
        """Drop the message (it holds the link, a credential until opened) and close."""
        self._message = None
        self.reject()

    def done(self, result: int) -> None:
        self._message = None
        super().done(result)


def _explanation() -> str:
    return translate(
        "SendLinkDialog",
        "Instead of the token itself, your developer gets a link that shows it once. "
        "Nobody who reads the chat or email later can use the link, and Details tells you "
        "when it was opened.",
    )
