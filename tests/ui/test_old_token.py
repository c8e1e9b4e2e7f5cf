"""An old token after a rotation: found by a check, stopped alone, offered wherever the token is."""

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.api.models import AccessToken, Rotation, TokenStatus
from app.ui.check.check_dialog import CheckTokenDialog
from app.ui.controller import AppController
from tests.ui import test_token_life as life
from tests.ui.conftest import Announcement
from tests.ui.helpers import action, click, find, main_window, message_box, shown_window
from tests.ui.test_token_life import (
    Merchant,
    check,
    open_details,
    refresh,
    rotate_over_http,
    row_of,
)

# The token life tests' fixtures: the demo store started in the app, and the merchant's own
# HTTP session on it for what happens outside the app.
started = life.started
merchant = life.merchant


def _old_checked(qtbot: QtBot, merchant: Merchant, username: str) -> tuple[str, str, str]:
    """Rotate a new token with a day's overlap, and check its old secret in the check dialog.

    Returns the old secret, the new one, and the token's id."""
    old, record = merchant.create(username)
    new = rotate_over_http(merchant, record["id"], 24)
    refresh(qtbot, 5)
    action(main_window(), "checkTokenAction").trigger()
    shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    assert "the old token, replaced by a rotation" in check(qtbot, old)
    return old, new, record["id"]


def test_a_check_of_an_old_token_offers_to_stop_it_alone(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    old, new, token_id = _old_checked(qtbot, merchant, "leaked-old")
    dialog = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    stop = find(dialog, QPushButton, "checkTokenStopOldButton")
    assert stop.isVisible()
    assert stop.text() == "Stop the old token\u2026"
    click(qtbot, dialog, "checkTokenStopOldButton")
    box = message_box(qtbot, "stopOldConfirmDialog")
    hint = merchant.token(token_id)["rotation"]["previous_hint"]
    assert f"old token of \u201cleaked-old\u201d (ending \u2026{hint})" in box.text()
    click(qtbot, box, "confirmStopOldButton")
    result = find(dialog, QLabel, "checkTokenResult")
    qtbot.waitUntil(lambda: "no longer works" in result.text(), timeout=10000)
    assert "It works until" not in result.text()
    assert not stop.isVisible()
    assert merchant.orders(old, "leaked-old") == 401
    assert merchant.orders(new, "leaked-old") == 200  # the developer's new token goes on
    verdict = check(qtbot, old)  # checked again, as the server has it now
    assert "no longer works" in verdict
    assert "It works until" not in verdict
    assert not stop.isVisible()


def test_revoke_after_a_check_of_an_old_token_says_the_current_one_ends_too(
    qtbot: QtBot, started: AppController, merchant: Merchant
) -> None:
    _old_checked(qtbot, merchant, "leaked-both")
    dialog = shown_window(qtbot, "checkTokenDialog", CheckTokenDialog)
    revoke = find(dialog, QPushButton, "checkTokenRevokeButton")
    assert revoke.isVisible()
    assert "current token too" in revoke.text()
    click(qtbot, dialog, "checkTokenRevokeButton")
    box = message_box(qtbot, "revokeConfirmDialog")
    assert "current token too" in box.informativeText()
    click(qtbot, box, "cancelRevokeButton")


def test_an_old_token_in_use_can_be_stopped_from_details_the_row_menu_and_the_tokens_menu(
    qtbot: QtBot, started: AppController, announcements: list[Announcement]
) -> None:
    window = main_window()
    stop = action(window, "stopOldAction")
    window.select_token(row_of("reporting").id)  # never rotated: nothing to stop
    assert not stop.isEnabled()
    table = find(window, QTableView, "tokenTable")
    menu = table.row_menu(row_of("reporting"))  # type: ignore[attr-defined]
    assert "menuStopOld" not in [a.objectName() for a in menu.actions()]
    syncing = row_of("warehouse-sync")  # its old token was used three hours ago
    menu = table.row_menu(syncing)  # type: ignore[attr-defined]
    offered = menu.findChild(QAction, "menuStopOld")
    assert offered.text() == "Stop the old token\u2026"
    offered.trigger()
    click(qtbot, message_box(qtbot, "stopOldConfirmDialog"), "keepOldButton")  # asked first
    details = open_details(qtbot, "warehouse-sync")
    click(qtbot, details, "detailsStopOldButton")
    click(qtbot, message_box(qtbot, "stopOldConfirmDialog"), "keepOldButton")
    details.reject()
    window.select_token(syncing.id)
    assert stop.isEnabled()
    assert stop.text() == "Stop the old token\u2026"
    stop.trigger()
    box = message_box(qtbot, "stopOldConfirmDialog")
    assert "used" in box.informativeText()  # it is still in use: says so before it stops
    click(qtbot, box, "confirmStopOldButton")
    said = "Stopped the old token of \u201cwarehouse-sync\u201d; its new token keeps working."
    qtbot.waitUntil(lambda: said in [a.text for a in announcements], timeout=10000)
    assert window.statusBar().currentMessage() == said
    assert not stop.isEnabled()
    menu = table.row_menu(row_of("warehouse-sync"))  # type: ignore[attr-defined]
    assert "menuStopOld" not in [a.objectName() for a in menu.actions()]


NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _token(rotation: Rotation | None) -> AccessToken:
    created = NOW - timedelta(days=30)
    return AccessToken(
        "at_1", "app", ("orders",), TokenStatus.ACTIVE, created, None, None, None, "AbCd", None,
        rotation,
    )  # fmt: skip


def test_the_verdict_on_an_old_token_follows_its_overlap(qtbot: QtBot) -> None:
    dialog = CheckTokenDialog({}, lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    result = find(dialog, QLabel, "checkTokenResult")
    stopped = NOW - timedelta(minutes=1)  # stopped early, or its overlap ended
    dialog.show_token(_token(Rotation("WxYz", stopped, None, None)), "previous")
    assert "no longer works" in result.text()
    assert "works until" not in result.text()
    dialog.show_token(_token(None), "previous")  # its rotation is past the server's 7 days
    assert "no longer works" in result.text()
    stop = find(dialog, QPushButton, "checkTokenStopOldButton")
    revoke = find(dialog, QPushButton, "checkTokenRevokeButton")
    assert not stop.isVisible()
    assert not revoke.isVisible()
    ends = NOW + timedelta(hours=5)
    dialog.show_token(_token(Rotation("WxYz", ends, None, None)), "previous")
    assert "It works until" in result.text()
    assert stop.isVisible()
    assert revoke.isVisible()
    dialog.show_token(_token(None), "current")
    assert result.text().count("It works.") == 1
    assert revoke.isVisible()
    assert revoke.text() == "Revoke this token\u2026"
    assert not stop.isVisible()
