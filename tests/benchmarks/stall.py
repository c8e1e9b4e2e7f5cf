"""The longest the GUI thread stops while a merchant creates, lists and revokes on a slow server."""

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton

from app.sandbox import start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD

if TYPE_CHECKING:
    from app.ui.controller import AppController


class StallMeter:
    """A 5 ms timer; the largest gap between two ticks is how long the GUI thread stalled."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._on_tick)

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return max(0.0, (self.longest - 0.005) * 1000)  # time beyond the timer's own interval


def wait_until(condition: object, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        QTest.qWait(5)


def idle_stall_ms(seconds: float) -> float:
    """The meter on an idle event loop: the timer's own jitter on this machine, now."""
    meter = StallMeter()
    meter.start()
    QTest.qWait(int(seconds * 1000))
    return meter.stop()


def longest_stall_ms(latency_ms: int) -> float:
    """Sign in, then create, list and revoke while every answer takes `latency_ms`."""
    with start_sandbox(":memory:") as sandbox:
        controller = _signed_in(sandbox.url)
        sandbox.latency.milliseconds = latency_ms
        meter = StallMeter()
        meter.start()
        _create_list_revoke(controller)
        stall = meter.stop()
        _close(controller)
        return stall


def sign_in_stall_ms(latency_ms: int) -> float:
    """Sign in and wait for the tokens while every answer takes `latency_ms`.

    The moments of tests/ui's test_slow_server_shows_busy_and_never_freezes: the main window
    shows its busy indicator while the slow list arrives, and the GUI never stops meanwhile.
    """
    from PySide6.QtWidgets import QProgressBar

    from tests.ui.helpers import find

    with start_sandbox(":memory:") as sandbox:
        controller = _sign_in_window(sandbox.url)
        sandbox.latency.milliseconds = latency_ms
        meter = StallMeter()
        meter.start()
        window = controller.sign_in_window
        assert window is not None
        window.findChild(QPushButton, "signInButton").click()  # type: ignore[union-attr]
        wait_until(lambda: controller.main_window.isVisible())
        assert find(controller.main_window, QProgressBar, "busyIndicator").isVisible()
        wait_until(lambda: controller.model.rowCount() == 4 and controller.permissions)
        stall = meter.stop()
        _close(controller)
        return stall


def _sign_in_window(url: str) -> "AppController":
    from tests.helpers.keyrings import MemoryKeyring
    from tests.ui.conftest import make_controller

    controller = make_controller(MemoryKeyring())
    controller.start(demo=False)
    window = controller.sign_in_window
    assert window is not None
    window.findChild(QLineEdit, "signInServer").setText(url)  # type: ignore[union-attr]
    window.findChild(QLineEdit, "signInEmail").setText(DEMO_EMAIL)  # type: ignore[union-attr]
    window.findChild(QLineEdit, "signInPassword").setText(DEMO_PASSWORD)  # type: ignore[union-attr]
    return controller


def _signed_in(url: str) -> "AppController":
    controller = _sign_in_window(url)
    window = controller.sign_in_window
    assert window is not None
    window.findChild(QPushButton, "signInButton").click()  # type: ignore[union-attr]
    wait_until(lambda: controller.model.rowCount() == 4 and controller.permissions)
    return controller


def _close(controller: "AppController") -> None:
    controller.shutdown()
    controller.clipboard.clear_now()  # as at quit: Qt must not free it after Python
    controller.main_window.close()


def _create_list_revoke(controller: "object") -> None:
    from app.ui.controller import AppController
    from tests.ui.helpers import action, find

    assert isinstance(controller, AppController)
    window = controller.main_window
    action(window, "newTokenAction").trigger()
    wait_until(lambda: controller.create_dialog is not None)
    dialog = controller.create_dialog
    assert dialog is not None
    find(dialog, QLineEdit, "usernameField").setText("slow-network")
    find(dialog, QPushButton, "generatePasswordButton").click()
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    find(dialog, QPushButton, "createButton").click()
    wait_until(lambda: controller.reveal_dialog is not None)
    reveal = controller.reveal_dialog
    assert reveal is not None
    find(reveal, QPushButton, "copyButton").click()
    find(reveal, QPushButton, "copyPasswordButton").click()
    find(reveal, QPushButton, "doneButton").click()
    wait_until(lambda: controller.reveal_dialog is None)
    action(window, "refreshAction").trigger()
    wait_until(lambda: controller.model.rowCount() == 5)
    action(window, "revokeAction").trigger()
    wait_until(lambda: window.findChild(QMessageBox, "revokeConfirmDialog") is not None)
    box = find(window, QMessageBox, "revokeConfirmDialog")
    revoked: list[object] = []
    controller.service.token_revoked.connect(revoked.append)
    find(box, QPushButton, "confirmRevokeButton").click()
    wait_until(lambda: bool(revoked))
