"""The whole merchant path in demo mode: create, copy, use, revoke, rejected."""

import json
import shutil
import socket
import subprocess
import sys

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.api.client import ShipturtleClient
from app.api.secret import Secret
from app.sandbox import DEMO_PORT
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.services.clipboard import SecretClipboard
from app.ui.controller import AppController
from app.ui.create.create_dialog import CreateTokenDialog
from app.ui.reveal.copy_buttons import CountdownButton
from app.ui.reveal.reveal_dialog import RevealTokenDialog
from tests.conftest import api_session
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.conftest import DemoStores, make_controller
from tests.ui.helpers import (
    action,
    click,
    find,
    main_window,
    message_box,
    quit_app,
    shown_tokens,
    shown_window,
    token_rows,
    type_into,
    wait_for_tokens,
    window,
)


def start_demo(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)


def create_token(
    qtbot: QtBot, controller: AppController, username: str, *permissions: str
) -> tuple[RevealTokenDialog, str]:
    """Create a token through the dialog with a generated password.

    Returns the show-once screen and the password as the create dialog had it."""
    action(main_window(), "newTokenAction").trigger()
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    type_into(qtbot, dialog, "usernameField", username)
    click(qtbot, dialog, "generatePasswordButton")
    for key in permissions:
        find(dialog, QCheckBox, f"permission_{key}").setChecked(True)
    password = find(dialog, QLineEdit, "passwordField").text()
    click(qtbot, dialog, "createButton")
    reveal = shown_window(qtbot, "revealTokenDialog", RevealTokenDialog)
    assert window("createTokenDialog") is None
    return reveal, password


def developer_session(url: str, token: str, username: str, password: str) -> dict[str, str]:
    """What the developer does with what the merchant handed over: sign in."""
    with httpx.Client(base_url=url) as http:
        return api_session(http, token, username, password)


def test_create_copy_use_revoke(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "mobile-app", "orders", "products")
    token = find(reveal, QLineEdit, "tokenField").text()
    assert token.startswith("stp_")
    assert find(reveal, QLineEdit, "tokenField").isReadOnly()
    click(qtbot, reveal, "copyButton")
    assert QGuiApplication.clipboard().text() == token
    assert "clears in 30 s" in find(reveal, CountdownButton, "copyButton").shown_text
    click(qtbot, reveal, "copyPasswordButton")
    assert QGuiApplication.clipboard().text() == password
    click(qtbot, reveal, "doneButton")
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)

    url = demo_store.url
    session = developer_session(url, token, "mobile-app", password)
    assert httpx.get(f"{url}/v1/orders", headers=session).status_code == 200
    assert httpx.get(f"{url}/v1/products", headers=session).status_code == 200

    main = main_window()
    assert token_rows() == 5
    assert main.selected_tokens()[0].username == "mobile-app"  # the new row is selected
    action(main, "revokeAction").trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    assert "mobile-app" in box.text()
    assert "Order API Access, Product API Access" in box.text()  # the dashboard's words
    assert "rejected at once" in box.informativeText()
    assert box.defaultButton().objectName() == "cancelRevokeButton"
    click(qtbot, box, "confirmRevokeButton")
    qtbot.waitUntil(lambda: main.selected_tokens()[0].status.value == "revoked", timeout=10000)
    response = httpx.get(f"{url}/v1/orders", headers=session)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def test_order_access_only_cannot_read_products(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "orders-only", "orders")
    token = find(reveal, QLineEdit, "tokenField").text()
    url = demo_store.url
    session = developer_session(url, token, "orders-only", password)
    assert httpx.get(f"{url}/v1/orders", headers=session).status_code == 200
    assert httpx.get(f"{url}/v1/products", headers=session).status_code == 403
    assert close_after_copies(qtbot, reveal, "copyButton", "copyPasswordButton")


def test_closing_without_copying_asks_first(qtbot: QtBot, controller: AppController) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "forgetful", "orders")
    field = find(reveal, QLineEdit, "tokenField")
    click(qtbot, reveal, "doneButton")
    box = message_box(qtbot, "closeWithoutCopyDialog")
    assert box.text() == "You have not copied the token and its password. Close anyway?"
    assert "You will not be able to see them again" in box.informativeText()
    click(qtbot, box, "goBackButton")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert reveal.isVisible()
    assert field.text().startswith("stp_")
    qtbot.keyClick(reveal, Qt.Key.Key_Escape)  # Escape asks too
    box = message_box(qtbot, "closeWithoutCopyDialog")
    left_in_field: list[str] = []
    reveal.finished.connect(lambda _result: left_in_field.append(field.text()))
    click(qtbot, box, "confirmCloseButton")
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)
    assert left_in_field == [""]  # the secret was dropped from the widget as it closed


def close_after_copies(qtbot: QtBot, reveal: RevealTokenDialog, *buttons: str) -> bool:
    """Copy with these buttons, press Done; return whether it closed without asking."""
    for button in buttons:
        click(qtbot, reveal, button)
    click(qtbot, reveal, "doneButton")
    if not reveal.isVisible():
        return True
    box = message_box(qtbot, "closeWithoutCopyDialog")
    click(qtbot, box, "goBackButton")
    qtbot.waitUntil(lambda: not box.isVisible())
    return False


