"""Background work runs off the GUI thread, in order, and shuts down without dangling calls."""

import functools
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.api.errors import ApiError, NotFoundError
from app.services.runner import BackgroundRunner
from tests.helpers.event_loop import settle
from tests.helpers.log_fail import ExpectedLogs


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_gui_thread_and_returns_on_it(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> str:
        seen["work"] = threading.get_ident()
        return "done"

    def on_success(result: str) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = len(result)

    runner.run(work, on_success, lambda error: None)
    qtbot.waitUntil(lambda: "callback" in seen)
    assert seen["work"] != gui
    assert seen["callback"] == gui
    assert seen["result"] == 4


def test_calls_finish_in_the_order_they_were_asked(qtbot: QtBot, runner: BackgroundRunner) -> None:
    finished: list[int] = []

    def work(index: int) -> int:
        time.sleep(0.001)
        return index

    for index in range(20):
        runner.run(functools.partial(work, index), finished.append, lambda error: None)
    qtbot.waitUntil(lambda: len(finished) == 20)
    assert finished == list(range(20))


def test_errors_come_back_typed(
    qtbot: QtBot, runner: BackgroundRunner, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Background work failed unexpectedly", logger="app.services.runner")
    errors: list[ApiError] = []

    def missing() -> None:
        raise NotFoundError()

    def bug() -> None:
        raise KeyError("surprise")

    runner.run(missing, lambda _: None, errors.append)
    runner.run(bug, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert isinstance(errors[0], NotFoundError)
    assert type(errors[1]) is ApiError
    assert "Try again" in errors[1].message


def test_shutdown_drops_queued_work_and_late_results(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    started = threading.Event()
    ran: list[int] = []
    delivered: list[object] = []

    def slow() -> int:
        started.set()
        time.sleep(0.3)
        ran.append(1)
        return 1

    runner.run(slow, delivered.append, delivered.append)
    for _ in range(5):
        runner.run(lambda: ran.append(2), delivered.append, delivered.append)
    assert started.wait(2)
    assert runner.shutdown()  # the pool is empty: nothing queued can start after this
    settle(qtbot)  # a result relayed before shutdown returned would be delivered by now
    assert ran == [1]  # the running call finished; the queued ones never started
    assert delivered == []
    runner.run(lambda: ran.append(3), delivered.append, delivered.append)
    assert runner.shutdown()  # would wait for that call, had it been started
    settle(qtbot)
    assert ran == [1]
    assert delivered == []


def test_callbacks_of_a_deleted_receiver_are_skipped(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    receiver = QObject()
    release = threading.Event()
    called: list[object] = []
    runner.run(lambda: release.wait(2), called.append, called.append, context=receiver)
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not _alive(receiver))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


class Held:
    """A result that holds something to release, like a client or a started server."""

    def __init__(self) -> None:
        self.closed_on: list[str] = []

    def close(self) -> None:
        self.closed_on.append(threading.current_thread().name)


def test_a_result_whose_receiver_is_gone_is_closed(qtbot: QtBot, runner: BackgroundRunner) -> None:
    held = Held()
    receiver = QObject()
    release = threading.Event()
    received: list[object] = []

    def work() -> Held:
        release.wait(5)
        return held

    runner.run(work, received.append, received.append, context=receiver)
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(receiver))
    release.set()
    qtbot.waitUntil(lambda: held.closed_on != [])
    assert received == []
    assert held.closed_on == [threading.main_thread().name]


def test_a_result_finished_after_stop_is_closed(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    held = Held()
    started, release = threading.Event(), threading.Event()
    received: list[object] = []

    def work() -> Held:
        started.set()
        release.wait(5)
        return held

    runner.run(work, received.append, received.append)
    assert started.wait(5)
    runner.stop()  # as at quit: the work in progress is not waited for here
    release.set()
    assert runner.shutdown()
    assert len(held.closed_on) == 1  # closed where it finished, since nobody will receive it
    assert received == []


def test_a_delivered_result_is_not_closed(qtbot: QtBot, runner: BackgroundRunner) -> None:
    held = Held()
    received: list[object] = []
    runner.run(lambda: held, received.append, received.append)
    qtbot.waitUntil(lambda: received == [held])
    assert held.closed_on == []


def shiboken_valid(receiver: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(receiver))
