"""The Help menu (shortcuts, help page, diagnostics, About), Quit, and coming to the front."""

from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app import __version__
from app.sandbox import RunningSandbox
from app.services.diagnostics import licence_of
from app.ui.controller import AppController
from app.ui.help.help_dialogs import action_text
from app.ui.help.help_menu import HELP_PAGE
from app.ui.sign_in.sign_in import SignInWindow
from tests.conftest import Account
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.conftest import DemoStores, make_controller
from tests.ui.helpers import action, find, main_window, quit_app, shown_window
from tests.ui.test_merchant_path import start_demo
from tests.ui.test_sign_in_and_states import sign_in_through_window


def menu_actions(name: str) -> list[str]:
    menu = find(main_window(), QMenu, name)
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def rows(tree: QTreeWidget) -> list[list[str]]:
    """Every row of a tree, its children included, as the texts of its columns."""
    found: list[list[str]] = []

    def walk(item: QTreeWidgetItem | None) -> None:
        assert item is not None
        found.append([item.text(column) for column in range(tree.columnCount())])
        for index in range(item.childCount()):
            walk(item.child(index))

    for index in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(index))
    return found


def test_help_and_quit_are_in_the_menus(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    assert menu_actions("helpMenu") == [
        "shortcutsAction",
        "helpPageAction",
        "copyDiagnosticsAction",
        "aboutAction",
    ]
    assert menu_actions("accountMenu") == [
        "signOutAction",
        "lockAction",
        "lockMenuAction",
        "quitAction",
    ]
    quit_keys = action(main_window(), "quitAction").shortcuts()
    assert QKeySequence("Ctrl+Q") in quit_keys or not QKeySequence.keyBindings(
        QKeySequence.StandardKey.Quit
    )


def test_keyboard_shortcuts_lists_every_shortcut_the_window_has(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    action(main_window(), "shortcutsAction").trigger()
    dialog = shown_window(qtbot, "shortcutsDialog", QDialog)
    listed = rows(find(dialog, QTreeWidget, "shortcutsList"))
    with_keys = [a for a in main_window().findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) >= 10
    native = QKeySequence.SequenceFormat.NativeText
    for each in with_keys:
        keys = [sequence.toString(native) for sequence in each.shortcuts()]
        assert [action_text(each), ", ".join(keys)] in listed, each.objectName()
    assert ["New token", QKeySequence("Ctrl+N").toString(native)] in listed
    assert ["Clear the search", QKeySequence("Esc").toString(native)] in listed
    assert len([row for row in listed if row[1]]) == len(with_keys)  # nothing made up


def test_the_help_page_opens_in_the_browser(qtbot: QtBot, app_home: Path) -> None:
    opened: list[QUrl] = []

    def browser(url: QUrl) -> bool:
        opened.append(url)
        return True

    controller = make_controller(MemoryKeyring(), DemoStores(), open_url=browser)
    try:
        start_demo(qtbot, controller)
        action(main_window(), "helpPageAction").trigger()
        page = "https://docs.shipturtle.com/en/articles/9570562-shipturtle-open-apis"
        assert opened == [QUrl(page)]
        assert page not in main_window().statusBar().currentMessage()
    finally:
        quit_app(controller)


def test_without_a_browser_the_status_bar_gives_the_address(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)  # the tests' opener says no browser could be opened
    action(main_window(), "helpPageAction").trigger()
    assert HELP_PAGE in main_window().statusBar().currentMessage()


def test_diagnostics_say_what_support_needs_and_never_a_secret(
    qtbot: QtBot,
    controller: AppController,
    keychain: MemoryKeyring,
    sandbox: RunningSandbox,
    merchant: Account,
) -> None:
    sign_in_through_window(
        qtbot, controller, sandbox, merchant.email, merchant.password, remember=True
    )
    session_tokens = list(keychain.entries.values())
    assert session_tokens  # remembered: the session token is in the keychain
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    action(main_window(), "copyDiagnosticsAction").trigger()
    qtbot.waitUntil(lambda: bool(clipboard.text()), timeout=5000)
    report = clipboard.text()
    import platform

    import PySide6

    for expected in (
        f"Shipturtle Tokens {__version__}",
        f"Qt {PySide6.QtCore.qVersion()}",
        f"PySide {PySide6.__version__}",
        f"Python {platform.python_version()}",
        "Keychain: keyrings MemoryKeyring",
        f"Server: {sandbox.url}",
        "System: ",
    ):
        assert expected in report, expected
    for secret in (*session_tokens, merchant.password):
        assert secret not in report
    assert "no password or token" in main_window().statusBar().currentMessage()


def test_about_gives_the_version_and_licences_from_the_installed_metadata(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    action(main_window(), "aboutAction").trigger()
    dialog = shown_window(qtbot, "aboutDialog", QDialog)
    parts = {row[0]: row for row in rows(find(dialog, QTreeWidget, "partsList"))}
    for name, licence in (
        ("PySide6_Essentials", "LGPL-3.0"),
        ("httpx", "BSD"),
        ("keyring", "MIT"),
        ("fastapi", "MIT"),
        ("uvicorn", "BSD"),
    ):
        distribution = metadata.distribution(name)
        assert parts[name][1] == distribution.version
        assert parts[name][2] == licence_of(distribution)
        assert licence in parts[name][2]
    assert "pytest" not in parts  # test tools are not part of the app
    assert any(__version__ in label for label in dialog_texts(dialog))


def dialog_texts(dialog: QDialog) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in dialog.findChildren(QLabel)]


def test_quit_asks_the_application_to_quit(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The application's aboutToQuit then runs the controller's shutdown, as for any quit.

    That whole path, Ctrl+Q pressed in a running app, is tested on a real X server
    (tests/ui/real_x/test_app_process.py); running the event loop here would change it for
    the tests after this one.
    """
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    start_demo(qtbot, controller)
    action(main_window(), "quitAction").trigger()
    assert quits == [True]


def test_coming_to_the_front_shows_the_window_in_use(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    main_window().showMinimized()
    qtbot.waitUntil(main_window().isMinimized)
    controller.bring_to_front()
    qtbot.waitUntil(lambda: not main_window().isMinimized())
    assert main_window().isVisible()
    action(main_window(), "signOutAction").trigger()
    sign_in = shown_window(qtbot, "signInWindow", SignInWindow)
    sign_in.showMinimized()
    qtbot.waitUntil(sign_in.isMinimized)
    controller.bring_to_front()
    qtbot.waitUntil(lambda: not sign_in.isMinimized())
    assert not main_window().isVisible()  # signed out: the token list stays hidden


def test_a_screen_reader_can_name_every_control_of_the_help_windows(
    qtbot: QtBot, controller: AppController
) -> None:
    from tests.ui.accessible_tree import problems

    start_demo(qtbot, controller)
    for action_name, window_name in (
        ("shortcutsAction", "shortcutsDialog"),
        ("aboutAction", "aboutDialog"),
    ):
        action(main_window(), action_name).trigger()
        assert problems(shown_window(qtbot, window_name, QDialog)) == []
