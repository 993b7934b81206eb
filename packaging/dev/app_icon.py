"""Developer aid: render resources/icons/hoanhap.svg into the PNG (Linux) and ICO (Windows) app icons."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "hoanhap.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])  # QPainter on images needs one
    assert render(256).save(str(ICONS / "hoanhap.png"))
    # Qt's ICO writer stores one size per file; 256 px is what Windows scales down from for every view.
    assert render(256).save(str(ICONS / "hoanhap.ico"))
    app.quit()


if __name__ == "__main__":
    main()
