"""Conventions people expect of a desktop app: Tab, Escape, calendar days, sorting, titles."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTableView,
)
from pytestqt.qtbot import QtBot

from app.api.errors import RateLimitedError
from app.ui.controller import AppController
from app.ui.shared.error_words import error_sentence
from app.ui.shared.formatting import relative_time
from app.ui.sign_in.sign_in import SignInWindow
from app.ui.tokens.token_model import Column
from tests.helpers.event_loop import settle
from tests.ui.helpers import find, main_window, shown_tokens, shown_window, wait_for_tokens
from tests.ui.tokens.test_token_model import model_with, token


def test_tab_leaves_the_table_and_the_arrows_move_in_it(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    table = find(main_window(), QTableView, "tokenTable")
    assert not table.tabKeyNavigation()  # Tab goes to the next control, not the next cell
    main_window().activateWindow()
    table.setFocus()
    table.selectAll()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert len(main_window().selected_tokens()) == 4  # Tab kept the multi-selection


def test_escape_in_the_search_field_clears_it(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    search = find(main_window(), QLineEdit, "searchField")
    search.setText("sync")
    qtbot.waitUntil(lambda: len(shown_tokens()) == 1)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert len(shown_tokens()) == 4


def test_days_are_counted_as_the_calendar_counts_them() -> None:
    now = datetime(2026, 11, 28, 14, 0).astimezone()  # a Saturday afternoon, local time
    thursday = datetime(2026, 12, 3, 13, 45).astimezone()  # 4 days 23 hours 45 minutes on
    assert relative_time(thursday, now) == "in 5 days"  # as the date in its tooltip says
    assert relative_time(now - timedelta(days=1, hours=20), now) == "2 days ago"
    assert relative_time(now + timedelta(hours=5), now) == "in 5 hours"


def test_token_endings_sort_naturally_and_ignoring_case(qtbot: QtBot) -> None:
    model = model_with(
        token(1, token_hint="b1x9"), token(2, token_hint="A10z"), token(3, token_hint="a2zz")
    )
    model.sort(Column.TOKEN, Qt.SortOrder.AscendingOrder)
    hints = [model.index(row, Column.TOKEN).data() for row in range(3)]
    assert hints == ["\u2026 a2zz", "\u2026 A10z", "\u2026 b1x9"]


def test_window_titles_use_one_kind_of_dash(qtbot: QtBot, controller: AppController) -> None:
    """Qt appends " — <app name>" itself, so no title may carry a dash or the name of its own."""
    from tests.ui.helpers import click
    from tests.ui.test_accessibility import HELP_DIALOGS, SCENES, _help_dialog

    controller.start(demo=False)
    sign_in = shown_window(qtbot, "signInWindow", SignInWindow)
    titles = [sign_in.windowTitle()]
    click(qtbot, sign_in, "demoButton")
    wait_for_tokens(qtbot, 4)
    for scene in ("create with errors", "rotate", "check a token", "details"):
        dialog = SCENES[scene](qtbot)
        titles.append(dialog.windowTitle())
        dialog.close()
    titles += [_help_dialog(qtbot, *names).windowTitle() for names in HELP_DIALOGS]
    assert "Sign in" in titles
    assert [t for t in titles if "\u2013" in t or "\u2014" in t or "Shipturtle" in t] == []


def test_revoking_several_names_them_all_and_revoke_follows_the_selection(
    qtbot: QtBot, controller: AppController
) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.ui.helpers import action, click, message_box

    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    main = main_window()
    revoke = action(main, "revokeAction")
    revoked_seed = next(t for t in shown_tokens() if t.status.value == "revoked")
    main.select_token(revoked_seed.id)
    assert not revoke.isEnabled()  # nothing active selected: nothing to revoke
    active = [t for t in shown_tokens() if t.status.value == "active"]
    find(main, QTableView, "tokenTable").selectAll()
    assert revoke.isEnabled()
    revoke.trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    assert "using them are rejected at once" in box.informativeText()
    assert "They stay in your list as revoked" in box.informativeText()
    click(qtbot, box, "confirmRevokeButton")
    qtbot.waitUntil(lambda: main.statusBar().currentMessage().startswith("Revoked 3"))
    message = main.statusBar().currentMessage()
    assert all(f"\u201c{t.username}\u201d" in message for t in active)
    assert not revoke.isEnabled()  # all revoked now: the action says so at once
    assert find(main, QLabel, "signedInLabel").text()


def test_revoking_one_says_it(qtbot: QtBot) -> None:
    from app.ui.shared.dialogs import revoke_confirmation
    from app.ui.token_actions import revoked_status

    one = token(1, username="mobile-app")
    box = revoke_confirmation(None, [one])  # type: ignore[arg-type]
    assert "using it are rejected at once" in box.informativeText()
    assert "It stays in your list" in box.informativeText()
    assert revoked_status([one]) == "Revoked the token for \u201cmobile-app\u201d."


def test_the_main_window_fits_the_screen_even_with_a_size_from_a_larger_one(
    qtbot: QtBot, controller: AppController, app_home: object
) -> None:
    from PySide6.QtCore import QRect

    from app.storage.paths import AppPaths
    from app.storage.settings import Preferences, SettingsFile
    from app.ui.tokens.main_window import MainWindow
    from app.ui.tokens.token_model import TokenTableModel
    from tests.helpers.keyrings import MemoryKeyring
    from tests.ui.conftest import make_controller
    from tests.ui.helpers import quit_app

    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    area = main_window().screen().availableGeometry()
    assert area.contains(main_window().geometry())  # first open, no size remembered
    huge = MainWindow(TokenTableModel())
    huge.setGeometry(QRect(area.left() - 300, area.top(), area.width() * 2, area.height() * 2))
    geometry = bytes(huge.saveGeometry().toBase64().data()).decode()
    huge.deleteLater()
    quit_app(controller)
    Preferences(SettingsFile(AppPaths.from_environment().config_dir)).remember_window_geometry(
        geometry
    )
    again = make_controller(MemoryKeyring())
    try:
        again.start(demo=True)
        wait_for_tokens(qtbot, 4)
        assert area.contains(main_window().geometry())
    finally:
        quit_app(again)


def test_a_profile_keeps_its_port_and_can_be_removed_with_its_keychain_entry(
    qtbot: QtBot, app_home: object
) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton

    from app.storage.credentials import SERVICE_NAME
    from app.storage.paths import AppPaths
    from app.storage.settings import Preferences, Profile, SettingsFile
    from app.ui.sign_in.sign_in_request import profile_name
    from tests.helpers.keyrings import MemoryKeyring
    from tests.ui.conftest import DEFAULT_SERVER, make_controller
    from tests.ui.helpers import click, message_box, quit_app

    first = profile_name("me@shop.com", "http://127.0.0.1:8765", DEFAULT_SERVER)
    second = profile_name("me@shop.com", "http://127.0.0.1:9000", DEFAULT_SERVER)
    assert (first, second) == ("me@shop.com on 127.0.0.1:8765", "me@shop.com on 127.0.0.1:9000")
    settings_file = SettingsFile(AppPaths.from_environment().config_dir)
    preferences = Preferences(settings_file)
    preferences.remember_profile(Profile(first, "http://127.0.0.1:8765", "me@shop.com", True))
    preferences.remember_profile(Profile(second, "http://127.0.0.1:9000", "me@shop.com", True))
    keychain = MemoryKeyring()
    keychain.set_password(SERVICE_NAME, second, "sts_remembered-session")
    controller = make_controller(keychain)
    try:
        controller.start(demo=False)
        window = shown_window(qtbot, "signInWindow", SignInWindow)
        profiles = find(window, QComboBox, "signInProfile")
        assert profiles.currentText() == second  # the last one used
        click(qtbot, window, "removeProfileButton")
        click(qtbot, message_box(qtbot, "removeProfileConfirmDialog"), "confirmRemoveProfileButton")
        assert [profiles.itemText(i) for i in range(profiles.count())] == [first, "New profile"]
        qtbot.waitUntil(lambda: keychain.entries == {})  # its remembered session is gone
        assert [p.name for p in settings_file.load().settings.profiles] == [first]
        profiles.setCurrentText("New profile")
        assert not find(window, QPushButton, "removeProfileButton").isEnabled()
    finally:
        quit_app(controller)


def test_an_empty_list_says_why(qtbot: QtBot, controller: AppController) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

    from tests.ui.helpers import click, cut_off_labels

    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    main = main_window()
    reason = find(main, QLabel, "emptyStateLabel")
    search = find(main, QLineEdit, "searchField")
    search.setText("xyz")
    assert reason.isVisible()
    assert reason.text() == "No token matches \u201cxyz\u201d."
    settle(qtbot)  # laid out
    assert cut_off_labels(main) == []  # every line of it shows
    click(qtbot, main, "clearSearchButton")  # the way back is right there
    assert search.text() == ""
    assert find(main, QTableView, "tokenTable").isVisible()
    show = find(main, QComboBox, "statusFilter")
    show.setCurrentText("Expired")  # the demo store has none
    assert reason.isVisible()
    assert reason.text().startswith("No expired tokens.")
    settle(qtbot)  # laid out
    assert cut_off_labels(main) == []
    assert not find(main, QPushButton, "clearSearchButton").isVisible()
    show.setCurrentText("All")
    assert not reason.isVisible()


def test_too_many_attempts_counts_the_wait_down(
    qtbot: QtBot, controller: AppController, sandbox: object
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from app.sandbox import RunningSandbox
    from tests.conftest import unknown_email
    from tests.ui.helpers import click

    assert isinstance(sandbox, RunningSandbox)
    controller.start(demo=False)
    window = shown_window(qtbot, "signInWindow", SignInWindow)
    click(qtbot, window, "signInAdvanced")
    find(window, QLineEdit, "signInServer").setText(sandbox.url)
    find(window, QLineEdit, "signInEmail").setText(unknown_email())
    error = find(window, QLabel, "signInError")
    button = find(window, QPushButton, "signInButton")
    for _ in range(10):  # wrong until the server says to wait
        find(window, QLineEdit, "signInPassword").setText("not-it")
        qtbot.waitUntil(button.isEnabled, timeout=10000)
        click(qtbot, window, "signInButton")
        qtbot.waitUntil(lambda: button.text() == "Sign in", timeout=10000)
        if "Too many attempts" in error.text():
            break
    assert "Too many attempts. Wait" in error.text()
    assert not button.isEnabled()  # pressing again would only make it longer
    first = error.text()
    qtbot.waitUntil(lambda: error.text() != first, timeout=3000)  # it counts down
    assert "Too many attempts. Wait" in error.text()


def test_the_wait_ends_with_sign_in_back(qtbot: QtBot, controller: AppController) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    controller.start(demo=False)
    window = shown_window(qtbot, "signInWindow", SignInWindow)
    window.wait_before_retry(2)
    error = find(window, QLabel, "signInError")
    assert error.text() == error_sentence(RateLimitedError(2))
    qtbot.waitUntil(lambda: "Wait 1 second and" in error.text(), timeout=3000)
    qtbot.waitUntil(lambda: error.text() == "You can try again now.", timeout=3000)
    assert find(window, QPushButton, "signInButton").isEnabled()


class _IconsOnDialogButtons(QProxyStyle):
    """Like the desktop styles (KDE's, GNOME's) that put an icon on standard buttons."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, *args)  # type: ignore[arg-type]


