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


def test_errors_come_back_typed(qtbot: QtBot, runner: BackgroundRunner) -> None:
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
    assert runner.shutdown()
    qtbot.wait(100)
    assert ran == [1]  # the running call finished; the queued ones never started
    assert delivered == []
    runner.run(lambda: ran.append(3), delivered.append, delivered.append)
    qtbot.wait(50)
    assert ran == [1]


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
