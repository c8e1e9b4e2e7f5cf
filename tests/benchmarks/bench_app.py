"""The desktop app against bare PySide6 baselines, in one run: `make bench` prints the table.

Every figure has a bare baseline measured in the same run, interleaved with it, and a
target that is a ratio to that baseline, so the same code passes or misses alike on a fast
or a slow machine. Only the GUI stalls keep an absolute limit: 50 ms is a limit of human
perception, not of the machine.

Start-up and memory run in fresh processes (tests/benchmarks/probe.py), alternating app and
bare window; the table, search and stall figures run in this process on the real windows.
"""

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks.report import Figure, print_table

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView

    from app.api.models import AccessToken

RUNS = 5  # the in-process table runs
STARTUP_RUNS = 9  # fresh processes: more of them, the medians hold on a busy machine
ROWS = 10_000
SIGN_IN_RATIO = 1.2  # the sign-in window, against the bare window
DEMO_RATIO = 4.0  # the demo's tokens on screen, against the bare window
MEMORY_RATIO = 2.0  # 10,000 tokens, against a bare table of 10,000 rows
TABLE_RATIO = 1.5  # loading, painting and searching 10,000 rows, against bare Qt models
CHANGED_ROWS = 200  # a refresh that changes this many of the 10,000 rows
STALL_LIMIT_MS = 50  # the longest the GUI may stop: a limit of perception, not a ratio
SLOW_SERVER_MS = 1000
# Each keystroke changes which rows are shown (narrowing, then widening), so that every
# one makes the filter do its work.
SEARCH_KEYS = ("p", "o", "s", "Backspace", "Backspace", "Backspace")
APP_PACKAGE = Path(__file__).resolve().parents[2] / "app"


def probe(mode: str, home: Path) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIPTURTLE_TOKENS_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probe", mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    return float(out[0]), int(out[1])


def startup_figures(home: Path) -> list[Figure]:
    probe("demo-tokens", home / "kept")  # seeds the database the "kept" runs reuse
    seconds: dict[str, list[float]] = {
        mode: [] for mode in ("bare-shown", "app-shown", "demo-tokens", "demo-first")
    }
    memory: dict[str, list[int]] = {"bare-memory": [], "app-memory": []}
    for run in range(STARTUP_RUNS):
        for mode in seconds:
            if mode == "demo-first":  # a new home each time: the very first demo, seeding
                seconds[mode].append(probe("demo-tokens", home / f"first-{run}")[0])
            else:
                seconds[mode].append(probe(mode, home / "kept")[0])
        for mode in memory:
            memory[mode].append(probe(mode, home / "kept")[1])
    ms = {mode: statistics.median(values) * 1000 for mode, values in seconds.items()}
    bare = ms["bare-shown"]
    bare_memory = statistics.median(memory["bare-memory"]) / 1024
    app_memory = statistics.median(memory["app-memory"]) / 1024
    return [
        Figure("baseline: bare window shown", bare, "ms", None),
        Figure.against("app: sign-in window shown", ms["app-shown"], "ms", bare, SIGN_IN_RATIO),
        Figure.against(
            "demo: tokens visible (database kept)", ms["demo-tokens"], "ms", bare, DEMO_RATIO
        ),
        Figure.against(
            "demo: tokens visible, very first run (seeding)",
            ms["demo-first"],
            "ms",
            bare,
            DEMO_RATIO,
        ),
        Figure(f"baseline: bare window, {ROWS:,} rows, peak memory", bare_memory, "MiB", None),
        Figure.against(
            f"app: {ROWS:,} tokens, peak memory", app_memory, "MiB", bare_memory, MEMORY_RATIO
        ),
    ]


