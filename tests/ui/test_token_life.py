"""A token's life in the app: details, note and expiry, rotate, switch-over, check, reminders."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.api.contract import OVERLAP_HOURS
from app.api.models import AccessToken, ApiCall
from app.sandbox import RunningSandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.ui.check.check_dialog import CheckTokenDialog
from app.ui.controller import AppController
from app.ui.details.activity_model import CallsModel
from app.ui.details.details_dialog import DetailsDialog
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from app.ui.rotate.rotate_dialog import RotateDialog
from app.ui.tokens.token_model import TokenTableModel
from tests.conftest import bearer, developer_sign_in, sign_in, unknown_email
from tests.ui.conftest import Announcement, DemoStores
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    shown_tokens,
    shown_window,
    wait_for_tokens,
    window,
)

PASSWORD = "kettle-orbit-plume-9-harbor"


class Merchant:
    """The merchant's own HTTP session on the demo store, for what happens outside the app."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url)
        self.headers = bearer(sign_in(self.http, DEMO_EMAIL, DEMO_PASSWORD))

    def create(self, username: str, **fields: Any) -> tuple[str, dict[str, Any]]:
        body = {"username": username, "password": PASSWORD, "permissions": ["orders"], **fields}
        response = self.http.post(
            "/v1/access-tokens",
            headers={**self.headers, "Idempotency-Key": f"key-{username}"},
            json=body,
        )
        assert response.status_code == 201, response.text
        return response.json()["token"], response.json()["access_token"]

    def rotate(self, token_id: str, overlap_hours: int, key: str) -> dict[str, Any]:
        """Rotate a token as the dashboard would; the answer holds the new secret."""
        response = self.http.post(
            f"/v1/access-tokens/{token_id}/rotate",
            headers={**self.headers, "Idempotency-Key": key},
            json={"overlap_hours": overlap_hours},
        )
        assert response.status_code == 201, response.text
        return dict(response.json())

    def revoke(self, token_id: str) -> None:
        response = self.http.delete(f"/v1/access-tokens/{token_id}", headers=self.headers)
        assert response.status_code == 204, response.text

    def token(self, token_id: str) -> dict[str, Any]:
        response = self.http.get(f"/v1/access-tokens/{token_id}", headers=self.headers)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def orders(self, token: str, username: str) -> int:
        """What the developer gets: sign in with the token, then read the orders."""
        signed_in = developer_sign_in(self.http, token, username, PASSWORD)
        if signed_in.status_code != 201:
            return signed_in.status_code
        session = bearer(signed_in.json()["api_session"])
        return self.http.get("/v1/orders", headers=session).status_code


@pytest.fixture
def merchant(demo_store: DemoStores) -> Iterator[Merchant]:
    merchant = Merchant(demo_store.url)
    yield merchant
    merchant.http.close()


@pytest.fixture
def started(qtbot: QtBot, controller: AppController, demo_store: DemoStores) -> AppController:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    return controller


def refresh(qtbot: QtBot, count: int) -> None:
    """Refresh, and wait until the list that comes back is shown."""
    table = find(main_window(), QTableView, "tokenTable")
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    model = proxy.sourceModel()
    assert isinstance(model, TokenTableModel)
    with qtbot.waitSignal(model.tokens_set, timeout=10000):
        action(main_window(), "refreshAction").trigger()
    wait_for_tokens(qtbot, count)


def row_of(username: str) -> AccessToken:
    return next(token for token in shown_tokens() if token.username == username)


