"""What a screen reader hears in the create dialog: each error for the field it is about, said
after the field the merchant moved to, and the password's strength, which Create waits for."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.models import Permission
from app.api.password_strength import weak_password_issue
from app.services.password_check import PasswordStrengthCheck
from app.ui.create.create_dialog import CreateTokenDialog
from tests.ui.form_events import Event, SentEvents, recording
from tests.ui.helpers import find, type_into

PERMISSIONS = [
    Permission("orders", "Order API Access", "Read orders."),
    Permission("products", "Product API Access", "Read products."),
]
STORE = "Demo Store"


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[CreateTokenDialog]:
    check = PasswordStrengthCheck(debounce_ms=10)
    dialog = CreateTokenDialog(PERMISSIONS, check, store_name=STORE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    yield dialog
    check.shutdown()


@pytest.fixture
def events() -> Iterator[SentEvents]:
    with recording() as sent:
        yield sent


def tab_from(qtbot: QtBot, dialog: CreateTokenDialog, name: str) -> QWidget:
    """Press Tab in the named control, as a keyboard user moves on; returns where focus went."""
    control = find(dialog, QWidget, name)
    control.setFocus(Qt.FocusReason.TabFocusReason)  # no event when it has it already
    qtbot.keyClick(control, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def judged(qtbot: QtBot, dialog: CreateTokenDialog) -> str:
    """Wait for the strength line to judge what the password field holds now."""
    label = find(dialog, QLabel, "passwordStrength")
    qtbot.waitUntil(lambda: label.isEnabled() and label.text().startswith("Strength:"))
    return label.text()


def first(events: SentEvents, words: str) -> int:
    """Where the first event carrying these words is in what was sent, from anything but the
    message's own label (a label off the focus is read when it is reached)."""
    return next(
        i
        for i, sent in enumerate(events.sent)
        if words in sent.text and not sent.name.endswith("Error")
    )


def focus_on(events: SentEvents, name: str) -> int:
    return next(
        i for i, sent in enumerate(events.of()) if (sent.kind, sent.name) == (Event.Focus, name)
    )


def test_a_field_left_is_said_after_the_field_the_merchant_moved_to(
    qtbot: QtBot, dialog: CreateTokenDialog, events: SentEvents
) -> None:
    username = find(dialog, QLineEdit, "usernameField")
    username.setFocus()
    qtbot.keyClicks(username, "ab")
    events.clear()
    error = "Too short: use at least 3 characters."
    assert tab_from(qtbot, dialog, "usernameField") is find(dialog, QLineEdit, "passwordField")
    assert find(dialog, QLabel, "usernameError").text() == error  # shown at once
    # Nothing about the username while the screen reader names the password field: a
    # description changed on the field just left, before focus moved, was what Orca said.
    qtbot.waitUntil(lambda: any(error in said for said in events.said()), timeout=5000)
    assert focus_on(events, "passwordField") < first(events, error), list(map(str, events.sent))
    assert f"Username: {error}" in events.said()  # which field it is about, said with it
    assert username.accessibleDescription() == f"Error: {error}"  # there when it comes back


def test_the_password_error_is_said_and_describes_the_password_field(
    qtbot: QtBot, dialog: CreateTokenDialog, events: SentEvents
) -> None:
    password = find(dialog, QLineEdit, "passwordField")
    password.setFocus()
    qtbot.keyClicks(password, "short")
    # Out through its own buttons (Show, Generate): leaving from Generate, the description
    # changed on a field Orca was no longer on, and the announcement Orca 43 drops.
    assert tab_from(qtbot, dialog, "passwordField").objectName() == "showPasswordButton"
    assert tab_from(qtbot, dialog, "showPasswordButton").objectName() == "generatePasswordButton"
    assert tab_from(qtbot, dialog, "generatePasswordButton").objectName() == "permission_orders"
    error = "Too short: use at least 12 characters."
    qtbot.waitUntil(lambda: f"Password: {error}" in events.said(), timeout=5000)
    assert password.accessibleDescription().startswith(f"Error: {error}")
    assert "short" not in " ".join(sent.text for sent in events.sent).replace(error, "")


