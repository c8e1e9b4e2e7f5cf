"""The whole merchant path in demo mode: create, copy, use, revoke, rejected."""

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.create_dialog import CreateTokenDialog
from app.ui.reveal_dialog import RevealTokenDialog
from tests.conftest import api_session
from tests.ui.helpers import action, click, find, message_box, type_into, wait_for_tokens


def start_demo(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, controller, 4)
    qtbot.waitUntil(lambda: bool(controller.permissions), timeout=5000)


def create_token(
    qtbot: QtBot, controller: AppController, username: str, *permissions: str
) -> tuple[RevealTokenDialog, str]:
    """Create a token through the dialog; return the show-once screen and the password."""
    action(controller.main_window, "newTokenAction").trigger()
    qtbot.waitUntil(lambda: controller.create_dialog is not None)
    dialog = controller.create_dialog
    assert isinstance(dialog, CreateTokenDialog)
    type_into(qtbot, dialog, "usernameField", username)
    click(qtbot, dialog, "generatePasswordButton")
    for key in permissions:
        find(dialog, QCheckBox, f"permission_{key}").setChecked(True)
    password = find(dialog, QLineEdit, "passwordField").text()
    click(qtbot, dialog, "createButton")
    qtbot.waitUntil(lambda: controller.reveal_dialog is not None, timeout=10000)
    reveal = controller.reveal_dialog
    assert isinstance(reveal, RevealTokenDialog)
    assert controller.create_dialog is None
    return reveal, password


def developer_session(url: str, token: str, username: str, password: str) -> dict[str, str]:
    """What the developer does with what the merchant handed over: sign in."""
    with httpx.Client(base_url=url) as http:
        return api_session(http, token, username, password)


def test_create_copy_use_revoke(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "mobile-app", "orders", "products")
    token = find(reveal, QLineEdit, "tokenField").text()
    assert token.startswith("stp_")
    assert find(reveal, QLineEdit, "tokenField").isReadOnly()
    click(qtbot, reveal, "copyButton")
    assert QGuiApplication.clipboard().text() == token
    assert "clears in 30 s" in find(reveal, QPushButton, "copyButton").text()
    click(qtbot, reveal, "doneButton")
    qtbot.waitUntil(lambda: controller.reveal_dialog is None)

    url = controller.service.demo_url
    assert url is not None
    session = developer_session(url, token, "mobile-app", password)
    assert httpx.get(f"{url}/v1/orders", headers=session).status_code == 200
    assert httpx.get(f"{url}/v1/products", headers=session).status_code == 200

    window = controller.main_window
    assert controller.model.rowCount() == 5
    assert window.selected_tokens()[0].username == "mobile-app"  # the new row is selected
    action(window, "revokeAction").trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    assert "mobile-app" in box.text()
    assert "Orders, Products" in box.text()
    assert "rejected at once" in box.informativeText()
    assert box.defaultButton().objectName() == "cancelRevokeButton"
    with qtbot.waitSignal(controller.service.token_revoked, timeout=10000):
        click(qtbot, box, "confirmRevokeButton")
    assert window.selected_tokens()[0].status.value == "revoked"
    response = httpx.get(f"{url}/v1/orders", headers=session)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def test_order_access_only_cannot_read_products(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "orders-only", "orders")
    token = find(reveal, QLineEdit, "tokenField").text()
    url = controller.service.demo_url
    assert url is not None
    session = developer_session(url, token, "orders-only", password)
    assert httpx.get(f"{url}/v1/orders", headers=session).status_code == 200
    assert httpx.get(f"{url}/v1/products", headers=session).status_code == 403
    click(qtbot, reveal, "copyButton")
    click(qtbot, reveal, "doneButton")


def test_closing_without_copying_asks_first(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "forgetful", "orders")
    field = find(reveal, QLineEdit, "tokenField")
    click(qtbot, reveal, "doneButton")
    box = message_box(qtbot, "closeWithoutCopyDialog")
    assert box.text() == "You have not copied the token. Close anyway?"
    assert "You will not be able to see it again." in box.informativeText()
    click(qtbot, box, "goBackButton")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert reveal.isVisible()
    assert field.text().startswith("stp_")
    qtbot.keyClick(reveal, Qt.Key.Key_Escape)  # Escape asks too
    box = message_box(qtbot, "closeWithoutCopyDialog")
    left_in_field: list[str] = []
    reveal.finished.connect(lambda _result: left_in_field.append(field.text()))
    click(qtbot, box, "confirmCloseButton")
    qtbot.waitUntil(lambda: controller.reveal_dialog is None)
    assert left_in_field == [""]  # the secret was dropped from the widget as it closed


def test_developer_message_has_everything_but_the_password(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "agency", "orders", "products")
    token = find(reveal, QLineEdit, "tokenField").text()
    click(qtbot, reveal, "copyMessageButton")
    message = QGuiApplication.clipboard().text()
    assert "Username: agency" in message
    assert "Permissions: Order API Access, Product API Access" in message
    assert f"API address: {controller.service.demo_url}/v1" in message
    assert f"Authorization: Bearer {token}" in message
    assert "password separately" in message
    assert len(password) >= 12
    assert password not in message
    click(qtbot, reveal, "doneButton")
    qtbot.waitUntil(lambda: controller.reveal_dialog is None)


def test_cancel_while_creating_leaves_no_usable_token(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    demo = controller.service.demo
    assert demo is not None
    demo.latency.milliseconds = 600
    action(controller.main_window, "newTokenAction").trigger()
    qtbot.waitUntil(lambda: controller.create_dialog is not None)
    dialog = controller.create_dialog
    assert dialog is not None
    type_into(qtbot, dialog, "usernameField", "changed-my-mind")
    click(qtbot, dialog, "generatePasswordButton")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    click(qtbot, dialog, "createButton")
    click(qtbot, dialog, "cancelButton")  # Cancel works while the server is still working
    assert controller.create_dialog is None
    with qtbot.waitSignal(controller.service.token_revoked, timeout=10000) as revoked:
        pass
    assert revoked.args[0].username == "changed-my-mind"
    assert revoked.args[0].status.value == "revoked"
    assert controller.reveal_dialog is None  # nothing to show: the merchant cancelled


def test_several_rows_are_revoked_after_one_confirmation(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    window = controller.main_window
    table = find(window, QTableView, "tokenTable")
    table.selectAll()
    revoke = action(window, "revokeAction")
    assert revoke.text() == "Revoke 3 tokens"  # the revoked seed token is not counted
    revoke.trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    assert box.text().startswith("Revoke 3 tokens:")
    revoked: list[object] = []
    controller.service.token_revoked.connect(revoked.append)
    click(qtbot, box, "confirmRevokeButton")
    qtbot.waitUntil(lambda: len(revoked) == 3, timeout=10000)
    statuses = {token.status.value for token in controller.model.tokens}
    assert statuses == {"revoked"}
    assert controller.model.rowCount() == 4  # updated in place, no reload


def test_every_control_has_a_name_for_screen_readers(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    create_token(qtbot, controller, "named", "orders")
    windows = [controller.main_window, controller.reveal_dialog]
    for window in windows:
        assert window is not None
        for kind in (QLineEdit, QComboBox, QCheckBox, QTableView, QPushButton):
            for control in window.findChildren(kind):
                if control.isVisibleTo(window) and control.objectName():
                    assert control.accessibleName(), control.objectName()
