"""The create dialog's validation: Create waits for a valid form; messages sit by their fields."""

import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.api.errors import NetworkError, UsernameTakenError, ValidationError
from app.api.models import Permission
from app.api.password_strength import Strength, password_strength
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.create.create_rules import (
    Problem,
    password_problem,
    permissions_problem,
    strength_problem,
    username_problem,
)
from app.ui.shared.form_feedback import FormFeedback
from app.ui.shared.passwords import generate_password
from tests.helpers.event_loop import settle
from tests.ui.conftest import Announcement
from tests.ui.helpers import click, find, type_into

PERMISSIONS = [
    Permission("orders", "Order API Access", "Read orders."),
    Permission("products", "Product API Access", "Read products."),
]


@pytest.fixture
def strength_check(qtbot: QtBot) -> Iterator[PasswordStrengthCheck]:
    check = PasswordStrengthCheck(debounce_ms=10)
    yield check
    check.shutdown()


@pytest.fixture
def dialog(qtbot: QtBot, strength_check: PasswordStrengthCheck) -> CreateTokenDialog:
    dialog = CreateTokenDialog(PERMISSIONS, strength_check, store_name="Demo Store")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def blocker_of(problem: Problem | None) -> str | None:
    """What Create's hint says for this problem (the rules' words, not a copy of them)."""
    return problem.blocker if problem else None


def message_of(problem: Problem | None) -> str | None:
    return problem.message if problem else None


def strength_text(qtbot: QtBot, dialog: CreateTokenDialog, starts: str) -> str:
    label = find(dialog, QLabel, "passwordStrength")
    qtbot.waitUntil(lambda: label.text().startswith(starts), timeout=5000)
    return label.text()


def error_text(dialog: CreateTokenDialog, field: str) -> str:
    label = find(dialog, QLabel, f"{field}Error")
    return label.text() if label.isVisible() else ""


def expiry(dialog: CreateTokenDialog) -> datetime | None:
    return dialog.expires_at


def leave(dialog: CreateTokenDialog, name: str) -> None:
    """Put focus in the field, then move on to another, as a merchant does with Tab."""
    find(dialog, QWidget, name).setFocus(Qt.FocusReason.TabFocusReason)
    elsewhere = "usernameField" if name == "noteField" else "noteField"
    find(dialog, QWidget, elsewhere).setFocus(Qt.FocusReason.TabFocusReason)


def put(dialog: CreateTokenDialog, name: str, text: str) -> None:
    """Paste text into a field, as the merchant edits it (qtbot cannot type every character)."""
    field = find(dialog, QLineEdit, name)
    field.setText(text)
    field.textEdited.emit(text)


def blocker(dialog: CreateTokenDialog) -> str:
    return find(dialog, QLabel, "createBlocker").text()


