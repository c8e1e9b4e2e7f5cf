"""Child process for the app benchmark: starts a window, prints when a moment is reached.

`python -m tests.benchmarks.probe MODE` with MODE one of: bare-shown, app-shown,
demo-tokens, bare-memory, app-memory. It prints one line, `<seconds since start> <max RSS KiB>`,
and exits.
"""

import resource
import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget  # noqa: E402

ROWS = 10_000
ModelIndex = QModelIndex | QPersistentModelIndex


def peak_memory_kib() -> int:
    # ru_maxrss survives fork and exec on Linux (a child starts at its parent's peak), so
    # read this process's own high-water mark where the kernel offers it.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report_and_quit() -> None:
    elapsed = time.perf_counter() - STARTED
    peak_kib = peak_memory_kib()
    print(f"{elapsed:.4f} {peak_kib}", flush=True)
    QApplication.quit()


class _PaintWatch(QObject):
    """Calls back after the first paint of `widget` for which `ready()` holds."""

    def __init__(self, widget: QWidget, ready: object) -> None:
        super().__init__(widget)
        self._ready = ready
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._done and self._ready():  # type: ignore[operator]
            self._done = True
            QTimer.singleShot(0, report_and_quit)
        return False


class _BareModel(QAbstractTableModel):
    """The least a Python table model can be: strings in a list, display role only."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self._rows = [tuple(f"cell {row}.{column}" for column in range(7)) for row in range(rows)]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 7

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None


def bare_window(rows: int) -> "tuple[QMainWindow, QTableView]":
    """The bare baseline: a QMainWindow with a QTableView of `rows` rows, not shown yet."""
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    table = QTableView(window)
    model = _BareModel(rows)
    model.setParent(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1000, 560)
    return window, table


def bare(rows: int) -> QApplication:
    app = QApplication(sys.argv[:1])
    window, table = bare_window(rows)
    _PaintWatch(table.viewport(), lambda: True)
    window.show()
    bare.keep = window  # type: ignore[attr-defined]
    return app


def app_window(demo: bool, rows: int) -> QApplication:
    from app.main import build

    app, controller = build(["shipturtle-tokens", *(["--demo"] if demo else [])])
    build.keep = controller  # type: ignore[attr-defined]
    if rows:
        from app.ui.tokens.main_window import MainWindow
        from app.ui.tokens.token_model import TokenTableModel
        from tests.benchmarks.fake_tokens import fake_tokens

        _top_level("signInWindow").hide()
        window = MainWindow(TokenTableModel())
        build.keep = (controller, window)  # type: ignore[attr-defined]
        window.show()
        window.set_tokens(fake_tokens(rows))
        table = window.findChild(QWidget, "tokenTable")
        _PaintWatch(table.viewport(), lambda: True)  # type: ignore[union-attr]
    elif demo:
        table = _top_level("mainWindow").findChild(QWidget, "tokenTable")
        assert table is not None
        _PaintWatch(table.viewport(), lambda: table.model().rowCount() > 0)  # type: ignore[attr-defined]
    else:
        _PaintWatch(_top_level("signInWindow"), lambda: True)
    return app


def _top_level(name: str) -> QWidget:
    """The app's window with this object name (the controller keeps its windows private)."""
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == name)


def main(mode: str) -> int:
    builders = {
        "bare-shown": lambda: bare(0),
        "bare-memory": lambda: bare(ROWS),
        "app-shown": lambda: app_window(False, 0),
        "app-memory": lambda: app_window(False, ROWS),
        "demo-tokens": lambda: app_window(True, 0),
    }
    app = builders[mode]()
    QTimer.singleShot(30_000, lambda: QApplication.exit(1))  # never hang a benchmark
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