def _icons(buttons: list[QPushButton]) -> set[bool]:
    return {not button.icon().isNull() for button in buttons if button.isVisible()}


def test_button_pairs_have_icons_on_both_or_neither(
    qtbot: QtBot, controller: AppController
) -> None:
    from tests.ui.helpers import action, message_box
    from tests.ui.test_accessibility import HELP_DIALOGS, _help_dialog, _rotate

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    was = application.style().name()
    application.setStyle(_IconsOnDialogButtons(QStyleFactory.create(was)))
    try:
        controller.start(demo=True)
        wait_for_tokens(qtbot, 4)
        rotate = _rotate(qtbot)
        assert len(_icons(rotate.findChildren(QPushButton))) == 1
        rotate.close()
        find(main_window(), QTableView, "tokenTable").selectRow(0)
        action(main_window(), "revokeAction").trigger()
        box = message_box(qtbot, "revokeConfirmDialog")
        assert len(_icons(box.findChildren(QPushButton))) == 1
        box.reject()
        for names in HELP_DIALOGS:  # a lone Close, as text like every other Close
            assert _icons(_help_dialog(qtbot, *names).findChildren(QPushButton)) == {False}
    finally:
        application.setStyle(QStyleFactory.create(was))


@pytest.mark.parametrize("scene", ["create with errors", "show once", "rotate", "check a token"])
def test_every_dialog_fits_the_screen_with_large_text(
    qtbot: QtBot, controller: AppController, scene: str
) -> None:
    from tests.ui.test_accessibility import SCENES
    from tests.ui.test_merchant_path import start_demo

    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.6)  # as at 200 % on a smaller screen
    QApplication.setFont(large)
    try:
        start_demo(qtbot, controller)
        dialog = SCENES[scene](qtbot)
        area = dialog.screen().availableGeometry()
        qtbot.waitUntil(lambda: area.contains(dialog.frameGeometry()), timeout=2000)
    finally:
        QApplication.setFont(normal)


def test_permissions_use_the_dashboards_words_before_the_servers_have_come() -> None:
    from app.ui.shared.formatting import permission_names

    assert permission_names(["orders", "products"], {}) == "Order API Access, Product API Access"
    assert permission_names(["orders"], {"orders": "Orders (read)"}) == "Orders (read)"


def test_the_current_row_is_framed_while_the_table_has_the_keyboard(
    qtbot: QtBot, controller: AppController
) -> None:
    from PySide6.QtGui import QPalette

    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    table = find(main_window(), QTableView, "tokenTable")
    main_window().activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(1)  # a selected current row: Qt itself marks nothing there
    frame = table.palette().color(QPalette.ColorRole.Highlight).darker(140)
    middle = table.visualRect(table.model().index(1, Column.STATUS))

    def framed() -> bool:
        picture = table.viewport().grab().toImage()
        return picture.pixelColor(middle.center().x(), middle.top() + 1).rgb() == frame.rgb()

    qtbot.waitUntil(framed)
    find(main_window(), QLineEdit, "searchField").setFocus()
    qtbot.waitUntil(lambda: not framed())  # the keyboard is elsewhere: no frame
