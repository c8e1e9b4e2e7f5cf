"""The bare baseline: a QMainWindow with a QTableView that prints 'ready' once painted."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _ReadyWhenPainted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _ready)
        return False


def _ready() -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 7, window))
    window.setCentralWidget(table)
    window.resize(1000, 560)
    watcher = _ReadyWhenPainted(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