def test_the_permission_error_is_on_each_checkbox_and_said(
    qtbot: QtBot, dialog: CreateTokenDialog, events: SentEvents
) -> None:
    orders = find(dialog, QCheckBox, "permission_orders")
    products = find(dialog, QCheckBox, "permission_products")
    orders.setFocus()
    qtbot.keyClick(orders, Qt.Key.Key_Space)
    qtbot.keyClick(orders, Qt.Key.Key_Space)  # ticked, then not: none is chosen
    assert tab_from(qtbot, dialog, "permission_orders") is products  # still in the group
    assert tab_from(qtbot, dialog, "permission_products").objectName() == "expiryChoice"
    error = "Choose at least one permission."
    qtbot.waitUntil(lambda: f"API access: {error}" in events.said(), timeout=5000)
    # The group box is never focused: the boxes say it, and still say what each one gives.
    assert orders.accessibleDescription() == f"Error: {error} Read orders."
    assert products.accessibleDescription() == f"Error: {error} Read products."
    products.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(products, Qt.Key.Key_Space)
    assert orders.accessibleDescription() == "Read orders."


def test_the_strength_is_part_of_the_password_fields_description(
    qtbot: QtBot, dialog: CreateTokenDialog, events: SentEvents
) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    type_into(qtbot, dialog, "passwordField", "password1234")
    weak = judged(qtbot, dialog)
    assert weak.startswith("Strength: Weak.")
    password = find(dialog, QLineEdit, "passwordField")
    assert weak in password.accessibleDescription()
    label = find(dialog, QLabel, "passwordStrength")
    assert label.accessibleName() in ("", weak)  # its text, not a name hiding it
    described = events.of(Event.DescriptionChanged, name="passwordField")
    assert described
    assert weak in described[-1].text  # sent, not only stored


@pytest.mark.parametrize(
    "typed",
    [
        "Demo Store 2024",  # Fair: the store's name counts against it
        "password1234",  # Weak
        "qwertyuiop123",  # Weak
        "a-long-secret-passphrase",  # Very strong
        "Correct-Horse-Battery",  # Strong or better
    ],
)
def test_create_waits_until_the_password_is_one_the_server_accepts(
    qtbot: QtBot, dialog: CreateTokenDialog, typed: str
) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    type_into(qtbot, dialog, "passwordField", typed)
    create = find(dialog, QPushButton, "createButton")
    assert not create.isEnabled()  # not until it has been judged
    judged(qtbot, dialog)
    # The very rule the sandbox applies (app/sandbox/service.py), with the same inputs.
    accepted = weak_password_issue(typed, ("mobile-app", STORE)) is None
    assert create.isEnabled() is accepted
    blocker = find(dialog, QLabel, "createBlocker").text()
    assert blocker == ("" if accepted else "Make the password harder to guess.")
    assert create.accessibleDescription() == blocker


def test_a_fair_password_left_says_why_create_waits(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    type_into(qtbot, dialog, "passwordField", "Demo Store 2024")
    assert judged(qtbot, dialog).startswith("Strength: Fair.")
    tab_from(qtbot, dialog, "passwordField")
    tab_from(qtbot, dialog, "showPasswordButton")
    tab_from(qtbot, dialog, "generatePasswordButton")
    error = find(dialog, QLabel, "passwordError")
    assert error.text().startswith("Too easy to guess")
    described = find(dialog, QLineEdit, "passwordField").accessibleDescription
    qtbot.waitUntil(lambda: described().startswith(f"Error: {error.text()} Strength: Fair."))


def test_a_username_change_judges_the_password_again_before_create(
    qtbot: QtBot, dialog: CreateTokenDialog
) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    type_into(qtbot, dialog, "passwordField", "warehouse-sync-nightly")
    judged(qtbot, dialog)
    create = find(dialog, QPushButton, "createButton")
    assert create.isEnabled()
    type_into(qtbot, dialog, "usernameField", "warehouse")
    # The password holds the username now: a rule of its own, whatever the strength.
    assert not create.isEnabled()
    type_into(qtbot, dialog, "usernameField", "nightly-sync")
    assert not create.isEnabled()  # judged again against the new username first
    judged(qtbot, dialog)
    accepted = weak_password_issue("warehouse-sync-nightly", ("nightly-sync", STORE)) is None
    assert create.isEnabled() is accepted


def test_a_generated_password_needs_no_wait(qtbot: QtBot, dialog: CreateTokenDialog) -> None:
    type_into(qtbot, dialog, "usernameField", "mobile-app")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    qtbot.mouseClick(find(dialog, QPushButton, "generatePasswordButton"), Qt.MouseButton.LeftButton)
    assert find(dialog, QPushButton, "createButton").isEnabled()
    assert find(dialog, QLabel, "passwordStrength").text() == "Strength: Very strong."
