"""The show-once screen on its own: its copies, its message and its layout at large text."""

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.models import AccessToken, CreatedToken, Permission, TokenStatus
from app.api.secret import Secret
from app.services.clipboard import SecretClipboard
from app.services.password_check import PasswordStrengthCheck
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.reveal.copy_buttons import CountdownButton
from app.ui.reveal.developer_message import HandOff
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from app.ui.shared.secret_field import SecretField
from tests.ui.conftest import Announcement
from tests.ui.form_events import Event, recording
from tests.ui.helpers import click, cut_off_labels, enlarge_text, find, type_into

TOKEN = "stp_" + "A" * 30 + "123456"
PERMISSIONS = [
    Permission(
        "orders",
        "Order API Access",
        "Read the orders placed in your store, with their items, customers and status.",
    ),
    Permission(
        "products",
        "Product API Access",
        "Read the products in your catalogue, with their vendors, prices and stock.",
    ),
]


def created(expires_at: datetime | None = None) -> CreatedToken:
    token = AccessToken(
        "at_1",
        "mobile-app",
        ("orders",),
        TokenStatus.ACTIVE,
        datetime.now(UTC),
        expires_at,
        None,
        None,
        TOKEN[-4:],
        None,
    )
    return CreatedToken(token, Secret(TOKEN))


@pytest.fixture
def clipboard(qtbot: QtBot) -> Iterator[SecretClipboard]:
    clipboard = SecretClipboard(30)
    yield clipboard
    clipboard.clear_now()


