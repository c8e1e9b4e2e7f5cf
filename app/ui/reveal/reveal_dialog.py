"""The show-once screen: the new token and its password, safe copies, a message, Done."""

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import CreatedToken
from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.ui.reveal import reveal_words
from app.ui.reveal.copy_buttons import Copied, CopyButtons
from app.ui.reveal.developer_message import HandOff, developer_message
from app.ui.shared.dialogs import close_without_copy_confirmation
from app.ui.shared.secret_field import SecretField
from app.ui.shared.show_password import ShowPasswordButton
from app.ui.shared.translation import fill, translate

if TYPE_CHECKING:
    from app.ui.reveal.send_link_dialog import LinkSender, SendLinkDialog

from app.ui.shared.widgets import (
    at_least_as_wide_as,
    buddy_label,
    heading_label,
    keep_on_screen,
    keep_wrapped_text_whole_on_resize,
    named,
    wrapped_label,
)


class RevealTokenDialog(QDialog):
    """Shows a new token and its password this once; closing before both were copied asks.

    After a rotation the password is unknown to the app (the server keeps only its hash)
    and unchanged: `password` is None, and only the token has to be copied.
    """

    def __init__(
        self,
        created: CreatedToken,
        password: Secret | None,
        hand_off: HandOff,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
        link_sender: "LinkSender | None" = None,
    ) -> None:
        """`link_sender` makes one-time links, where the server offers them."""
        super().__init__(parent)
        self.setObjectName("revealTokenDialog")
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        keep_wrapped_text_whole_on_resize(self)
        title = translate("RevealTokenDialog", "Your new access token")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self._created: CreatedToken | None = created
        self._password: Secret | None = password
        self._rotated = password is None
        self._hand_off = hand_off
        self._clipboard = clipboard
        self._token_copied = False
        self._password_copied = password is None  # nothing to copy: it stays the same
        self._closing_confirmed = False
        self._copies = CopyButtons(clipboard, self)
        self._link_sender = link_sender
        self._sending: SendLinkDialog | None = None
        self._build(created, password)

    # Building

    def _build(self, created: CreatedToken, password: Secret | None) -> None:
        self._token_field = self._secret_field(
            "tokenField", translate("RevealTokenDialog", "Access token"), created.token
        )
        self._token_field.setEchoMode(QLineEdit.EchoMode.Normal)
        # The whole token is always in view, whatever the copy buttons say.
        whole = self._token_field.fontMetrics().horizontalAdvance(created.token.reveal())
        self._token_field.setMinimumWidth(whole + 16)
        self._password_field = self._secret_field(
            "passwordField", translate("RevealTokenDialog", "Password"), password
        )
        self._password_field.setVisible(password is not None)
        self._show_password = ShowPasswordButton(self._password_field, "showPasswordButton", self)
        self._copy_token = self._copies.button(
            translate("RevealTokenDialog", "Copy token"),
            "copyButton",
            Copied.TOKEN,
            self._on_copy_token_clicked,
        )
        self._copy_token.setDefault(True)
        self._copy_password = self._copies.button(
            translate("RevealTokenDialog", "Copy password"),
            "copyPasswordButton",
            Copied.PASSWORD,
            self._on_copy_password_clicked,
        )
        self._copy_message = self._copies.button(
            translate("RevealTokenDialog", "Copy message for your developer"),
            "copyMessageButton",
            Copied.MESSAGE,
            self._on_copy_message_clicked,
        )
        send = translate("RevealTokenDialog", "Send as a one-time link\u2026")
        self._send_link = named(QPushButton(send, self), "sendLinkButton", send)
        self._send_link.clicked.connect(self._on_send_link_clicked)
        self._send_link.setVisible(self._link_sender is not None)
        include = translate("RevealTokenDialog", "Include the password in this message")
        self._include_password = named(QCheckBox(include, self), "includePasswordCheck", include)
        done = translate("RevealTokenDialog", "Done")
        self._done = named(QPushButton(done, self), "doneButton", done)
        self._done.clicked.connect(self.accept)
        self._token_field.copy_requested.connect(self._on_copy_token_clicked)
        self._password_field.copy_requested.connect(self._on_copy_password_clicked)
        self._lay_out(created)
        self._set_tab_order()
        if password is None:
            for widget in (self._show_password, self._copy_password, self._include_password):
                widget.hide()

    def _set_tab_order(self) -> None:
        """Tab follows the screen: each field, then the buttons beside it, then below."""
        chain = (
            self._token_field,
            self._copy_token,
            self._password_field,
            self._show_password,
            self._copy_password,
            self._send_link,
            self._include_password,
            self._copy_message,
            self._done,
        )
        offered = [w for w in chain if w is not self._send_link or self._link_sender is not None]
        for before, after in itertools.pairwise(offered):
            QWidget.setTabOrder(before, after)

    def _secret_field(self, object_name: str, label: str, secret: Secret | None) -> SecretField:
        field = named(SecretField(self), object_name, label)
        field.setText("" if secret is None else secret.reveal())  # masked already
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return field

    def _lay_out(self, created: CreatedToken) -> None:
        layout = QVBoxLayout(self)
        username = created.access_token.username
        rotated = self._rotated
        if rotated:
            ready = translate("RevealTokenDialog", "New token for \u201c%1\u201d is ready")
        else:
            ready = translate("RevealTokenDialog", "Token for \u201c%1\u201d is ready")
        layout.addWidget(heading_label(fill(ready, username), self))
        layout.addWidget(wrapped_label(self._warning(), self, "revealWarning"))
        layout.addLayout(self._credentials_form())
        layout.addWidget(self._message_group())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._done)
        layout.addLayout(buttons)
        at_least_as_wide_as(self, 600)

    def _warning(self) -> str:
        return reveal_words.warning(rotated=self._rotated, replaced=self._hand_off.replaces)

    def _credentials_form(self) -> QFormLayout:
        token_row = QHBoxLayout()
        token_row.addWidget(self._token_field, 1)
        token_row.addWidget(self._copy_token)
        password_row = QHBoxLayout()
        password_row.addWidget(self._password_field, 1)
        password_row.addWidget(self._show_password)
        password_row.addWidget(self._copy_password)
        form = QFormLayout()
        token = translate("RevealTokenDialog", "Access &token")
        form.addRow(buddy_label(token, self._token_field, self), token_row)
        if not self._rotated:
            password = translate("RevealTokenDialog", "Pass&word")
            form.addRow(buddy_label(password, self._password_field, self), password_row)
        return form

    def _message_group(self) -> QGroupBox:
        group = QGroupBox(translate("RevealTokenDialog", "For your developer"), self)
        column = QVBoxLayout(group)
        if self._link_sender is not None:
            column.addWidget(wrapped_label(reveal_words.link_first(), group, "sendLinkHint"))
            row = QHBoxLayout()
            row.addWidget(self._send_link)
            row.addStretch(1)
            column.addLayout(row)
        contents = reveal_words.message_contents(rotated=self._rotated)
        column.addWidget(wrapped_label(contents, group))
        if not self._rotated:
            column.addWidget(self._include_password)
            safer = reveal_words.send_password_apart()
            hint = wrapped_label(safer, group, "includePasswordHint")
            hint.setIndent(24)
            column.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self._copy_message)
        row.addStretch(1)
        column.addLayout(row)
        return group

    # What was copied

    @property
    def copied(self) -> bool:
        """Whether both the token and the password went to the clipboard at some point."""
        return self._token_copied and self._password_copied

    @Slot()
    def _on_copy_token_clicked(self) -> None:
        if self._created is not None:
            self._token_copied = True
            self._copies.copy(self._created.token, self._copy_token)

    @Slot()
    def _on_copy_password_clicked(self) -> None:
        if self._password is not None:
            self._password_copied = True
            self._copies.copy(self._password, self._copy_password)

    @Slot()
    def _on_copy_message_clicked(self) -> None:
        if self._created is None:
            return
        include = self._password is not None and self._include_password.isChecked()
        message = developer_message(
            self._created, self._password, self._hand_off, include_password=include
        )
        self._token_copied = True
        self._password_copied = self._password_copied or include
        self._copies.copy(message, self._copy_message)

    @Slot()
    def _on_send_link_clicked(self) -> None:
        if self._created is None or self._link_sender is None:
            return
        if self._sending is None:
            from app.ui.reveal.send_link_dialog import SendLinkDialog

            self._sending = SendLinkDialog(
                self._created,
                self._password,
                self._hand_off,
                self._link_sender,
                self._copies.clipboard,
                self,
            )
            self._sending.sent.connect(self._on_link_sent)
            self._sending.finished.connect(self._on_send_link_finished)
        self._sending.open()

    @Slot(bool)
    def _on_link_sent(self, with_password: bool) -> None:
        another = translate("RevealTokenDialog", "Send another one-time link\u2026")
        self._send_link.setText(another)  # one was made: a second is a choice, not a slip
        self._send_link.setAccessibleName(another)
        self._token_copied = True
        self._password_copied = self._password_copied or with_password

    @Slot()
    def _on_send_link_finished(self) -> None:
        sending, self._sending = self._sending, None
        if sending is not None:
            sending.deleteLater()

    def _close_send_link(self) -> None:
        if self._sending is not None:
            self._sending.forget()

    # Closing: Done, Escape and the window's close button all pass through here.

    def done(self, result: int) -> None:
        if not self.copied and not self._closing_confirmed:
            box = close_without_copy_confirmation(
                self, token_copied=self._token_copied, password_copied=self._password_copied
            )
            box.accepted.connect(lambda: self._close_confirmed(result))
            box.open()
            return
        self._forget_secrets()
        super().done(result)

    def discard(self) -> None:
        """Close without asking, the secrets forgotten: the session they belong to ended."""
        self._closing_confirmed = True
        self.reject()

    def confirm_discard(self, then: Callable[[], None]) -> None:
        """Ask, as closing without a copy does; if the merchant agrees, discard, then `then`."""
        box = close_without_copy_confirmation(
            self, token_copied=self._token_copied, password_copied=self._password_copied
        )
        box.accepted.connect(self.discard)
        box.accepted.connect(then)
        box.open()

    # Locking: hidden, the secrets only in their `Secret`s (a hidden field still tells its
    # text to accessibility clients), nothing to copy until the merchant is back.

    def hide_behind_lock(self) -> None:
        self._close_send_link()
        self.hide()
        self._token_field.clear()
        self._password_field.clear()
        for button in (self._copy_token, self._copy_password, self._copy_message, self._send_link):
            button.setEnabled(False)

    def show_again(self) -> None:
        if self._created is None:
            return  # closed meanwhile: nothing left to show
        self._token_field.setText(self._created.token.reveal())
        self._password_field.setText("" if self._password is None else self._password.reveal())
        for button in (self._copy_token, self._copy_password, self._copy_message, self._send_link):
            button.setEnabled(True)
        self.open()
        self.raise_()
        self.activateWindow()

    def _close_confirmed(self, result: int) -> None:
        self._closing_confirmed = True
        self.done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.copied or self._closing_confirmed:
            self._forget_secrets()
            super().closeEvent(event)
            return
        event.ignore()
        self.done(QDialog.DialogCode.Rejected)

    def _forget_secrets(self) -> None:
        self._close_send_link()
        self._token_field.clear()
        self._password_field.clear()
        self._created = None
        self._password = None
