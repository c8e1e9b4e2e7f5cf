"""The secret clipboard: history hints, countdown, clearing only what is still ours."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.api.secret import Secret
from app.services.clipboard import SECRET_HINTS, QtClipboardBackend, SecretClipboard
from tests.helpers.event_loop import settle

SECRET = "stp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"[:40]


@pytest.fixture
def secret_clipboard(qtbot: QtBot) -> Iterator[SecretClipboard]:
    QGuiApplication.clipboard().clear()
    clipboard = SecretClipboard(clear_after_seconds=2)
    yield clipboard
    clipboard.clear_now()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_uses_the_qt_clipboard_with_a_gui_application(secret_clipboard: SecretClipboard) -> None:
    assert isinstance(secret_clipboard._backend, QtClipboardBackend)


def test_copy_sets_text_and_every_history_hint(secret_clipboard: SecretClipboard) -> None:
    secret_clipboard.copy(Secret(SECRET))
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == SECRET
    expected = {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
        "x-kde-passwordManagerHint": b"secret",
    }
    assert expected == SECRET_HINTS
    for mime_type, value in expected.items():
        assert mime.hasFormat(mime_type), mime_type
        assert bytes(mime.data(mime_type).data()) == value


def test_clears_after_the_delay_with_a_countdown(
    qtbot: QtBot, secret_clipboard: SecretClipboard
) -> None:
    ticks: list[int] = []
    secret_clipboard.countdown.connect(ticks.append)
    secret_clipboard.copy(Secret(SECRET))
    assert clipboard_text() == SECRET
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=4000)
    assert ticks == [2, 1, 0]


def test_leaves_what_the_merchant_copied_since(
    qtbot: QtBot, secret_clipboard: SecretClipboard
) -> None:
    ticks: list[int] = []
    secret_clipboard.countdown.connect(ticks.append)
    secret_clipboard.copy(Secret(SECRET))
    QGuiApplication.clipboard().setText("a shipping address")
    qtbot.waitUntil(lambda: ticks[-1] == 0, timeout=4000)  # the countdown's end
    settle(qtbot)  # where clearing would have happened
    assert clipboard_text() == "a shipping address"
    assert ticks[-1] == 0  # the countdown stopped: nothing of ours is left to clear


def test_clears_at_quit(secret_clipboard: SecretClipboard) -> None:
    secret_clipboard.copy(Secret(SECRET))
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert clipboard_text() == ""


def test_quit_does_not_wipe_other_text(secret_clipboard: SecretClipboard) -> None:
    secret_clipboard.copy(Secret(SECRET))
    QGuiApplication.clipboard().setText("keep me")
    secret_clipboard.clear_now()
    assert clipboard_text() == "keep me"


def test_pyperclip_backend_serves_when_qt_has_no_clipboard(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyperclip

    from app.services.clipboard import PyperclipBackend

    system_clipboard = {"text": "what was there before"}
    monkeypatch.setattr(pyperclip, "copy", lambda text: system_clipboard.update(text=text))
    monkeypatch.setattr(pyperclip, "paste", lambda: system_clipboard["text"])
    clipboard = SecretClipboard(clear_after_seconds=1, backend=PyperclipBackend())
    clipboard.copy(Secret(SECRET))
    assert system_clipboard["text"] == SECRET
    qtbot.waitUntil(lambda: system_clipboard["text"] == "", timeout=3000)
    clipboard.copy(Secret(SECRET))
    system_clipboard["text"] = "copied by the merchant"
    clipboard.clear_now()
    assert system_clipboard["text"] == "copied by the merchant"