def test_closing_asks_until_both_token_and_password_were_copied(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "careful", "orders")
    assert not close_after_copies(qtbot, reveal, "copyButton")
    assert not close_after_copies(qtbot, reveal, "copyMessageButton")  # without the password
    assert close_after_copies(qtbot, reveal, "copyPasswordButton")
    qtbot.waitUntil(lambda: window("revealTokenDialog") is None)
    reveal, _password = create_token(qtbot, controller, "one-message", "orders")
    find(reveal, QCheckBox, "includePasswordCheck").setChecked(True)
    assert close_after_copies(qtbot, reveal, "copyMessageButton")  # counts for both


def test_each_copy_button_says_copied_only_for_what_it_copied(
    qtbot: QtBot, controller: AppController, clipboard: SecretClipboard
) -> None:
    start_demo(qtbot, controller)
    reveal, _password = create_token(qtbot, controller, "feedback", "orders")
    labels = {name: find(reveal, QPushButton, name) for name in COPY_BUTTONS}
    password_field = find(reveal, QLineEdit, "passwordField")
    for name, button in labels.items():
        click(qtbot, reveal, name)
        assert isinstance(button, CountdownButton)
        assert button.shown_text == "Copied \u2013 clears in 30 s"
        others = [other.text() for key, other in labels.items() if key != name]
        assert not any("Copied" in text for text in others)
    assert QGuiApplication.clipboard().text().startswith("Here is your access")
    click(qtbot, reveal, "copyPasswordButton")
    assert QGuiApplication.clipboard().text() == password_field.text()
    clipboard.clear_now()
    assert [button.text() for button in labels.values()] == list(COPY_BUTTONS.values())
    close_after_copies(qtbot, reveal, "copyButton")


COPY_BUTTONS = {
    "copyButton": "Copy token",
    "copyPasswordButton": "Copy password",
    "copyMessageButton": "Copy message for your developer",
}