def open_details(qtbot: QtBot, username: str) -> DetailsDialog:
    main = main_window()
    main.select_token(row_of(username).id)
    table = find(main, QTableView, "tokenTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return shown_window(qtbot, "detailsPanel", DetailsDialog)


def test_details_show_everything_and_save_a_note(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    token, record = merchant.create("agency-app", note="Agency")
    assert merchant.orders(token, "agency-app") == 200
    refresh(qtbot, 5)
    details = open_details(qtbot, "agency-app")
    assert "Order API Access" in find(details, QLabel, "details_permissions").text()
    assert find(details, QLabel, "details_token").text().endswith(record["token_hint"])
    table = find(details, QTableView, "activityTable")
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2, timeout=10000)  # sign-in, orders
    chart = find(details, QWidget, "activityChart")
    assert "requests in the last 30 days" in chart.accessibleDescription()
    note = find(details, QLineEdit, "detailsNote")
    assert note.text() == "Agency"
    note.setText("Agency building our app")
    note.setModified(True)
    click(qtbot, details, "saveNoteButton")
    qtbot.waitUntil(lambda: merchant.token(record["id"])["note"] == "Agency building our app")
    qtbot.waitUntil(lambda: find(details, QLabel, "detailsSaved").text() == "Saved.")
    qtbot.waitUntil(lambda: row_of("agency-app").note == "Agency building our app")


def test_details_open_by_double_click_and_from_the_menu(
    qtbot: QtBot, started: AppController
) -> None:
    main = main_window()
    table = find(main, QTableView, "tokenTable")
    index = table.model().index(0, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    details = shown_window(qtbot, "detailsPanel", DetailsDialog)
    details.accept()
    qtbot.waitUntil(lambda: window("detailsPanel") is None)
    main.select_token(shown_tokens()[1].id)
    action(main, "detailsAction").trigger()
    shown_window(qtbot, "detailsPanel", DetailsDialog)


@pytest.mark.parametrize(("choice", "hours"), list(enumerate(OVERLAP_HOURS)))
def test_rotate_gives_a_new_token_and_keeps_the_old_one_for_the_overlap(
    qtbot: QtBot, started: AppController, merchant: Merchant, choice: int, hours: int
) -> None:
    old, record = merchant.create("rotating")
    refresh(qtbot, 5)
    main_window().select_token(record["id"])
    action(main_window(), "rotateAction").trigger()
    dialog = shown_window(qtbot, "rotateDialog", RotateDialog)
    find(dialog, QComboBox, "overlapChoice").setCurrentIndex(choice)
    click(qtbot, dialog, "confirmRotateButton")
    reveal = shown_window(qtbot, "revealTokenDialog", RevealTokenDialog)
    new = find(reveal, QLineEdit, "tokenField").text()
    assert new.startswith("stp_")
    assert new != old
    assert not find(reveal, QLineEdit, "passwordField").isVisible()  # unknown, unchanged
    click(qtbot, reveal, "copyMessageButton")
    message = QGuiApplication.clipboard().text()
    assert "Password: the same as before" in message
    assert f"\u2026{record['token_hint']}" in message  # says which token it replaces
    click(qtbot, reveal, "doneButton")  # the token was copied: no question asked
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)
    assert merchant.orders(new, "rotating") == 200
    assert merchant.orders(old, "rotating") == (200 if hours else 401)
    assert row_of("rotating").id == record["id"]  # the same token, a new secret


def test_switchover_banner_offers_to_stop_the_old_token(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    old, record = merchant.create("switching")
    assert merchant.orders(old, "switching") == 200
    rotated = merchant.rotate(record["id"], 24, "rotate-1")
    new = rotated["token"]
    refresh(qtbot, 5)
    assert not _visible("switchoverBanner")  # the new token has not been used yet
    assert merchant.orders(new, "switching") == 200  # the developer switched
    refresh(qtbot, 5)
    banner = find(main_window(), QWidget, "switchoverBanner")
    qtbot.waitUntil(banner.isVisible)
    assert "has switched to its new token" in " ".join(
        label.text() for label in banner.findChildren(QLabel)
    )
    click(qtbot, banner, "stopOldTokenButton")
    box = message_box(qtbot, "stopOldConfirmDialog")
    click(qtbot, box, "confirmStopOldButton")
    qtbot.waitUntil(lambda: merchant.orders(old, "switching") == 401, timeout=10000)
    assert merchant.orders(new, "switching") == 200


def _visible(name: str) -> bool:
    widget = main_window().findChild(QWidget, name)
    return widget is not None and widget.isVisible()


def check(qtbot: QtBot, text: str) -> str:
    dialog = window("checkTokenDialog")
    assert isinstance(dialog, CheckTokenDialog)
    field = find(dialog, QLineEdit, "checkTokenField")
    field.setText(text)
    result = find(dialog, QLabel, "checkTokenResult")
    before = result.text()
    click(qtbot, dialog, "checkTokenButton")
    qtbot.waitUntil(lambda: result.text() not in ("", before, "Checking\u2026"), timeout=10000)
    return result.text()


def test_check_a_token_says_what_it_is(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    leaked, record = merchant.create("leaked")
    refresh(qtbot, 5)
    qtbot.keyClick(main_window(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    assert "not a Shipturtle access token" in check(qtbot, "hello")
    assert "mistyped or cut short" in check(qtbot, leaked[:-2])
    from app.api.token_format import generate_token

    assert "not one of your store's tokens" in check(qtbot, generate_token())
    verdict = check(qtbot, leaked)
    assert "the current token for \u201cleaked\u201d" in verdict
    revoke = find(dialog, QPushButton, "checkTokenRevokeButton")
    assert revoke.isVisible()
    click(qtbot, dialog, "checkTokenRevokeButton")
    box = message_box(qtbot, "revokeConfirmDialog")
    click(qtbot, box, "confirmRevokeButton")
    result = find(dialog, QLabel, "checkTokenResult")
    qtbot.waitUntil(lambda: "revoked" in result.text(), timeout=10000)
    assert merchant.token(record["id"])["status"] == "revoked"
    dialog.reject()
    assert window("checkTokenDialog") is None


def test_a_check_of_your_own_token_is_said_and_describes_the_field(
    qtbot: QtBot, started: AppController, merchant: Merchant, announcements: list[Announcement]
) -> None:
    """The verdict for one of the store's tokens was silent, and the field's description
    said "Checking..." for good."""
    leaked, _record = merchant.create("said-aloud")
    refresh(qtbot, 5)
    action(main_window(), "checkTokenAction").trigger()
    dialog = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    verdict = check(qtbot, leaked)
    assert "the current token for \u201csaid-aloud\u201d" in verdict
    assert find(dialog, QLineEdit, "checkTokenField").accessibleDescription() == verdict
    assert [a.text for a in announcements].count(verdict) == 1


def test_check_finds_the_previous_secret_after_a_rotation(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    old, record = merchant.create("previous")
    merchant.rotate(record["id"], 1, "rotate-prev")
    refresh(qtbot, 5)
    action(main_window(), "checkTokenAction").trigger()
    shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    verdict = check(qtbot, old)
    assert "the old token, replaced by a rotation" in verdict
    assert "It works until" in verdict


def test_expiry_banner_offers_rotate_and_extend(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    soon = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    merchant.create("short-lived", expires_at=soon.isoformat().replace("+00:00", "Z"))
    refresh(qtbot, 5)
    banner = find(main_window(), QWidget, "expiryBanner")
    qtbot.waitUntil(banner.isVisible)
    text = _banner_text("expiryBanner")
    assert "\u201cshort-lived\u201d expires in 2 days" in text or "in 3 days" in text
    click(qtbot, banner, "expiryExtendButton")
    details = shown_window(qtbot, "detailsPanel", DetailsDialog)
    assert details.token.username == "short-lived"
    find(details, QComboBox, "expiryChoice").setCurrentIndex(3)  # in 90 days
    click(qtbot, details, "saveExpiryButton")
    qtbot.waitUntil(lambda: "short-lived" not in _banner_text("expiryBanner"), timeout=10000)


def _banner_text(name: str) -> str:
    """What the banner with this name says now ('' when there is none)."""
    banner = main_window().findChild(QWidget, name)
    if banner is None or not banner.isVisible():
        return ""
    return " ".join(label.text() for label in banner.findChildren(QLabel))


def test_calls_model_passes_qt_model_tests(qtmodeltester: ModelTester) -> None:
    model = CallsModel()
    at = datetime(2026, 11, 28, 10, 32, tzinfo=UTC)
    model.set_calls(
        (
            ApiCall(at, "GET", "/v1/orders", 200, "127.0.0.1", "curl/8.5", "current"),
            ApiCall(at, "POST", "/v1/api-sessions", 401, "127.0.0.1", "python", "previous"),
        )
    )
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == "401 refused"
    assert model.index(1, 3).data() == "Old"


def rotate_over_http(merchant: Merchant, token_id: str, hours: int) -> str:
    return str(merchant.rotate(token_id, hours, f"rotate-{token_id}-{hours}")["token"])


def test_a_warning_comes_before_the_old_token_stops_while_still_in_use(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    old, record = merchant.create("late-switcher")
    assert merchant.orders(old, "late-switcher") == 200
    rotate_over_http(merchant, record["id"], 1)  # under an hour left at once
    assert merchant.orders(old, "late-switcher") == 200  # the old one, still in use
    refresh(qtbot, 5)
    qtbot.waitUntil(lambda: "late-switcher" in _banner_text("overlapWarningBanner"))
    assert "still used" in _banner_text("overlapWarningBanner")
    assert row_of("late-switcher").rotation is not None
    details = open_details(qtbot, "late-switcher")
    switchover = find(details, QLabel, "switchoverLabel")
    assert switchover.isVisible()
    assert "The new token has not been used yet" in switchover.text()
    assert "the old one was last used today at" in switchover.text()


def test_row_menu_and_the_note_column(
    qtbot: QtBot, started: AppController, demo_store: DemoStores
) -> None:
    from app.storage.paths import AppPaths
    from app.storage.settings import SettingsFile
    from app.ui.tokens.token_model import Column
    from app.ui.tokens.token_table import TokenTable

    main = main_window()
    table = find(main, TokenTable, "tokenTable")
    assert not table.shows(Column.NOTE)  # shown on request only
    # Left out, not hidden: Qt's accessible table counts the view's model's columns,
    # hidden or not, so a screen reader reading a row read the Note no one saw.
    assert table.model().columnCount() == len(Column) - 1
    token = shown_tokens()[0]
    menu = table.row_menu(token)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["menuDetails", "menuRotate", "menuCopyEnding", "menuRevoke"]
    next(a for a in menu.actions() if a.objectName() == "menuCopyEnding").trigger()
    assert QGuiApplication.clipboard().text() == token.token_hint
    next(a for a in menu.actions() if a.objectName() == "menuDetails").trigger()
    assert shown_window(qtbot, "detailsPanel", DetailsDialog).token.id == token.id
    table._on_column_toggled(Column.NOTE, True)
    assert table.shows(Column.NOTE)
    assert table.model().columnCount() == len(Column)
    saved = SettingsFile(AppPaths.from_environment().config_dir).load().settings
    assert saved.token_columns == ("Note",)  # remembered for next time


class FakeDesktop:
    def __init__(self) -> None:
        self.shown: list[str] = []

    def available(self) -> bool:
        return True

    def show(self, title: str, text: str) -> None:
        self.shown.append(text)


def test_a_switch_is_told_to_the_desktop_in_one_sentence(qtbot: QtBot, app_home: object) -> None:
    from app.storage.paths import AppPaths
    from app.storage.settings import Preferences, SettingsFile
    from app.ui.tokens.notifier import ExpiryNotifier

    desktop = FakeDesktop()
    notifier = ExpiryNotifier(
        Preferences(SettingsFile(AppPaths.from_environment().config_dir)),
        lambda: datetime.now(UTC),
        desktop,
    )
    one = row_like("mobile-app")
    notifier.switched([one])
    notifier.switched([one, row_like("erp")])
    assert desktop.shown == [
        "\u201cmobile-app\u201d has switched to its new token.",
        "2 tokens have switched to their new tokens.",
    ]


def row_like(username: str) -> AccessToken:
    from app.api.models import TokenStatus

    now = datetime.now(UTC)
    return AccessToken(
        f"at_{username}",
        username,
        ("orders",),
        TokenStatus.ACTIVE,
        now,
        None,
        None,
        None,
        "abcd",
        None,
    )


def test_expiry_notices_come_once_a_day_per_token(qtbot: QtBot, app_home: object) -> None:
    from app.api.models import TokenStatus
    from app.storage.paths import AppPaths
    from app.storage.settings import Preferences, SettingsFile
    from app.ui.tokens.notifier import ExpiryNotifier

    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    clock = [now]
    token = AccessToken(
        "at_1",
        "nightly",
        ("orders",),
        TokenStatus.ACTIVE,
        now - timedelta(days=30),
        now + timedelta(days=2),
        None,
        None,
        "ABCD",
        None,
    )
    desktop = FakeDesktop()
    preferences = Preferences(SettingsFile(AppPaths.from_environment().config_dir))
    notifier = ExpiryNotifier(preferences, lambda: clock[0], desktop)
    notifier.check([token])
    notifier.check([token])
    assert desktop.shown == ["\u201cnightly\u201d expires in 2 days."]
    clock[0] = now + timedelta(days=1)
    notifier.check([token])
    assert len(desktop.shown) == 2  # a new day, a new notice
    again = ExpiryNotifier(preferences, lambda: clock[0], desktop)
    again.check([token])
    assert len(desktop.shown) == 2  # remembered across restarts


def test_no_tray_no_notice_and_no_crash(qtbot: QtBot, app_home: object) -> None:
    from app.api.models import TokenStatus
    from app.storage.paths import AppPaths
    from app.storage.settings import Preferences, SettingsFile
    from app.ui.tokens.notifier import ExpiryNotifier, TrayDesktop

    now = datetime.now(UTC)
    expiring = AccessToken(
        "at_1",
        "nightly",
        ("orders",),
        TokenStatus.ACTIVE,
        now - timedelta(days=30),
        now + timedelta(days=2),
        None,
        None,
        "ABCD",
        None,
    )
    desktop = TrayDesktop()
    assert not desktop.available()  # offscreen: no system tray
    preferences = Preferences(SettingsFile(AppPaths.from_environment().config_dir))
    ExpiryNotifier(preferences, lambda: now, desktop).check([expiring])
    assert preferences.settings.reminded == ()  # not counted as told: it will try again


def test_rotating_again_during_an_overlap_warns_first(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    _old, record = merchant.create("twice")
    rotate_over_http(merchant, record["id"], 24)
    refresh(qtbot, 5)
    main_window().select_token(record["id"])
    action(main_window(), "rotateAction").trigger()
    dialog = shown_window(qtbot, "rotateDialog", RotateDialog)
    warning = find(dialog, QLabel, "rotateWarning")
    assert warning.isVisible()
    assert f"\u2026{record['token_hint']} still works until" in warning.text()
    assert "Rotating again stops it at once" in warning.text()
    assert find(dialog, QPushButton, "cancelRotateButton").isDefault()  # Enter keeps it
    dialog.reject()


def test_after_a_failed_sign_in_focus_is_on_what_to_fix(
    qtbot: QtBot, controller: AppController, sandbox: RunningSandbox
) -> None:
    from app.ui.sign_in.sign_in import SignInWindow

    controller.start(demo=False)
    window_ = shown_window(qtbot, "signInWindow", SignInWindow)
    find(window_, QLineEdit, "signInEmail").setText(unknown_email())
    password = find(window_, QLineEdit, "signInPassword")
    password.setText("not-it")
    click(qtbot, window_, "signInAdvanced")
    server = find(window_, QLineEdit, "signInServer")
    server.setText("http://127.0.0.1:9")
    error = find(window_, QLabel, "signInError")
    click(qtbot, window_, "signInButton")
    qtbot.waitUntil(lambda: "Nothing answers" in error.text(), timeout=10000)
    assert window_.focusWidget() is server  # the address is what to fix
    assert server.selectedText() == "http://127.0.0.1:9"
    server.setText(sandbox.url)
    click(qtbot, window_, "signInButton")
    qtbot.waitUntil(lambda: "email or password is not right" in error.text(), timeout=10000)
    assert window_.focusWidget() is password  # Enter signs in again once it is retyped
    assert password.selectedText() == "not-it"


def test_a_refresh_keeps_the_selection_the_current_row_and_the_focus(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    table = find(main_window(), QTableView, "tokenTable")
    chosen = row_of("warehouse-sync")
    main_window().focus_token(chosen.id)
    merchant.create("newcomer")  # the server has one more token, and another changed
    merchant.revoke(row_of("reporting").id)
    refresh(qtbot, 5)
    current = table.currentIndex()
    assert current.isValid()
    assert main_window().selected_tokens() == [row_of("warehouse-sync")]
    assert table.hasFocus()
    assert action(main_window(), "rotateAction").isEnabled()  # it acts on the same token


@pytest.fixture
def watched(
    qtbot: QtBot,
    controller: AppController,
    demo_store: DemoStores,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Merchant]:
    """The demo store open in the app, whose watch asks every 0.1 s (10 s and more in the
    app), and the merchant's own HTTP session on it."""
    from app.ui import token_watch

    monkeypatch.setattr(token_watch, "FAST_MS", 100)
    monkeypatch.setattr(token_watch, "SLOW_MS", 100)
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    merchant = Merchant(demo_store.url)
    yield merchant
    merchant.http.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """What the desktop is told of switches (asked for before the app starts)."""
    from app.ui.tokens.notifier import ExpiryNotifier

    switched: list[list[str]] = []
    monkeypatch.setattr(
        ExpiryNotifier,
        "switched",
        lambda _self, tokens: switched.append([t.username for t in tokens]),
    )
    return switched


def test_a_switch_over_is_noticed_without_pressing_refresh(
    qtbot: QtBot, told: list[list[str]], watched: Merchant
) -> None:
    _, record = watched.create("watched")
    rotated = watched.rotate(record["id"], 24, "rotate-watched")
    qtbot.waitUntil(lambda: len(shown_tokens()) == 5, timeout=5000)  # the new row, unasked
    main_window().focus_token(record["id"])
    elsewhere = QWidget()  # the merchant is doing something else
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not main_window().isActiveWindow(), timeout=3000)
    assert watched.orders(rotated["token"], "watched") == 200  # the developer switched
    qtbot.waitUntil(lambda: _visible("switchoverBanner"), timeout=5000)  # unasked too
    banner = find(main_window(), QWidget, "switchoverBanner")
    said = " ".join(label.text() for label in banner.findChildren(QLabel))
    assert "has switched to its new token" in said
    assert main_window().selected_tokens()[0].id == record["id"]  # the row stayed selected
    assert told == [["watched"]]  # once, to the desktop: the window was not in front
    qtbot.wait(300)  # more reads come and go
    assert told == [["watched"]]


def test_open_details_show_a_new_call_without_opening_again(
    qtbot: QtBot, watched: Merchant
) -> None:
    token, _record = watched.create("quiet-app")
    qtbot.waitUntil(lambda: len(shown_tokens()) == 5, timeout=5000)
    details = open_details(qtbot, "quiet-app")
    calls = find(details, QTableView, "activityTable")
    qtbot.waitUntil(lambda: calls.model().rowCount() == 0, timeout=5000)
    assert watched.orders(token, "quiet-app") == 200  # a sign-in and a call, meanwhile
    qtbot.waitUntil(lambda: calls.model().rowCount() == 2, timeout=5000)
