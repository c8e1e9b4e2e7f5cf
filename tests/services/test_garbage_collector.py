"""Cyclic garbage is collected on the GUI thread, on a timer, never in another thread."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.services.garbage_collector import GuiThreadGarbageCollector


class _Cycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector can free it


def test_collection_happens_on_the_gui_thread_only(qtbot: QtBot) -> None:
    gc.enable()  # as Python starts; the collector takes over from here
    collector = GuiThreadGarbageCollector(interval_ms=10)
    collected_in: list[threading.Thread] = []

    def on_collect(phase: str, _info: dict[str, int]) -> None:
        if phase == "stop":
            collected_in.append(threading.current_thread())

    gc.callbacks.append(on_collect)
    try:
        assert not gc.isenabled()
        garbage = weakref.ref(_Cycle())
        kept: list[list[object]] = []
        # Allocating this much in another thread would set off a collection there if the
        # collector were on, and gets past the threshold of the next one on the GUI thread.
        worker = threading.Thread(target=lambda: kept.extend([] for _ in range(10_000)))
        worker.start()
        worker.join()
        assert garbage() is not None  # nothing collected it off the GUI thread
        qtbot.waitUntil(lambda: garbage() is None, timeout=5000)
        assert set(collected_in) == {threading.main_thread()}
    finally:
        gc.callbacks.remove(on_collect)
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the test session keeps it (tests/conftest.py)


def test_once_loaded_what_survives_is_left_out_of_later_collections(qtbot: QtBot) -> None:
    collector = GuiThreadGarbageCollector(interval_ms=10)
    frozen_before = gc.get_freeze_count()
    try:
        long_lived: list[list[int]] = [
            [] for _ in range(1000)
        ]  # like the modules and windows of a started app
        collector.freeze_survivors()
        frozen = gc.get_freeze_count()
        assert frozen >= frozen_before + 1000  # a full collection no longer scans them
        later: list[list[int]] = [[] for _ in range(1000)]
        collector.freeze_survivors()  # once only: later objects are collected as usual
        assert gc.get_freeze_count() < frozen + len(later)
        assert long_lived
    finally:
        collector.stop()
        gc.disable()  # as the test session keeps it (tests/conftest.py)


def test_the_controller_says_when_the_app_has_loaded(qtbot: QtBot, app_home: object) -> None:
    from tests.helpers.keyrings import MemoryKeyring
    from tests.ui.conftest import make_controller
    from tests.ui.helpers import quit_app

    controller = make_controller(MemoryKeyring())
    try:
        with qtbot.waitSignal(controller.loaded, timeout=10000):
            controller.start(demo=False)  # the main window is built while the merchant types
    finally:
        quit_app(controller)