def test_the_password_is_on_the_show_once_screen_and_signs_the_developer_in(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    reveal, generated = create_token(qtbot, controller, "generated", "orders")
    field = find(reveal, QLineEdit, "passwordField")
    assert field.echoMode() == QLineEdit.EchoMode.Password  # masked until asked
    click(qtbot, reveal, "showPasswordButton")
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    password = field.text()
    assert password == generated
    token = find(reveal, QLineEdit, "tokenField").text()
    url = demo_store.url
    session = developer_session(url, token, "generated", password)
    assert httpx.get(f"{url}/v1/orders", headers=session).status_code == 200
    close_after_copies(qtbot, reveal, "copyButton", "copyPasswordButton")


def shell_block(message: str) -> str:
    return message.split("```sh\n", 1)[1].split("\n```", 1)[0]


def python_block(message: str) -> str:
    return message.split("```python\n", 1)[1].split("\n```", 1)[0]


def test_developer_message_has_everything_and_its_calls_work_as_written(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "agency", "orders", "products")
    token = find(reveal, QLineEdit, "tokenField").text()
    assert not find(reveal, QCheckBox, "includePasswordCheck").isChecked()
    click(qtbot, reveal, "copyMessageButton")
    message = QGuiApplication.clipboard().text()
    url = demo_store.url
    assert "Here is your access to the Shipturtle API for Demo Store." in message
    assert "Username: agency" in message
    assert "Permissions: Order API Access, Product API Access" in message
    assert "Expires: Never" in message
    assert f"API address: {url}\n" in message
    assert f"Access token: {token}\n" in message
    assert "Password: I will send it to you separately" in message
    assert password not in message
    assert "demo store on my computer" in message
    assert "an API session for one hour" in message
    assert f"{url}/docs" in message
    assert f"{url}/docs/postman.json" in message
    lines = message.splitlines()
    assert len(lines) <= 40
    assert not [line for line in lines if line[:1] in (" ", "\t")]  # chat apps mangle them
    commands = shell_block(message)
    assert token not in commands  # secrets are read from the keyboard, never on a line
    assert "read -rs" in commands
    assert "export" not in commands  # no child process has a secret in its environment
    for shell in SHELLS:
        result = run_as_written(shell, commands, token, password)
        orders, products = result.stdout.strip().splitlines()[-2:]
        assert len(json.loads(orders)["items"]) == 5, shell
        assert len(json.loads(products)["items"]) == 5, shell
    script = python_block(message)
    assert token not in script
    ran = run_python_as_written(script, token, password)
    orders, products = ran.stdout.strip().splitlines()[-2:]
    assert len(json.loads(orders)["items"]) == 5, ran.stderr
    assert len(json.loads(products)["items"]) == 5
    refused = run_python_as_written(script, token, "not-the-password")
    assert "username or password is not right" in refused.stderr
    assert "items" not in refused.stdout
    if "bash" in SHELLS:
        wrong = run_as_written("bash", commands, token, "not-the-password")
        assert "username or password is not right" in wrong.stderr
        assert "items" not in wrong.stdout  # no data call after a failed sign-in
    close_after_copies(qtbot, reveal, "copyPasswordButton")


# The developer's shells: bash everywhere, zsh on macOS (where it is installed here). On
# Windows `bash` may be WSL's launcher, without this machine's python3: the block is for Unix.
SHELLS = [] if sys.platform == "win32" else [s for s in ("bash", "zsh") if shutil.which(s)]


def run_as_written(
    shell: str, commands: str, token: str, password: str
) -> subprocess.CompletedProcess[str]:
    """Run the message's block in `shell`, typing the token and the password when asked."""
    return subprocess.run(
        [shell, "-c", commands],
        input=f"{token}\n{password}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def run_python_as_written(
    script: str, token: str, password: str
) -> subprocess.CompletedProcess[str]:
    """Run the message's Python as saved to a file, answering its two questions; with no
    terminal, getpass reads them from stdin (warning that it cannot hide them)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        input=f"{token}\n{password}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        start_new_session=True,  # no controlling terminal to open
    )


def test_the_message_can_carry_the_password_and_says_which_calls_are_allowed(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    reveal, password = create_token(qtbot, controller, "products-only", "products")
    find(reveal, QCheckBox, "includePasswordCheck").setChecked(True)
    click(qtbot, reveal, "copyMessageButton")
    message = QGuiApplication.clipboard().text()
    assert f"Password: {password}\n" in message
    commands = shell_block(message)
    assert "/v1/products" in commands
    assert "/v1/orders" not in commands
    assert password not in commands
    close_after_copies(qtbot, reveal)


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the demo binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_the_demo_listens_on_its_own_port_or_any_free_one(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the demo binds
    try:
        holder.bind(("127.0.0.1", DEMO_PORT))
    except OSError:
        holder.close()
        pytest.skip(f"something else holds port {DEMO_PORT} on this machine")
    holder.listen()  # held: the demo must fall back rather than fail
    try:
        start_demo(qtbot, controller)
        url = demo_store.url
        assert url is not None
        assert url != f"http://127.0.0.1:{DEMO_PORT}"
    finally:
        holder.close()


def test_the_demo_address_stays_the_same_between_runs(
    qtbot: QtBot, controller: AppController, keychain: MemoryKeyring, demo_store: DemoStores
) -> None:
    if not _port_is_free(DEMO_PORT):
        pytest.skip(f"something else holds port {DEMO_PORT} on this machine")
    start_demo(qtbot, controller)
    first = demo_store.url
    quit_app(controller)
    again = make_controller(keychain, demo_store)
    try:
        start_demo(qtbot, again)
        assert demo_store.url == first == f"http://127.0.0.1:{DEMO_PORT}"
    finally:
        again.shutdown()


def test_cancel_while_creating_leaves_no_usable_token(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    start_demo(qtbot, controller)
    demo_store.latest.latency.milliseconds = 600
    action(main_window(), "newTokenAction").trigger()
    dialog = shown_window(qtbot, "createTokenDialog", CreateTokenDialog)
    type_into(qtbot, dialog, "usernameField", "changed-my-mind")
    click(qtbot, dialog, "generatePasswordButton")
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    click(qtbot, dialog, "createButton")
    click(qtbot, dialog, "cancelButton")  # Cancel works while the server is still working
    assert window("createTokenDialog") is None
    with ShipturtleClient(demo_store.url) as merchant:  # what the server says, not the app
        merchant.sign_in(DEMO_EMAIL, Secret(DEMO_PASSWORD))

        def status() -> str | None:
            found = [t for t in merchant.list_tokens("all") if t.username == "changed-my-mind"]
            return found[0].status.value if found else None

        qtbot.waitUntil(lambda: status() == "revoked", timeout=10000)
    assert window("revealTokenDialog") is None  # nothing to show: the merchant cancelled


def test_several_rows_are_revoked_after_one_confirmation(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    main = main_window()
    table = find(main, QTableView, "tokenTable")
    table.selectAll()
    revoke = action(main, "revokeAction")
    assert revoke.text() == "Revoke 3 tokens"  # the revoked seed token is not counted
    revoke.trigger()
    box = message_box(qtbot, "revokeConfirmDialog")
    assert box.text().startswith("Revoke 3 tokens:")
    click(qtbot, box, "confirmRevokeButton")

    def statuses() -> set[str]:
        return {token.status.value for token in shown_tokens()}

    qtbot.waitUntil(lambda: statuses() == {"revoked"}, timeout=10000)
    assert token_rows() == 4  # updated in place, no reload


def test_every_control_has_a_name_for_screen_readers(
    qtbot: QtBot, controller: AppController
) -> None:
    start_demo(qtbot, controller)
    create_token(qtbot, controller, "named", "orders")
    for shown in (main_window(), window("revealTokenDialog")):
        assert shown is not None
        for kind in (QLineEdit, QComboBox, QCheckBox, QTableView, QPushButton):
            for control in shown.findChildren(kind):
                if control.isVisibleTo(shown) and control.objectName():
                    assert control.accessibleName(), control.objectName()