def _type_and_paint(search: "QLineEdit", table: "QTableView") -> list[float]:
    """Press the search keys one by one; return the milliseconds each took to show."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    search.setFocus()
    timings = []
    for name in SEARCH_KEYS:
        key = (
            Qt.Key.Key_Backspace if name == "Backspace" else getattr(Qt.Key, f"Key_{name.upper()}")
        )
        start = time.perf_counter()
        QTest.keyClick(search, key)
        table.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _shown(window: "QMainWindow") -> None:
    from PySide6.QtTest import QTest

    window.resize(1000, 560)
    window.show()
    QTest.qWaitForWindowExposed(window)


def _closed(window: "QMainWindow") -> None:
    from PySide6.QtTest import QTest

    window.close()
    window.deleteLater()
    QTest.qWait(10)


def _app_table_run(tokens: list["AccessToken"]) -> tuple[float, list[float]]:
    """The real main window: load and paint the tokens once, then search."""
    from PySide6.QtWidgets import QLineEdit, QTableView

    from app.ui.tokens.main_window import MainWindow
    from app.ui.tokens.token_model import TokenTableModel

    window = MainWindow(TokenTableModel())
    _shown(window)
    table = window.findChild(QTableView, "tokenTable")
    search = window.findChild(QLineEdit, "searchField")
    assert table is not None
    assert search is not None
    start = time.perf_counter()
    window.set_tokens(tokens)
    table.viewport().repaint()
    load = (time.perf_counter() - start) * 1000
    keys = _type_and_paint(search, table)
    _closed(window)
    return load, keys


def _bare_table_run(rows: list[list[str]]) -> tuple[float, list[float]]:
    """The same rows, as their final texts, the plainest way Qt offers.

    Load: a QStandardItemModel filled row by row, shown in a QTableView and painted.
    Search: a QSortFilterProxyModel's fixed-string filter on the username column, fed by a
    QLineEdit, the same keys pressed the same way.
    """
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    window = QMainWindow()
    central = QWidget(window)
    search, table = QLineEdit(central), QTableView(central)
    layout = QVBoxLayout(central)
    layout.addWidget(search)
    layout.addWidget(table, 1)
    window.setCentralWidget(central)
    _shown(window)
    start = time.perf_counter()
    model = QStandardItemModel(0, len(rows[0]), window)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    table.setModel(model)
    table.viewport().repaint()
    load = (time.perf_counter() - start) * 1000
    proxy = QSortFilterProxyModel(window)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table.setModel(proxy)
    search.textChanged.connect(proxy.setFilterFixedString)
    keys = _type_and_paint(search, table)
    _closed(window)
    return load, keys


def _app_refresh_run(tokens: list["AccessToken"]) -> float:
    """The real main window: a list read again in which 200 tokens changed (last used)."""
    import dataclasses
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QTableView

    from app.services.token_changes import token_changes
    from app.ui.tokens.main_window import MainWindow
    from app.ui.tokens.token_model import TokenTableModel

    window = MainWindow(TokenTableModel())
    _shown(window)
    table = window.findChild(QTableView, "tokenTable")
    assert table is not None
    window.set_tokens(tokens)
    table.viewport().repaint()
    now = datetime.now(UTC)
    step = len(tokens) // CHANGED_ROWS
    changed = [
        dataclasses.replace(token, last_used_at=now) if row % step == 0 else token
        for row, token in enumerate(tokens)
    ]
    generation, known = window.model.snapshot()
    changes = token_changes(known, changed)  # on the refresh lane, off the GUI thread
    start = time.perf_counter()
    window.apply_changes(changes, generation)
    table.viewport().repaint()
    took = (time.perf_counter() - start) * 1000
    _closed(window)
    return took


def _bare_refresh_run(rows: list[list[str]]) -> float:
    """The same rows in a QStandardItemModel; 200 of them get a new text, then a paint."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    table = QTableView(window)
    window.setCentralWidget(table)
    _shown(window)
    model = QStandardItemModel(0, len(rows[0]), window)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    table.setModel(model)
    table.viewport().repaint()
    step = len(rows) // CHANGED_ROWS
    start = time.perf_counter()
    for changed in range(0, len(rows), step):
        item = model.item(changed, 3)
        assert item is not None
        item.setText("just now")
    table.viewport().repaint()
    took = (time.perf_counter() - start) * 1000
    _closed(window)
    return took


