"""Renders shipturtle-tokens.svg into the PNG, ICO and ICNS icons the bundles use.

Run `python resources/icons/make_icons.py` after changing the SVG; the outputs are committed.
"""

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "shipturtle-tokens.svg"


def render(size: int) -> "QImage":
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    outputs = {"png": render(256), "ico": render(256), "icns": render(512)}
    for suffix, image in outputs.items():
        path = HERE / f"shipturtle-tokens.{suffix}"
        if not image.save(str(path), suffix.upper()):
            print(f"could not write {path.name}", file=sys.stderr)  # noqa: T201
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
