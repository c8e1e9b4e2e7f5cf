"""The desktop app against a bare PySide6 window, in one run: `make bench` prints the table.

Start-up and memory run in fresh processes (tests/benchmarks/probe.py), alternating app and
bare window; the table, search and stall figures run in this process on the real windows.
"""

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
    from app.api.models import AccessToken

RUNS = 5
ROWS = 10_000


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
    first_demo, _ = probe("demo-tokens", home)  # also seeds the demo database
    shown: dict[str, list[float]] = {"bare-shown": [], "app-shown": []}
    memory: dict[str, list[int]] = {"bare-memory": [], "app-memory": []}
    demo: list[float] = []
    for _ in range(RUNS):
        for mode in shown:
            shown[mode].append(probe(mode, home)[0])
        for mode in memory:
            memory[mode].append(probe(mode, home)[1])
        demo.append(probe("demo-tokens", home)[0])
    bare_shown = statistics.median(shown["bare-shown"]) * 1000
    bare_memory = statistics.median(memory["bare-memory"]) / 1024
    return [
        Figure("baseline: bare window shown", bare_shown, "ms", None),
        Figure(
            "app: sign-in window shown",
            statistics.median(shown["app-shown"]) * 1000,
            "ms",
            bare_shown * 1.5,
        ),
        Figure("demo: tokens visible (database kept)", statistics.median(demo) * 1000, "ms", 800),
        Figure("demo: tokens visible, very first run (seeding)", first_demo * 1000, "ms", 800),
        Figure(f"baseline: bare window, {ROWS:,} rows, peak memory", bare_memory, "MiB", None),
        Figure(
            f"app: {ROWS:,} tokens, peak memory",
            statistics.median(memory["app-memory"]) / 1024,
            "MiB",
            bare_memory * 2,
        ),
    ]


def _one_table_run(tokens: list["AccessToken"]) -> tuple[float, list[float]]:
    """Load and paint once, then type four letters; return the milliseconds."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QTableView

    from app.ui.main_window import MainWindow
    from app.ui.token_model import TokenTableModel

    window = MainWindow(TokenTableModel())
    window.resize(1000, 560)
    window.show()
    QTest.qWaitForWindowExposed(window)
    table = window.findChild(QTableView, "tokenTable")
    search = window.findChild(QLineEdit, "searchField")
    assert table is not None
    assert search is not None
    start = time.perf_counter()
    window.set_tokens(tokens)
    table.viewport().repaint()
    load = (time.perf_counter() - start) * 1000
    search.setFocus()
    keys = []
    for letter in "ware":
        start = time.perf_counter()
        QTest.keyClicks(search, letter)
        table.viewport().repaint()
        keys.append((time.perf_counter() - start) * 1000)
    window.close()
    window.deleteLater()
    QTest.qWait(10)
    return load, keys


def table_figures() -> list[Figure]:
    from tests.benchmarks.fake_tokens import fake_tokens

    tokens = fake_tokens(ROWS)
    loads: list[float] = []
    keys: list[float] = []
    for _ in range(RUNS):
        load, typed = _one_table_run(tokens)
        loads.append(load)
        keys += typed
    return [
        Figure(f"{ROWS:,} tokens: model load and first paint", statistics.median(loads), "ms", 100),
        Figure(f"{ROWS:,} tokens: one keystroke in search", statistics.median(keys), "ms", 30),
    ]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.stall import longest_stall_ms

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        os.environ["SHIPTURTLE_TOKENS_HOME"] = str(home / "in-process")
        figures = startup_figures(home / "probes")
        figures += table_figures()
        stall = longest_stall_ms(latency_ms=1000)
        figures.append(
            Figure("longest GUI stall: create, list, revoke (1 s latency)", stall, "ms", 50)
        )
    ok = print_table("Desktop app against a bare PySide6 window (same run)", figures)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
