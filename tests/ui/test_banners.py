"""The banners above the list: said once as they appear, updated in place, reachable by Tab."""

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.sandbox.seed import STARTER_EMAIL, STARTER_PASSWORD
from app.ui.controller import AppController
from app.ui.shared.banner import Banner
from app.ui.tokens.main_window import MainWindow
from app.ui.tokens.pages import plan_missing
from app.ui.tokens.reminders import ReminderBanners
from tests.helpers.event_loop import settle
from tests.ui import test_sign_in_and_states as states
from tests.ui.conftest import Announcement
from tests.ui.helpers import find, main_window, shown_window
from tests.ui.test_merchant_path import start_demo

server = states.server  # a starter store to sign in to


def test_the_minute_tick_keeps_the_banners_and_the_focus_on_their_button(
    qtbot: QtBot, controller: AppController, announcements: list[Announcement]
) -> None:
    """Rebuilt every 60 s, the banner took the focus away from its button (to the search
    field), and a keyboard user then pressed another banner's button."""
    start_demo(qtbot, controller)
    window = main_window()
    qtbot.waitUntil(window.isActiveWindow)
    banners = window.findChild(ReminderBanners)
    assert banners is not None
    qtbot.waitUntil(banners.isVisible)  # the demo has tokens about to expire
    offer = banners.findChildren(QPushButton)[-1]
    offer.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(offer.hasFocus)
    banner = offer.parentWidget()
    assert banner is not None
    banners.refresh()  # what its timer does every minute
    settle(qtbot)
    kept = shiboken6.isValid(offer) and QApplication.focusWidget() is offer
    assert kept
    said = [a.text for a in announcements]
    assert said.count(banner.accessibleName()) == 1  # said as it came, once


def test_the_plan_note_is_said_reached_by_tab_and_by_ctrl_n(
    qtbot: QtBot,
    controller: AppController,
    server: RunningSandbox,
    announcements: list[Announcement],
) -> None:
    states.sign_in_through_window(
        qtbot, controller, server, STARTER_EMAIL, STARTER_PASSWORD, tokens=None
    )
    main = shown_window(qtbot, "mainWindow", MainWindow)
    banner = find(main, Banner, "planBanner")
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert [a.text for a in announcements].count(plan_missing()) == 1
    note = next(label for label in banner.findChildren(QLabel) if label.text() == plan_missing())
    assert note.focusPolicy() == Qt.FocusPolicy.TabFocus
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [a.text for a in announcements].count(plan_missing()) == 2  # why nothing opens
    assert QApplication.focusWidget() is note


def test_an_error_banner_is_said_once(
    qtbot: QtBot, controller: AppController, announcements: list[Announcement]
) -> None:
    start_demo(qtbot, controller)
    main_window().show_error("Nothing answers at this address.")
    main_window().show_error("Nothing answers at this address.")  # the same, again
    said = [a.text for a in announcements]
    assert said.count("Nothing answers at this address.") == 1
