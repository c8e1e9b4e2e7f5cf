"""The longest the GUI thread stops while a merchant creates, lists and revokes on a slow server."""

import gc
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton, QTableView

from app.sandbox import start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.services.garbage_collector import GuiThreadGarbageCollector

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
    return _stall_while_signed_in(latency_ms, _create_list_revoke)


def _stall_while_signed_in(latency_ms: int, steps: Callable[[], None]) -> float:
    """The longest stall of `steps`, signed in to a sandbox whose answers take `latency_ms`."""

    with start_sandbox(":memory:") as sandbox:
        controller = _signed_in(sandbox.url)
        sandbox.latency.milliseconds = latency_ms
        meter = StallMeter()
        meter.start()
        steps()
        stall = meter.stop()
        _quit(controller)
        return stall


def sign_in_stall_ms(latency_ms: int) -> float:
    """Sign in and wait for the tokens while every answer takes `latency_ms`.

    The moments of tests/ui's test_slow_server_shows_busy_and_never_freezes: the main window
    shows its busy indicator while the slow list arrives, and the GUI never stops meanwhile.
    """
    from PySide6.QtWidgets import QProgressBar

    from tests.ui.helpers import find, main_window, token_rows, window

    with start_sandbox(":memory:") as sandbox:
        controller = _sign_in_window(sandbox.url)
        sandbox.latency.milliseconds = latency_ms
        meter = StallMeter()
        meter.start()
        sign_in = window("signInWindow")
        assert sign_in is not None
        find(sign_in, QPushButton, "signInButton").click()
        wait_until(lambda: window("mainWindow") is not None)
        assert find(main_window(), QProgressBar, "busyIndicator").isVisible()
        wait_until(lambda: token_rows() == 4)
        stall = meter.stop()
        _quit(controller)
        return stall


def token_life_stall_ms(latency_ms: int) -> float:
    """Open a token's details with its activity, save a note, rotate it, check the new one."""
    return _stall_while_signed_in(latency_ms, _details_rotate_check)


def _details_rotate_check() -> None:
    from PySide6.QtWidgets import QComboBox, QLabel

    from tests.ui.helpers import action, find, main_window, shown_tokens, window

    main = main_window()
    token = next(t for t in shown_tokens() if t.status.value == "active" and t.last_used_at)
    main.select_token(token.id)
    action(main, "detailsAction").trigger()
    wait_until(lambda: window("detailsPanel") is not None)
    details = window("detailsPanel")
    assert details is not None
    wait_until(lambda: find(details, QTableView, "activityTable").model().rowCount() > 0)
    note = find(details, QLineEdit, "detailsNote")
    note.setText("Measured on a slow network")
    note.setModified(True)
    find(details, QPushButton, "saveNoteButton").click()
    wait_until(lambda: any(t.note == "Measured on a slow network" for t in shown_tokens()))
    find(details, QPushButton, "detailsRotateButton").click()
    wait_until(lambda: window("rotateDialog") is not None)
    rotate = window("rotateDialog")
    assert rotate is not None
    find(rotate, QComboBox, "overlapChoice").setCurrentIndex(2)
    find(rotate, QPushButton, "confirmRotateButton").click()
    wait_until(lambda: window("revealTokenDialog") is not None)
    reveal = window("revealTokenDialog")
    assert reveal is not None
    new_token = find(reveal, QLineEdit, "tokenField").text()
    find(reveal, QPushButton, "copyButton").click()
    find(reveal, QPushButton, "doneButton").click()
    wait_until(lambda: window("revealTokenDialog") is None)
    details.close()
    action(main, "checkTokenAction").trigger()
    wait_until(lambda: window("checkTokenDialog") is not None)
    check = window("checkTokenDialog")
    assert check is not None
    find(check, QLineEdit, "checkTokenField").setText(new_token)
    find(check, QPushButton, "checkTokenButton").click()
    result = find(check, QLabel, "checkTokenResult")
    wait_until(lambda: "the current token" in result.text())
    check.close()


# As app.main wires them: collection on the GUI thread, frozen once the app has loaded.
_COLLECTORS: dict[int, GuiThreadGarbageCollector] = {}


def _quit(controller: "AppController") -> None:
    from tests.ui.helpers import quit_app

    quit_app(controller)
    _COLLECTORS.pop(id(controller)).stop()
    gc.unfreeze()


def _sign_in_window(url: str) -> "AppController":
    from tests.helpers.keyrings import MemoryKeyring
    from tests.ui.conftest import make_controller
    from tests.ui.helpers import find, window

    controller = make_controller(MemoryKeyring())
    collector = GuiThreadGarbageCollector()
    controller.loaded.connect(collector.freeze_survivors)
    _COLLECTORS[id(controller)] = collector
    controller.start(demo=False)
    sign_in = window("signInWindow")
    assert sign_in is not None
    find(sign_in, QLineEdit, "signInServer").setText(url)
    find(sign_in, QLineEdit, "signInEmail").setText(DEMO_EMAIL)
    find(sign_in, QLineEdit, "signInPassword").setText(DEMO_PASSWORD)
    QTest.qWait(500)  # as long as typing an email and a password takes, at the very least
    return controller


def _signed_in(url: str) -> "AppController":
    from tests.ui.helpers import find, token_rows, window

    controller = _sign_in_window(url)
    sign_in = window("signInWindow")
    assert sign_in is not None
    find(sign_in, QPushButton, "signInButton").click()
    wait_until(lambda: token_rows() == 4)
    return controller


def _create_list_revoke() -> None:
    from tests.ui.helpers import action, find, main_window, token_rows, window

    main = main_window()
    action(main, "newTokenAction").trigger()
    wait_until(lambda: window("createTokenDialog") is not None)
    dialog = window("createTokenDialog")
    assert dialog is not None
    find(dialog, QLineEdit, "usernameField").setText("slow-network")
    find(dialog, QPushButton, "generatePasswordButton").click()
    find(dialog, QCheckBox, "permission_orders").setChecked(True)
    find(dialog, QPushButton, "createButton").click()
    wait_until(lambda: window("revealTokenDialog") is not None)
    reveal = window("revealTokenDialog")
    assert reveal is not None
    find(reveal, QPushButton, "copyButton").click()
    find(reveal, QPushButton, "copyPasswordButton").click()
    find(reveal, QPushButton, "doneButton").click()
    wait_until(lambda: window("revealTokenDialog") is None)
    action(main, "refreshAction").trigger()
    wait_until(lambda: token_rows() == 5)
    revoked_before = _revoked_count()
    action(main, "revokeAction").trigger()
    wait_until(lambda: main.findChild(QMessageBox, "revokeConfirmDialog") is not None)
    box = find(main, QMessageBox, "revokeConfirmDialog")
    find(box, QPushButton, "confirmRevokeButton").click()
    wait_until(lambda: _revoked_count() == revoked_before + 1)


def _revoked_count() -> int:
    from tests.ui.helpers import shown_tokens

    return sum(token.status.value == "revoked" for token in shown_tokens())
