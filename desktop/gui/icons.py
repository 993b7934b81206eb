"""Icons: the neutral application icon and the bundled Tabler outline set (MIT, resources/icons/tabler)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.domain.shipped import resources_dir

# One icon per page key; a page without one shows none (a new page needs no code here to work).
PAGE_ICONS: dict[str, str] = {
    "home": "home", "outreach": "speakerphone", "clients": "users", "client_counts": "chart-bar",
    "establishments": "building-store", "reports": "report-analytics", "completeness": "checklist",
    "sync": "arrows-exchange", "accounts": "user-cog", "settings": "settings",
    "tip_offs": "message-report", "support_models": "heart-handshake", "national": "file-import",
}

# Outline icons are drawn in this grey: dark enough on white, not as loud as the text.
INK = "#37474f"


def _folder():  # type: ignore[no-untyped-def]
    return resources_dir() / "icons"


@cache
def app_icon() -> QIcon:
    return QIcon(str(_folder() / "hoanhap.svg"))


@cache
def icon(name: str, *, colour: str = INK) -> QIcon:
    """A bundled Tabler icon in `colour`, sharp at every scale (rendered from the SVG per size asked)."""
    path = _folder() / "tabler" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour).encode("utf-8")
    result = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        result.addPixmap(_render(svg, size))
    return result


def pixmap(name: str, size: int, *, colour: str = INK) -> QPixmap:
    return icon(name, colour=colour).pixmap(QSize(size, size))


def page_icon(key: str) -> QIcon:
    name = PAGE_ICONS.get(key)
    return icon(name) if name else QIcon()


def _render(svg: bytes, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(svg).render(painter)
    painter.end()
    return QPixmap.fromImage(image)
