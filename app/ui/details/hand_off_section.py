"""Details' one-time links: what became of each (receipts in words), Withdraw for a link not
opened yet, and, beside an opened one, the way out if it was not the developer."""

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.api.hand_off_calls import HandOffReceipt
from app.ui.details.receipt_words import receipt_sentence
from app.ui.shared.translation import fill, translate
from app.ui.shared.widgets import named, wrapped_label

Clock = Callable[[], datetime]
SHOWN = 3  # the newest; older ones stay in the server's 30-day record


class HandOffSection(QGroupBox):
    """The token's one-time links, newest first.

    Signals:
        withdraw_requested(object): the HandOffReceipt of a waiting link to stop.
        revoke_requested(): an opened link was not the developer's: revoke the token.
    """

    withdraw_requested = Signal(object)
    revoke_requested = Signal()

    def __init__(self, clock: Clock, parent: QWidget) -> None:
        super().__init__(translate("HandOffSection", "One-time links"), parent)
        self.setObjectName("handOffSection")
        self._clock = clock
        self._rows = QVBoxLayout()
        self._note = wrapped_label(
            translate("HandOffSection", "Loading the links\u2026"), self, "handOffNote"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._note)
        layout.addLayout(self._rows)
        self._receipts: tuple[HandOffReceipt, ...] | None = None  # None: not loaded yet
        self._token_live = True

    def set_token_live(self, live: bool) -> None:
        """A token revoked or expired meanwhile: no Revoke beside its opened links."""
        if live != self._token_live and self._receipts is not None:
            self.show_receipts(self._receipts, token_live=live)
        self._token_live = live

    def show_receipts(self, receipts: Sequence[HandOffReceipt], *, token_live: bool) -> None:
        """Say each link's receipt; `token_live`: the token can still be revoked."""
        self._receipts, self._token_live = tuple(receipts), token_live
        self._clear_rows()
        if not receipts:
            none = translate(
                "HandOffSection",
                "No links sent for this token. Send one from the screen that shows a new "
                "token (create or rotate).",
            )
            self._note.setText(none)
            self._note.show()
            return
        self._note.hide()
        now = self._clock()
        for index, receipt in enumerate(receipts[:SHOWN]):
            self._rows.addLayout(self._row(receipt, index, now))

    def show_error(self, message: str) -> None:
        not_loaded = translate("HandOffSection", "The links could not be loaded. %1")
        self._clear_rows()
        self._note.setText(fill(not_loaded, message))
        self._note.show()

    def _row(self, receipt: HandOffReceipt, index: int, now: datetime) -> QHBoxLayout:
        row = QHBoxLayout()
        said = wrapped_label(receipt_sentence(receipt, now), self, f"receipt{index}")
        said.setAccessibleName(said.text())
        row.addWidget(said, 1)
        button = self._action(receipt, index)
        if button is not None:
            row.addWidget(button)
        return row

    def _action(self, receipt: HandOffReceipt, index: int) -> QPushButton | None:
        if receipt.status == "waiting":
            words = translate("HandOffSection", "Withdraw link")
            button = named(QPushButton(words, self), f"withdrawLink{index}", words)
            button.clicked.connect(lambda: self.withdraw_requested.emit(receipt))
            return button
        if receipt.status == "opened" and self._token_live:
            words = translate("HandOffSection", "Not your developer? Revoke this token")
            button = named(QPushButton(words, self), f"revokeFromLink{index}", words)
            button.clicked.connect(self.revoke_requested.emit)
            return button
        return None

    def _clear_rows(self) -> None:
        while self._rows.count():
            row = self._rows.takeAt(0)
            layout = row.layout() if row is not None else None
            if layout is None:
                continue
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            layout.deleteLater()
