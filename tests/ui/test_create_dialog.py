"""The create dialog's validation: Create waits for a valid form; messages sit by their fields."""

import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.api.errors import NetworkError, UsernameTakenError, ValidationError
from app.api.models import Permission
from app.api.password_strength import Strength, password_strength
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.create_dialog import CreateTokenDialog
from app.ui.passwords import generate_password
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
    return dialog


def strength_text(qtbot: QtBot, dialog: CreateTokenDialog, starts: str) -> str:
    label = find(dialog, QLabel, "passwordStrength")
    qtbot.waitUntil(lambda: label.text().startswith(starts), timeout=5000)
    return label.text()


def error_text(dialog: CreateTokenDialog, field: str) -> str:
    label = find(dialog, QLabel, f"{field}Error")
    return label.text() if label.isVisible() else ""


def expiry(dialog: CreateTokenDialog) -> datetime | None:
    return dialog.expires_at


def fill_valid(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    type_into(qtbot, dialog, "passwordField", "a-long-secret-passphrase")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)


def test_create_waits_for_a_valid_form(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    create = find(dialog, QPushButton, "createButton")
    assert not create.isEnabled()
    assert error_text(dialog, "username") == ""  # nobody is scolded before typing
    fill_valid(qtbot, dialog)
    assert create.isEnabled()
    find(dialog, QCheckBox, "permission_orders").setChecked(False)
    assert not create.isEnabled()
    assert error_text(dialog, "permissions") == "Choose at least one permission."


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("usernameField", "ab", "Use 3 to 64 letters"),
        ("usernameField", "has space", "Use 3 to 64 letters"),
        ("passwordField", "short", "Use 12 to 128 characters"),
        ("passwordField", "my-mobile-app-password", "must not contain the username"),
        ("noteField", "n" * 201, "200 characters or fewer"),
    ],
)
def test_each_field_says_what_is_wrong(
    qtbot: QtBot, dialog: CreateTokenDialog, field: str, text: str, message: str
) -> None:
    fill_valid(qtbot, dialog)
    type_into(qtbot, dialog, field, text)
    name = {"usernameField": "username", "passwordField": "password", "noteField": "note"}[field]
    assert message in error_text(dialog, name)
    assert not find(dialog, QPushButton, "createButton").isEnabled()


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
    results: list[Strength] = []
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
            qtbot.wait(100)
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
    with qtbot.waitSignal(dialog.submitted) as first:
        click(qtbot, dialog, "createButton")
    assert not find(dialog, QPushButton, "createButton").isEnabled()  # busy: no double submit
    assert find(dialog, QPushButton, "cancelButton").isEnabled()
    dialog.show_server_error(NetworkError())
    assert "Cannot reach" in error_text(dialog, "create")
    with qtbot.waitSignal(dialog.submitted) as retried:
        click(qtbot, dialog, "createButton")
    assert retried.args[1] == first.args[1]  # the same submission keeps its key
    dialog.show_server_error(NetworkError())
    type_into(qtbot, dialog, "noteField", "changed")
    with qtbot.waitSignal(dialog.submitted) as changed:
        click(qtbot, dialog, "createButton")
    assert changed.args[1] != first.args[1]


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
    type_into(qtbot, dialog, "passwordField", "")
    find(dialog, QLineEdit, "passwordField").textEdited.emit("")
    assert error_text(dialog, "password") == "Enter a password for your developer."


def test_an_invisible_character_is_named_beside_its_field(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    fill_valid(qtbot, dialog)
    note = find(dialog, QLineEdit, "noteField")
    # Pasted, as such text arrives: qtbot cannot type a bidi override (Qt aborts).
    note.setText("invoice \u202egpj.exe")
    note.textEdited.emit(note.text())
    assert "U+202E" in error_text(dialog, "note")
    assert not find(dialog, QPushButton, "createButton").isEnabled()
