"""Send as a one-time link, in the app against the demo sandbox: the link goes through the safe
copy only, opens once to what the merchant chose, and Details and the desktop tell what became
of it."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.api.hand_off import b64url
from app.api.hand_off_calls import HandOffReceipt
from app.services.clipboard import SecretClipboard
from app.ui.controller import AppController
from app.ui.details.receipt_words import browser_words, receipt_sentence
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from app.ui.reveal.send_link_dialog import SendLinkDialog
from tests.helpers.hand_offs import FIREFOX_ON_WINDOWS, open_as_developer
from tests.ui.conftest import DemoStores
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_window,
    window,
)
from tests.ui.test_merchant_path import create_token, developer_session
from tests.ui.test_token_life import Merchant, open_details


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop is told (asked for before the app starts)."""
    from app.ui.tokens.notifier import ExpiryNotifier

    said: list[str] = []
    monkeypatch.setattr(ExpiryNotifier, "tell", lambda _self, text: said.append(text))
    return said


@pytest.fixture
def started(
    qtbot: QtBot,
    controller: AppController,
    demo_store: DemoStores,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> Iterator[Merchant]:
    """The demo store in the app, its watch asking every 0.1 s, and the merchant's own HTTP
    session on it (for what happens outside the app)."""
    from app.ui import token_watch

    monkeypatch.setattr(token_watch, "FAST_MS", 100)
    monkeypatch.setattr(token_watch, "SLOW_MS", 100)
    controller.start(demo=True)
    qtbot.waitUntil(lambda: len(main_window().model.tokens) == 4, timeout=10000)
    merchant = Merchant(demo_store.url)
    yield merchant
    merchant.http.close()


def send_link(
    qtbot: QtBot, reveal: RevealTokenDialog, *, hours: int = 24, password: bool = False
) -> tuple[SendLinkDialog, str]:
    """Send as a one-time link from the show-once screen; the message it copied."""
    click(qtbot, reveal, "sendLinkButton")
    sending = shown_window(qtbot, "sendLinkDialog", SendLinkDialog)
    find(sending, QRadioButton, f"linkHours{hours}").setChecked(True)
    check = find(sending, QCheckBox, "linkPasswordCheck")
    if check.isVisible():
        check.setChecked(password)
    click(qtbot, sending, "makeLinkButton")
    result = find(sending, QLabel, "sendLinkResult")
    qtbot.waitUntil(lambda: "copied" in result.text(), timeout=10000)
    return sending, QGuiApplication.clipboard().text()


def link_in(message: str) -> str:
    return next(word for word in message.split() if "/hand-off/" in word)


def test_a_link_without_the_password_carries_the_token_only(
    qtbot: QtBot, controller: AppController, started: Merchant, demo_store: DemoStores
) -> None:
    reveal, password = create_token(qtbot, controller, "link-app", "orders")
    token = find(reveal, QLineEdit, "tokenField").text()
    sending, message = send_link(qtbot, reveal)
    link = link_in(message)
    assert link.startswith(f"{demo_store.url}/hand-off/ho_")
    assert token not in message
    assert password not in message
    assert "opens once" in message
    assert "only on this computer" in message  # the demo's link
    inside = open_as_developer(demo_store.url, link)
    assert inside["token"] == token
    assert "password" not in inside
    assert inside["username"] == "link-app"
    assert inside["permissions"] == ["Order API Access"]
    assert "I will send you the password separately" in str(inside["message"])
    close = find(sending, QPushButton, "sendLinkCloseButton")
    assert close.isDefault()  # made: Enter closes rather than copying again
    assert find(reveal, QPushButton, "sendLinkButton").text() == "Send another one-time link\u2026"
    click(qtbot, sending, "sendLinkCloseButton")
    qtbot.waitUntil(lambda: window("sendLinkDialog") is None)
    click(qtbot, reveal, "doneButton")  # the password was not handed over yet: it asks
    box = message_box(qtbot, "closeWithoutCopyDialog")
    assert "password" in box.text().lower()


def test_a_link_with_the_password_lets_the_developer_sign_in(
    qtbot: QtBot, controller: AppController, started: Merchant, demo_store: DemoStores
) -> None:
    reveal, password = create_token(qtbot, controller, "link-full", "orders")
    _sending, message = send_link(qtbot, reveal, hours=1, password=True)
    assert password not in message
    assert "the access token and the password" in message
    inside = open_as_developer(demo_store.url, link_in(message))
    assert inside["password"] == password
    session = developer_session(
        demo_store.url, str(inside["token"]), str(inside["username"]), password
    )
    assert httpx.get(f"{demo_store.url}/v1/orders", headers=session).status_code == 200
    assert reveal.copied  # token and password both went out, in the link


def test_the_link_goes_only_through_the_safe_copy(
    qtbot: QtBot, controller: AppController, started: Merchant, clipboard: SecretClipboard
) -> None:
    reveal, _password = create_token(qtbot, controller, "safe-copy", "orders")
    _sending, message = send_link(qtbot, reveal)
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "/hand-off/" in message
    clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""
    assert not [w for w in QApplication.allWidgets() if link_in(message) in _words(w)]


def _words(widget: QWidget) -> str:
    """What a widget shows or tells a screen reader."""
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else ""
    return f"{shown} {widget.accessibleName()} {widget.toolTip()}"


def test_after_a_rotation_the_link_carries_the_new_token_only(
    qtbot: QtBot, controller: AppController, started: Merchant, demo_store: DemoStores
) -> None:
    from app.ui.rotate.rotate_dialog import RotateDialog

    _secret, record = started.create("rotated-link")
    qtbot.waitUntil(lambda: len(main_window().model.tokens) == 5, timeout=5000)
    main_window().select_token(record["id"])
    action(main_window(), "rotateAction").trigger()
    rotate = shown_window(qtbot, "rotateDialog", RotateDialog)
    click(qtbot, rotate, "confirmRotateButton")
    reveal = shown_window(qtbot, "revealTokenDialog", RevealTokenDialog)
    new_token = find(reveal, QLineEdit, "tokenField").text()
    click(qtbot, reveal, "sendLinkButton")
    sending = shown_window(qtbot, "sendLinkDialog", SendLinkDialog)
    assert not find(sending, QCheckBox, "linkPasswordCheck").isVisible()
    assert find(sending, QLabel, "linkPasswordSame").isVisible()
    _sending, message = send_link(qtbot, reveal)
    inside = open_as_developer(demo_store.url, link_in(message))
    assert inside["token"] == new_token
    assert "password" not in inside
    assert "same as before" in str(inside["message"])


def test_details_tell_each_receipt_and_withdraw_and_revoke_from_there(
    qtbot: QtBot, controller: AppController, started: Merchant, demo_store: DemoStores
) -> None:
    reveal, _password = create_token(qtbot, controller, "receipts", "orders")
    first = link_in(send_link(qtbot, reveal)[1])
    window("sendLinkDialog").close()  # type: ignore[union-attr]
    second = link_in(send_link(qtbot, reveal, hours=72)[1])
    window("sendLinkDialog").close()  # type: ignore[union-attr]
    reveal.discard()
    details = open_details(qtbot, "receipts")
    newest = lambda: find(details, QLabel, "receipt0").text()  # noqa: E731
    qtbot.waitUntil(lambda: details.findChild(QLabel, "receipt1") is not None, timeout=5000)
    assert "not opened yet; it works until" in newest()
    click(qtbot, details, "withdrawLink0")  # the newest: the second link
    qtbot.waitUntil(lambda: "was withdrawn" in newest(), timeout=5000)
    httpx_open = httpx.post(
        f"{demo_store.url}/v1/hand-offs/{second.split('#')[0].rsplit('/', 1)[1]}/open",
        json={"key_proof": b64url(bytes(32))},
    )
    assert httpx_open.status_code == 404  # withdrawn: nothing to open
    open_as_developer(demo_store.url, first)
    older = lambda: find(details, QLabel, "receipt1").text()  # noqa: E731
    qtbot.waitUntil(lambda: older().startswith("Opened today at"), timeout=5000)  # unasked
    assert "from 127.0.0.1 (Firefox on Windows)" in older()
    click(qtbot, details, "revokeFromLink1")
    box = message_box(qtbot, "revokeConfirmDialog")
    assert "receipts" in box.text()
    assert box.parentWidget() is details  # answered, the keyboard stays in Details
    click(qtbot, box, "confirmRevokeButton")
    qtbot.waitUntil(lambda: details.token.status.value == "revoked", timeout=10000)
    qtbot.waitUntil(lambda: details.findChild(QWidget, "revokeFromLink1") is None, timeout=5000)


def test_an_opened_link_is_told_once_without_pressing_refresh(
    qtbot: QtBot,
    controller: AppController,
    started: Merchant,
    demo_store: DemoStores,
    told: list[str],
) -> None:
    reveal, _password = create_token(qtbot, controller, "told-once", "orders")
    link = link_in(send_link(qtbot, reveal)[1])
    window("sendLinkDialog").close()  # type: ignore[union-attr]
    reveal.discard()
    qtbot.wait(300)  # reads come and go: nothing opened yet
    assert told == []
    open_as_developer(demo_store.url, link)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=5000)
    assert told[0].startswith("The one-time link for \u201ctold-once\u201d was opened today at")
    status = main_window().statusBar().currentMessage()
    assert status == told[0]
    started.create("after-the-open")  # the list changes again: the open is not news now
    qtbot.waitUntil(lambda: len(main_window().model.tokens) == 6, timeout=5000)
    qtbot.wait(300)
    assert len(told) == 1


