"""Copying a secret the way password managers do: history hints, countdown, auto-clear.

Windows gets the formats that keep text out of clipboard history and cloud sync,
KDE's Klipper gets `x-kde-passwordManagerHint`. On macOS Qt cannot put the
`org.nspasteboard.ConcealedType` type on the pasteboard by itself (it renames
custom types), so there the protection is the auto-clear alone.
"""

import hmac
import logging
from typing import Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

from app.api.secret import Secret
from app.storage.settings import DEFAULT_CLIPBOARD_CLEAR_SECONDS

log = logging.getLogger(__name__)

_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"
SECRET_HINTS: dict[str, bytes] = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
    _WINDOWS.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _WINDOWS.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
    "x-kde-passwordManagerHint": b"secret",
}


class ClipboardBackend(Protocol):
    def put_secret(self, text: str) -> None: ...
    def text(self) -> str: ...
    def clear(self) -> None: ...


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus every hint that asks clipboard managers not to keep it."""
    mime = QMimeData()
    mime.setText(text)
    for mime_type, value in SECRET_HINTS.items():
        mime.setData(mime_type, QByteArray(value))
    return mime


class QtClipboardBackend:
    def __init__(self, clipboard: QClipboard) -> None:
        self.clipboard = clipboard

    def put_secret(self, text: str) -> None:
        self.clipboard.setMimeData(secret_mime_data(text))

    def text(self) -> str:
        return self.clipboard.text()

    def clear(self) -> None:
        self.clipboard.clear()


class PyperclipBackend:
    """For when Qt has no clipboard (no GUI application): plain text, no hints possible."""

    def put_secret(self, text: str) -> None:
        import pyperclip

        pyperclip.copy(text)

    def text(self) -> str:
        import pyperclip

        return str(pyperclip.paste())

    def clear(self) -> None:
        import pyperclip

        pyperclip.copy("")


def default_backend() -> ClipboardBackend:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return QtClipboardBackend(QGuiApplication.clipboard())
    return PyperclipBackend()


class SecretClipboard(QObject):
    """Puts one secret on the clipboard and takes it off again, unless replaced meanwhile.

    Signals:
        countdown(int): seconds until the clipboard is cleared; 0 once it is cleared or
            the merchant has copied something else.
    """

    countdown = Signal(int)

    def __init__(
        self,
        clear_after_seconds: int = DEFAULT_CLIPBOARD_CLEAR_SECONDS,
        backend: ClipboardBackend | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clear_after_seconds = clear_after_seconds
        self._backend = backend or default_backend()
        self._secret: Secret | None = None
        self._seconds_left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        if isinstance(self._backend, QtClipboardBackend):
            self._backend.clipboard.dataChanged.connect(self._on_clipboard_data_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    def copy(self, secret: Secret) -> None:
        """Copy the secret and start the countdown to clearing it."""
        self._secret = secret
        self._backend.put_secret(secret.reveal())
        self._seconds_left = self.clear_after_seconds
        self._tick.start()
        self.countdown.emit(self._seconds_left)

    def _holds_our_secret(self) -> bool:
        if self._secret is None:
            return False
        current = self._backend.text().encode("utf-8", "surrogatepass")
        return hmac.compare_digest(current, self._secret.reveal().encode("utf-8"))

    @Slot()
    def clear_now(self) -> None:
        """Clear the clipboard if it still holds our secret; leave anything else alone."""
        if self._holds_our_secret():
            self._backend.clear()
            log.info("Cleared the copied token from the clipboard")
        self._forget()

    def _forget(self) -> None:
        was_counting = self._secret is not None
        self._secret = None
        self._seconds_left = 0
        self._tick.stop()
        if was_counting:
            self.countdown.emit(0)

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.clear_now()
        else:
            self.countdown.emit(self._seconds_left)

    @Slot()
    def _on_clipboard_data_changed(self) -> None:
        if self._secret is not None and not self._holds_our_secret():
            self._forget()  # the merchant copied something else: never wipe it