def fill_valid(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    type_into(qtbot, dialog, "passwordField", "a-long-secret-passphrase")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    strength_text(qtbot, dialog, "Strength: Very strong")  # Create waits for the verdict


def test_create_waits_for_a_valid_form_and_says_what_it_waits_for(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    create = find(dialog, QPushButton, "createButton")
    assert not create.isEnabled()
    assert blocker(dialog) == blocker_of(
        username_problem("")
    )  # from the start, first in form order
    assert error_text(dialog, "username") == ""  # nobody is scolded before typing
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    assert blocker(dialog) == blocker_of(password_problem("", ""))
    type_into(qtbot, dialog, "passwordField", "a-long-secret-passphrase")
    assert blocker(dialog) == blocker_of(strength_problem(None, judging=True))
    strength_text(qtbot, dialog, "Strength: Very strong")
    assert blocker(dialog) == message_of(permissions_problem((), ()))
    assert not create.isEnabled()
    orders = find(dialog, QCheckBox, "permission_orders")
    assert orders.text() == "Order API Access"
    orders.setChecked(True)
    assert create.isEnabled()
    assert blocker(dialog) == ""
    orders.setChecked(False)
    assert not create.isEnabled()
    assert blocker(dialog) == message_of(permissions_problem((), ()))
    assert create.accessibleDescription() == message_of(permissions_problem((), ()))
    leave(dialog, "permission_orders")
    assert error_text(dialog, "permissions") == message_of(permissions_problem((), ()))


def test_a_fields_message_waits_until_it_is_left_then_follows_typing(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    type_into(qtbot, dialog, "usernameField", "ab")
    assert error_text(dialog, "username") == ""  # still typing
    assert blocker(dialog) == blocker_of(username_problem("ab"))
    leave(dialog, "usernameField")
    assert error_text(dialog, "username") == "Too short: use at least 3 characters."
    qtbot.keyClicks(find(dialog, QLineEdit, "usernameField"), "c")
    assert error_text(dialog, "username") == ""  # live from now on
    qtbot.keyClicks(find(dialog, QLineEdit, "usernameField"), "@")
    assert error_text(dialog, "username").startswith("Remove \u201c@\u201d:")
    type_into(qtbot, dialog, "passwordField", "short")
    # Moving between the password and its own buttons is not leaving it.
    find(dialog, QPushButton, "showPasswordButton").setFocus(Qt.FocusReason.TabFocusReason)
    assert error_text(dialog, "password") == ""


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("usernameField", "ab", "Too short: use at least 3 characters."),
        ("usernameField", "u" * 65, "Too long: use at most 64 characters."),
        (
            "usernameField",
            "has space",
            "Remove spaces: use only letters A\u2013Z, digits and . _ -",
        ),
        ("usernameField", "me@shop!x#", "Remove \u201c@\u201d, \u201c!\u201d and more:"),
        ("usernameField", "caf\u00e9", "Remove \u201c\u00e9\u201d:"),
        ("passwordField", "short", "Too short: use at least 12 characters."),
        ("passwordField", "p" * 129, "Too long: use at most 128 characters."),
        ("passwordField", "a-long-secret\u200bpassphrase", "Remove the invisible character from"),
        ("passwordField", "my-mobile-app-password", "The password must not contain the username."),
        ("noteField", "n" * 201, "Too long: keep the note to 200 characters or fewer."),
    ],
)
def test_each_field_says_what_is_wrong(
    qtbot: QtBot, dialog: CreateTokenDialog, field: str, text: str, message: str
) -> None:
    fill_valid(qtbot, dialog)
    put(dialog, field, text)
    leave(dialog, field)
    name = {"usernameField": "username", "passwordField": "password", "noteField": "note"}[field]
    assert error_text(dialog, name).startswith(message)
    assert not find(dialog, QPushButton, "createButton").isEnabled()
    assert blocker(dialog)


def test_messages_appear_in_room_kept_for_them(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    settle(qtbot)  # laid out and shown
    size = dialog.size()
    create = find(dialog, QPushButton, "createButton")
    at = create.mapTo(dialog, create.rect().topLeft())
    for field, text in (
        ("usernameField", "me@shop!x#"),
        ("passwordField", "short"),
        ("noteField", "n" * 201),
    ):
        type_into(qtbot, dialog, field, text)
        leave(dialog, field)
    leave(dialog, "permission_orders")
    settle(qtbot)  # laid out again
    for name in ("username", "password", "permissions", "note"):
        assert error_text(dialog, name), name
    assert dialog.size() == size
    assert create.mapTo(dialog, create.rect().topLeft()) == at
    fill_valid(qtbot, dialog)
    put(dialog, "noteField", "")
    click(qtbot, dialog, "createButton")
    dialog.show_server_error(NetworkError())
    settle(qtbot)
    assert "Cannot reach" in error_text(dialog, "create")
    assert dialog.size() == size


def test_enter_on_an_unfinished_form_shows_every_problem_and_goes_to_the_first(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    note = find(dialog, QLineEdit, "noteField")
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert error_text(dialog, "password") == message_of(password_problem("", ""))
    assert error_text(dialog, "permissions") == message_of(permissions_problem((), ()))
    assert error_text(dialog, "username") == ""
    password = find(dialog, QLineEdit, "passwordField")
    assert QApplication.focusWidget() is password
    assert password.accessibleDescription() == "Error: Enter a password for your developer."
    assert dialog.isVisible()


def test_generate_makes_a_strong_visible_password(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    click(qtbot, dialog, "generatePasswordButton")
    password = find(dialog, QLineEdit, "passwordField")
    assert len(password.text()) >= 20
    assert not set(password.text()) & set("0Oo1lI")
    assert password.echoMode() == QLineEdit.EchoMode.Normal
    assert strength_text(qtbot, dialog, "Strength: Very strong") == "Strength: Very strong."
    click(qtbot, dialog, "showPasswordButton")
    assert password.echoMode() == QLineEdit.EchoMode.Password


def test_generated_passwords_always_score_four() -> None:
    for _ in range(200):
        password = generate_password()
        assert len(password) >= 20
        assert not set(password) & set("0Oo1lI")
        assert password_strength(password, ("mobile-app", "Demo Store")).score == 4


def test_the_strength_line_is_live_guidance(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    type_into(qtbot, dialog, "passwordField", "password1234")
    weak = strength_text(qtbot, dialog, "Strength: Weak")
    assert "common password" in weak
    assert "Generate" in weak
    assert error_text(dialog, "password") == ""  # guidance, not an error
    type_into(qtbot, dialog, "passwordField", "a-long-secret-passphrase")
    assert strength_text(qtbot, dialog, "Strength: Very strong") == "Strength: Very strong."
    # The store's name counts against a password, as the server judges it.
    type_into(qtbot, dialog, "passwordField", "Demo Store 2024")
    assert strength_text(qtbot, dialog, "Strength: Fair").startswith("Strength: Fair.")


def test_strength_is_judged_off_the_gui_thread_once_typing_pauses(qtbot: QtBot) -> None:
    threads: list[object] = []
    results: list[Strength | None] = []
    check = PasswordStrengthCheck(debounce_ms=50)
    real = password_strength

    def judged(password: str, inputs: Sequence[str]) -> Strength:
        threads.append(threading.current_thread())
        return real(password, inputs)

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("app.services.password_check.password_strength", judged)
            for typed in ("p", "pa", "pas", "pass", "passw"):
                check.judge(Secret(typed), (), results.append)
            qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
            settle(qtbot)  # the debounce timer fired once and nothing restarted it
    finally:
        check.shutdown()
    assert len(threads) == 1  # only the last, once typing paused
    assert threads[0] is not threading.main_thread()
    assert len(results) == 1


def test_expiry_choices(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    choice = find(dialog, QComboBox, "expiryChoice")
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert labels == ["Never", "In 30 days", "In 60 days", "In 90 days", "On a date\u2026"]
    assert expiry(dialog) is None
    choice.setCurrentIndex(1)
    in_30_days = expiry(dialog)
    assert in_30_days is not None
    assert 29 <= (in_30_days - datetime.now(UTC)).days <= 30
    date = find(dialog, QDateEdit, "expiryDate")
    assert not date.isVisible()
    choice.setCurrentIndex(4)
    assert date.isVisible()
    on_a_date = expiry(dialog)
    assert on_a_date is not None
    assert on_a_date > datetime.now(UTC)


def test_one_key_per_submission(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    fill_valid(qtbot, dialog)
    create = find(dialog, QPushButton, "createButton")
    sent: list[str] = []
    dialog.submitted.connect(lambda _token, key: sent.append(key))
    click(qtbot, dialog, "createButton")
    assert create.text() == create.accessibleName() == "Creating\u2026"
    assert QApplication.focusWidget() is create  # the busy control keeps the focus
    click(qtbot, dialog, "createButton")  # pressed again while busy: no double submit
    assert len(sent) == 1
    assert find(dialog, QPushButton, "cancelButton").isEnabled()
    dialog.show_server_error(NetworkError())
    assert "Cannot reach" in error_text(dialog, "create")
    assert create.text() == "Create"
    assert create.accessibleDescription().startswith("Error: Cannot reach")
    assert QApplication.focusWidget() is create  # Enter tries again
    click(qtbot, dialog, "createButton")
    assert sent[1] == sent[0]  # the same submission keeps its key
    dialog.show_server_error(NetworkError())
    type_into(qtbot, dialog, "noteField", "changed")
    assert error_text(dialog, "create") == ""  # it was about the form as it was
    click(qtbot, dialog, "createButton")
    assert sent[2] != sent[0]


def test_a_failed_request_is_announced_and_focus_goes_to_the_field_in_error(
    qtbot: QtBot, dialog: CreateTokenDialog, announcements: list[Announcement]
) -> None:
    fill_valid(qtbot, dialog)
    click(qtbot, dialog, "createButton")
    taken = "An active token already uses this username. Choose another username."
    dialog.show_server_error(UsernameTakenError(fields={"username": taken}))
    username = find(dialog, QLineEdit, "usernameField")
    assert QApplication.focusWidget() is username
    assert username.accessibleDescription() == f"Error: {taken}"
    assert [(a.source.objectName(), a.text, a.assertive) for a in announcements] == [
        ("usernameField", taken, True)
    ]
    assert blocker(dialog) == "Choose another username."
    assert not find(dialog, QPushButton, "createButton").isEnabled()  # not that one again
    qtbot.keyClicks(username, "2")
    assert error_text(dialog, "username") == ""
    # The password is judged again against the new username before Create is offered.
    qtbot.waitUntil(find(dialog, QPushButton, "createButton").isEnabled)
    click(qtbot, dialog, "createButton")
    dialog.show_server_error(NetworkError())
    assert announcements[-1].source.objectName() == "createButton"
    assert announcements[-1].text.startswith("Cannot reach")


def test_each_fields_message_is_announced_once_and_describes_the_field(
    qtbot: QtBot, dialog: CreateTokenDialog, announcements: list[Announcement]
) -> None:
    # A field left has its message said once the merchant pauses, with the field's name:
    # the screen reader names the field moved to first (test_create_dialog_speech.py).
    type_into(qtbot, dialog, "usernameField", "ab")
    leave(dialog, "usernameField")
    username = find(dialog, QLineEdit, "usernameField")
    qtbot.waitUntil(lambda: bool(username.accessibleDescription()))
    assert username.accessibleDescription() == "Error: Too short: use at least 3 characters."
    type_into(qtbot, dialog, "passwordField", "short")
    leave(dialog, "passwordField")
    password = find(dialog, QLineEdit, "passwordField")
    qtbot.waitUntil(lambda: password.accessibleDescription().startswith("Error:"))
    # The strength follows: the field's description is what a screen reader has of it.
    assert password.accessibleDescription().startswith(
        "Error: Too short: use at least 12 characters. Strength: "
    )
    leave(dialog, "passwordField")  # left again: nothing new to say
    feedback = dialog.findChild(FormFeedback)
    assert feedback is not None
    idle = feedback.findChild(QTimer)  # what would say a message told late
    assert idle is not None
    qtbot.waitUntil(lambda: not idle.isActive())
    assert [(a.text, a.assertive) for a in announcements] == [
        ("Username: Too short: use at least 3 characters.", False),
        ("Password: Too short: use at least 12 characters.", False),
    ]


def test_server_messages_land_on_their_fields(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    fill_valid(qtbot, dialog)
    click(qtbot, dialog, "createButton")
    dialog.show_server_error(
        UsernameTakenError(fields={"username": "An active token already uses this username."})
    )
    assert error_text(dialog, "username") == "An active token already uses this username."
    assert error_text(dialog, "create") == ""
    dialog.show_server_error(ValidationError(fields={"expires_at": "Too far ahead."}))
    assert error_text(dialog, "expires_at") == "Too far ahead."


def test_every_control_is_named_for_tests_and_screen_readers(dialog: CreateTokenDialog) -> None:
    for name in (
        "usernameField",
        "passwordField",
        "generatePasswordButton",
        "permission_orders",
        "permission_products",
        "expiryChoice",
        "noteField",
        "createButton",
    ):
        from PySide6.QtWidgets import QWidget

        widget = find(dialog, QWidget, name)
        assert widget.accessibleName(), name


def test_a_second_enter_while_creating_does_not_cancel(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    fill_valid(qtbot, dialog)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    with qtbot.waitSignal(dialog.submitted):
        qtbot.keyClick(find(dialog, QLineEdit, "usernameField"), Qt.Key.Key_Return)
    cancel = find(dialog, QPushButton, "cancelButton")
    cancel.setFocus()  # where focus falls when the greyed Create lets go of it
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert rejected == []
    assert dialog.isVisible()


def test_an_empty_password_asks_for_one(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    fill_valid(qtbot, dialog)
    put(dialog, "passwordField", "")
    leave(dialog, "passwordField")
    assert blocker(dialog) == blocker_of(password_problem("", ""))
    assert error_text(dialog, "password") == message_of(password_problem("", ""))


def test_an_invisible_character_is_named_beside_its_field(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    fill_valid(qtbot, dialog)
    note = find(dialog, QLineEdit, "noteField")
    # Pasted, as such text arrives: qtbot cannot type a bidi override (Qt aborts).
    note.setText("invoice \u202egpj.exe")
    note.textEdited.emit(note.text())
    leave(dialog, "noteField")
    assert "U+202E" in error_text(dialog, "note")
    assert not find(dialog, QPushButton, "createButton").isEnabled()


def test_no_part_of_the_password_is_in_a_message(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    fill_valid(qtbot, dialog)
    put(dialog, "passwordField", "a-long-secret\u202epassphrase")
    leave(dialog, "passwordField")
    said = error_text(dialog, "password") + blocker(dialog)
    assert said
    assert "202E" not in said
    assert "202E" not in find(dialog, QLineEdit, "passwordField").accessibleDescription()


def test_no_unnamed_stop_in_the_tab_order(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    """The scroll area around the form was a Tab stop, read as an unnamed object."""
    from app.ui.shared.scrolling import WholeScrollArea

    (area,) = dialog.findChildren(WholeScrollArea)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