def table_figures() -> list[Figure]:
    from app.ui.tokens.token_model import TokenTableModel
    from tests.benchmarks.fake_tokens import fake_tokens

    tokens = fake_tokens(ROWS)
    source = TokenTableModel()
    source.set_tokens(tokens)
    texts = [
        [str(source.index(row, column).data()) for column in range(source.columnCount())]
        for row in range(source.rowCount())
    ]
    loads: dict[str, list[float]] = {"bare": [], "app": []}
    keys: dict[str, list[float]] = {"bare": [], "app": []}
    for _ in range(RUNS):
        for name, one_run in (
            ("bare", lambda: _bare_table_run(texts)),
            ("app", lambda: _app_table_run(tokens)),
        ):
            load, typed = one_run()
            loads[name].append(load)
            keys[name] += typed
    bare_load, bare_key = statistics.median(loads["bare"]), statistics.median(keys["bare"])
    refreshes: dict[str, list[float]] = {"bare": [], "app": []}
    for _ in range(RUNS):
        refreshes["bare"].append(_bare_refresh_run(texts))
        refreshes["app"].append(_app_refresh_run(tokens))
    bare_refresh = statistics.median(refreshes["bare"])
    return [
        Figure(
            f"baseline: QStandardItemModel, {CHANGED_ROWS} rows changed", bare_refresh, "ms", None
        ),
        Figure.against(
            f"refresh changing {CHANGED_ROWS} of {ROWS:,} tokens (in place)",
            statistics.median(refreshes["app"]),
            "ms",
            bare_refresh,
            TABLE_RATIO,
        ),
        Figure(f"baseline: QStandardItemModel, {ROWS:,} rows, load+paint", bare_load, "ms", None),
        Figure.against(
            f"{ROWS:,} tokens: model load and first paint",
            statistics.median(loads["app"]),
            "ms",
            bare_load,
            TABLE_RATIO,
        ),
        Figure(f"baseline: QSortFilterProxyModel, {ROWS:,} rows, keystroke", bare_key, "ms", None),
        Figure.against(
            f"{ROWS:,} tokens: one keystroke in search",
            statistics.median(keys["app"]),
            "ms",
            bare_key,
            TABLE_RATIO,
        ),
    ]


def stall_figures() -> list[Figure]:
    from tests.benchmarks.stall import (
        idle_stall_ms,
        longest_stall_ms,
        sign_in_stall_ms,
        token_life_stall_ms,
    )

    late = f"{SLOW_SERVER_MS / 1000:g} s latency"
    return [
        Figure("baseline: longest timer gap, idle event loop", idle_stall_ms(2.0), "ms", None),
        # The same moments as tests/ui's test_slow_server_shows_busy_and_never_freezes,
        # timed here rather than asserted there: a wall-clock limit flakes on a loaded machine.
        Figure(
            f"longest GUI stall: sign in and list ({late})",
            sign_in_stall_ms(SLOW_SERVER_MS),
            "ms",
            STALL_LIMIT_MS,
        ),
        Figure(
            f"longest GUI stall: create, list, revoke ({late})",
            longest_stall_ms(latency_ms=SLOW_SERVER_MS),
            "ms",
            STALL_LIMIT_MS,
        ),
        Figure(
            f"longest GUI stall: details, note, rotate, check ({late})",
            token_life_stall_ms(SLOW_SERVER_MS),
            "ms",
            STALL_LIMIT_MS,
        ),
    ]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    # An installed app (a wheel, the bundle) runs from compiled bytecode; a checkout with
    # PYTHONDONTWRITEBYTECODE set would compile the app's source in every probe instead.
    compileall.compile_dir(APP_PACKAGE, quiet=1)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        os.environ["SHIPTURTLE_TOKENS_HOME"] = str(home / "in-process")
        figures = startup_figures(home / "probes")
        figures += table_figures()
        figures += stall_figures()
    ok = print_table("Desktop app against bare PySide6 baselines (same run)", figures)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