def reveal(qtbot: QtBot, clipboard: SecretClipboard, *, large: bool = False) -> RevealTokenDialog:
    hand_off = HandOff("Demo Store", "https://api.example.com", {"orders": "Order API Access"})
    dialog = RevealTokenDialog(created(), Secret("Kp7w-Xm3q-9dZe-Tr4u-Hb8n"), hand_off, clipboard)
    qtbot.addWidget(dialog)
    if large:
        enlarge_text(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_no_text_is_cut_off_at_large_text_sizes(qtbot: QtBot, clipboard: SecretClipboard) -> None:
    dialog = reveal(qtbot, clipboard, large=True)
    qtbot.waitUntil(lambda: cut_off_labels(dialog) == [], timeout=2000)  # once laid out
    field = find(dialog, QLineEdit, "tokenField")
    assert field.width() >= field.fontMetrics().horizontalAdvance(TOKEN)  # the whole token
    click(qtbot, dialog, "copyButton")
    assert field.width() >= field.fontMetrics().horizontalAdvance(TOKEN)  # still, as it counts
    click(qtbot, dialog, "copyPasswordButton")


def test_the_create_dialog_grows_for_its_messages_at_large_text_sizes(qtbot: QtBot) -> None:
    check = PasswordStrengthCheck(debounce_ms=10)
    dialog = CreateTokenDialog(PERMISSIONS, check, store_name="Demo Store")
    qtbot.addWidget(dialog)
    enlarge_text(dialog)
    dialog.show()
    try:
        type_into(qtbot, dialog, "usernameField", "mobile-app")
        type_into(qtbot, dialog, "passwordField", "password1234")
        strength = find(dialog, QLabel, "passwordStrength")
        qtbot.waitUntil(lambda: strength.text().startswith("Strength: Weak"), timeout=5000)
        type_into(qtbot, dialog, "usernameField", "x")  # a second message, a line above
        qtbot.waitUntil(lambda: strength.isEnabled(), timeout=5000)
        qtbot.waitUntil(lambda: cut_off_labels(dialog) == [], timeout=2000)
    finally:
        check.shutdown()


def test_the_message_says_never_or_the_expiry_date(
    qtbot: QtBot, clipboard: SecretClipboard
) -> None:
    dialog = reveal(qtbot, clipboard)
    click(qtbot, dialog, "copyMessageButton")
    assert "Expires: Never (until it is revoked)\n" in QGuiApplication.clipboard().text()
    click(qtbot, dialog, "copyPasswordButton")
    dated = RevealTokenDialog(
        created(datetime(2027, 1, 5, 23, 59, tzinfo=UTC)),
        Secret("x"),
        HandOff("Demo Store", "https://api.example.com", {}),
        clipboard,
    )
    qtbot.addWidget(dated)
    click(qtbot, dated, "copyMessageButton")
    assert "Expires: 5 January 2027 at 23:59 UTC\n" in QGuiApplication.clipboard().text()
    click(qtbot, dated, "copyPasswordButton")


def test_tab_follows_the_screen(qtbot: QtBot, clipboard: SecretClipboard) -> None:
    dialog = reveal(qtbot, clipboard)
    names = [
        "tokenField",
        "copyButton",
        "passwordField",
        "showPasswordButton",
        "copyPasswordButton",
        "includePasswordCheck",
        "copyMessageButton",
        "doneButton",
    ]
    widgets = [find(dialog, QWidget, name) for name in names]
    for before, after in itertools.pairwise(widgets):
        assert before.nextInFocusChain() is after, before.objectName()
    click(qtbot, dialog, "copyButton")
    click(qtbot, dialog, "copyPasswordButton")


def test_the_message_says_to_press_enter_and_forgets_the_secrets(
    qtbot: QtBot, clipboard: SecretClipboard
) -> None:
    dialog = reveal(qtbot, clipboard)
    click(qtbot, dialog, "copyMessageButton")
    message = QGuiApplication.clipboard().text()
    assert "paste the whole block and press Enter" in message
    block = message.split("```sh\n", 1)[1].split("\n```", 1)[0]
    # A subshell: what it read and what it got end with it, even when a call fails.
    assert (block.splitlines()[0], block.splitlines()[-1]) == ("(", ")")
    click(qtbot, dialog, "copyPasswordButton")


def test_show_password_says_what_it_will_do(qtbot: QtBot, clipboard: SecretClipboard) -> None:
    dialog = reveal(qtbot, clipboard)
    show = find(dialog, QPushButton, "showPasswordButton")
    assert (show.text(), show.accessibleName()) == ("Show", "Show password")
    click(qtbot, dialog, "showPasswordButton")
    assert (show.text(), show.accessibleName()) == ("Hide", "Hide password")
    click(qtbot, dialog, "showPasswordButton")
    assert show.accessibleName() == "Show password"
    click(qtbot, dialog, "copyButton")
    click(qtbot, dialog, "copyPasswordButton")
    check = PasswordStrengthCheck(debounce_ms=10)
    create = CreateTokenDialog(PERMISSIONS, check)
    qtbot.addWidget(create)
    try:
        show = find(create, QPushButton, "showPasswordButton")
        click(qtbot, create, "showPasswordButton")
        assert (show.text(), show.accessibleName()) == ("Hide", "Hide password")
        click(qtbot, create, "generatePasswordButton")  # generated passwords are shown
        click(qtbot, create, "showPasswordButton")
        assert (show.text(), show.accessibleName()) == ("Show", "Show password")
    finally:
        check.shutdown()


def test_copies_are_announced_once_each_not_every_second(
    qtbot: QtBot, announcements: list[Announcement]
) -> None:
    clipboard = SecretClipboard(2)
    try:
        dialog = reveal(qtbot, clipboard)
        button = find(dialog, QPushButton, "copyButton")
        click(qtbot, dialog, "copyButton")
        assert isinstance(button, CountdownButton)
        assert button.shown_text == "Copied \u2013 clears in 2 s"
        assert button.accessibleName() == "Copied \u2013 clears in 2 seconds"
        qtbot.waitUntil(lambda: button.text() == "Copy token", timeout=4000)
        assert button.accessibleName() == "Copy token"
        assert [x.text for x in announcements] == [
            "Copied the token. The clipboard clears in 2 seconds.",
            "The token is no longer on the clipboard.",
        ]
        click(qtbot, dialog, "copyPasswordButton")
        click(qtbot, dialog, "copyMessageButton")  # the password's countdown gives way
        assert [x.text for x in announcements][2:] == [
            "Copied the password. The clipboard clears in 2 seconds.",
            "Copied the message for your developer. The clipboard clears in 2 seconds.",
        ]
        assert find(dialog, QPushButton, "copyPasswordButton").accessibleName() == "Copy password"
    finally:
        clipboard.clear_now()


def _held(text: str) -> bool:
    """Whether the clipboard holds `text` (asked as a yes or no: never a secret in output)."""
    return QGuiApplication.clipboard().text() == text


@pytest.mark.parametrize("keys", [QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut])
def test_copy_keys_in_the_token_field_make_the_safe_copy(
    qtbot: QtBot, clipboard: SecretClipboard, keys: QKeySequence.StandardKey
) -> None:
    dialog = reveal(qtbot, clipboard)
    counted: list[int] = []
    clipboard.countdown.connect(counted.append)
    field = find(dialog, QLineEdit, "tokenField")
    field.setFocus()
    sequence = QKeySequence(keys)[0]  # type: ignore[index]  # PySide6 lacks its stub
    qtbot.keyClick(field, sequence.key(), sequence.keyboardModifiers())
    held = _held(TOKEN)  # computed apart: an assert would print the token
    assert held
    assert counted == [30]  # with its countdown to clearing (and history hints)
    assert find(dialog, QPushButton, "copyButton").text() != "Copy token"  # says so


def test_the_secret_fields_cannot_be_selected(qtbot: QtBot, clipboard: SecretClipboard) -> None:
    """Selecting put the token in X11's PRIMARY selection until quit (real_x tests it there)."""
    dialog = reveal(qtbot, clipboard)
    for name in ("tokenField", "passwordField"):
        field = find(dialog, QLineEdit, name)
        qtbot.mouseDClick(field, Qt.MouseButton.LeftButton)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
        assert not field.hasSelectedText(), name
        assert not field.dragEnabled()


def test_the_fields_menu_copies_safely(qtbot: QtBot, clipboard: SecretClipboard) -> None:
    dialog = reveal(qtbot, clipboard)
    field = find(dialog, SecretField, "passwordField")
    menu = field.copy_menu()  # what a right click pops up
    assert [a.text() for a in menu.actions()] == ["Copy"]  # no Select All, no raw Copy
    menu.actions()[0].trigger()
    held = _held("Kp7w-Xm3q-9dZe-Tr4u-Hb8n")
    assert held


def test_the_countdown_does_not_send_the_buttons_name_every_second(qtbot: QtBot) -> None:
    """Each second's new text made Qt send the button's name again, and Orca said it."""
    clipboard = SecretClipboard(3)
    try:
        dialog = reveal(qtbot, clipboard)
        ticks: list[int] = []
        clipboard.countdown.connect(ticks.append)
        click(qtbot, dialog, "copyButton")
        with recording() as sent:  # the seconds ticking, after the copy and before its end
            qtbot.waitUntil(lambda: ticks[-1:] == [1], timeout=5000)
        button = find(dialog, CountdownButton, "copyButton")
        assert button.shown_text == "Copied \u2013 clears in 1 s"  # shown, all the same
        assert sent.of(Event.NameChanged, name="copyButton") == []
    finally:
        clipboard.clear_now()