def receipt(status: str, **fields: object) -> HandOffReceipt:
    now = datetime.now(UTC)
    values: dict[str, object] = {
        "id": "ho_1",
        "access_token_id": "at_1",
        "status": status,
        "created_at": now - timedelta(minutes=20),
        "expires_at": now + timedelta(minutes=40),
        "opened_at": None,
        "opened_from": None,
        "opened_with": None,
        "withdrawn_at": None,
        "wrong_keys": 0,
        **fields,
    }
    return HandOffReceipt(**values)  # type: ignore[arg-type]


def test_each_receipt_in_one_sentence() -> None:
    now = datetime.now(UTC)
    assert "expired unopened" in receipt_sentence(receipt("expired"), now)
    wrong = receipt_sentence(receipt("waiting", wrong_keys=2), now)
    assert wrong.endswith("2 wrong keys were tried.")
    assert "not opened yet" in wrong
    opened = receipt("opened", opened_at=now, opened_from="203.0.113.5", opened_with="curl/8.5")
    assert receipt_sentence(opened, now).endswith("from 203.0.113.5 (curl).")
    assert browser_words(FIREFOX_ON_WINDOWS) == "Firefox on Windows"
    mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"
    assert browser_words(mac) == "Safari on macOS"
    edge = "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0"
    assert browser_words(edge) == "Edge on Windows"
    assert browser_words(None) is None
    later = receipt("waiting", expires_at=now + timedelta(days=3))
    assert "works until on" not in receipt_sentence(later, now)
    assert " at " in receipt_sentence(later, now).split("works until ")[1]


def test_round_trip_the_app_makes_a_link_chromium_opens_it_the_developer_signs_in(
    qtbot: QtBot,
    controller: AppController,
    started: Merchant,
    demo_store: DemoStores,
    browser: tuple[httpx.Client, str],
) -> None:
    from tests.sandbox.test_hand_off_page import click_in_page, page_text, shown, visit

    reveal, password = create_token(qtbot, controller, "browser-dev", "orders", "products")
    link = link_in(send_link(qtbot, reveal, password=True)[1])
    visit(browser, link)
    click_in_page(browser, "#show")
    qtbot.waitUntil(lambda: shown(browser), timeout=20000)
    token, username = page_text(browser, "token"), page_text(browser, "username")
    assert page_text(browser, "password") == password
    assert "sign in with the access token" in page_text(browser, "connect")
    session = developer_session(demo_store.url, token, username, page_text(browser, "password"))
    assert httpx.get(f"{demo_store.url}/v1/products", headers=session).status_code == 200
