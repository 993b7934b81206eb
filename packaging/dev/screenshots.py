"""Developer aid: open the app on a register and save PNG screenshots of its main screens.

`--guide` regenerates the user guide's screenshots (resources/guide/img/<page>.png): it builds the demo
registers itself (a commune, and a hub that received the demo communes' bundles; synthetic people only),
opens each offscreen at 1366×768 on a fixed date, shows every page and saves one small PNG per page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.db.datadir import DataDir  # noqa: E402
from desktop.gui.app import Controller  # noqa: E402
from desktop.bootstrap import open_session  # noqa: E402
from desktop.services.context import Clock, FixedClock, SystemClock  # noqa: E402

# The guide's pages (resources/guide/*.md, "![…](img/<file>.png)"): (office, page key, file name).
GUIDE_SHOTS: tuple[tuple[str, str, str], ...] = (
    ("commune", "home", "home"), ("commune", "outreach", "outreach"), ("commune", "clients", "clients"),
    ("commune", "client_counts", "client_counts"), ("commune", "establishments", "establishments"),
    ("commune", "tip_offs", "tip_offs"), ("commune", "support_models", "support_models"),
    ("commune", "reports", "reports"), ("commune", "sync", "sync"), ("commune", "accounts", "accounts"),
    ("commune", "settings", "settings"), ("hub", "completeness", "completeness"), ("hub", "sync", "sync-hub"),
)
GUIDE_WIDTH = 1000  # pixels: sharp enough across an A4 text column, small in the wheel
GUIDE_COLOURS = 96  # a screenshot is mostly flat colour: a palette keeps each PNG around 50–100 KB
# The demo's fixed day, so regenerated screenshots change only when the screens do.
GUIDE_DAY = datetime(2026, 11, 28, 9, 30, tzinfo=timezone(timedelta(hours=7)))


def _settle(app: QApplication, ready: Callable[[], bool] = lambda: True, *, rounds: int = 400) -> None:
    """Let queued work (the worker thread's results, layouts) reach the window."""
    import time

    for _ in range(rounds):
        app.processEvents()
        if ready():
            break
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()


def small_png(image: QImage, path: Path) -> int:
    """The screenshot scaled to GUIDE_WIDTH and saved as an optimised palette PNG; its size in bytes."""
    from io import BytesIO

    from PIL import Image

    scaled = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.save(buffer, "PNG")
    picture = Image.open(BytesIO(bytes(buffer.data().data()))).convert("RGB")
    picture.quantize(colors=GUIDE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    return path.stat().st_size


def _open(app: QApplication, data_dir: DataDir, clock: Clock, *, user: str, password: str, language: str,
          size: str) -> Controller:
    from desktop.gui import i18n

    controller = Controller(data_dir, clock)
    controller.config = controller.config.with_changes(language=language)
    i18n.apply_language(language)
    controller.lock.acquire()
    # The composition root, as the login dialog uses it (the lock is already held).
    controller._open_window(open_session(data_dir, user, password, clock=clock, lock=controller.lock))  # noqa: SLF001
    window = controller.window
    assert window is not None
    # The size is what the screen offers in device pixels; at QT_SCALE_FACTOR=1.5 the window gets fewer points.
    width, height = (int(n) for n in size.split("x"))
    scale = window.devicePixelRatioF() or 1.0
    window.resize(int(width / scale), int(height / scale))
    window.show()
    _settle(app)
    return controller


def _show(app: QApplication, controller: Controller, key: str) -> QWidget:
    window = controller.window
    assert window is not None
    window.show_page(key)
    page = window.pages.get(key)
    if key == "reports" and page is not None and hasattr(page, "compute"):
        page.compute()  # a report on screen, as an officer sees it after "Lập báo cáo"
        _settle(app, lambda: getattr(page, "report", None) is not None and not page.busy.busy)
    # A page that computes on the worker thread (completeness, then its trend) shows its busy strip meanwhile.
    for _ in range(3):
        _settle(app, lambda: not getattr(getattr(page, "busy", None), "busy", False))
    return window


def guide(language: str = "vi") -> None:
    """Every page of the guide, from freshly built demo registers (never a real one)."""
    from desktop.db.keyring import FAST_KDF
    from desktop.domain.codes import OfficeRole
    from desktop.demo.builder import build_demo
    from desktop.demo.office import DEMO_PASSWORD, DEMO_USERNAME

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    out = ROOT / "resources" / "guide" / "img"
    out.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(GUIDE_DAY)
    # A fixed folder: the Settings page shows the data folder, and the screenshot should not change each run.
    folder = Path(tempfile.gettempdir()) / "hoanhap-guide"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        for office in ("commune", "hub"):
            data_dir = DataDir(folder / office)
            build_demo(data_dir, clock=clock, kdf=FAST_KDF,
                       office_role=OfficeRole.HUB if office == "hub" else OfficeRole.COMMUNE)
            controller = _open(app, data_dir, clock, user=DEMO_USERNAME, password=DEMO_PASSWORD, language=language,
                               size="1366x768")
            try:
                for shot_office, key, name in GUIDE_SHOTS:
                    if shot_office == office:
                        size = small_png(_show(app, controller, key).grab().toImage(), out / f"{name}.png")
                        print(f"{name}.png: {size // 1024} KB")
            finally:
                controller.shutdown()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?")
    parser.add_argument("out", nargs="?")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo-2026-hoanhap")
    parser.add_argument("--pages", default="home,outreach,accounts,settings")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--size", default="1366x768", help="window size in device pixels, e.g. 1366x768")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -150")
    parser.add_argument("--guide", action="store_true",
                        help="the user guide's screenshots, from demo registers it builds: resources/guide/img/")
    args = parser.parse_args()
    if args.guide:
        guide(args.language)
        return
    if not args.data_dir or not args.out:
        parser.error("data_dir and out are needed without --guide")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    controller = _open(app, DataDir(Path(args.data_dir)), SystemClock(), user=args.user, password=args.password,
                       language=args.language, size=args.size)
    try:
        for key in args.pages.split(","):
            _show(app, controller, key).grab().save(str(out / f"{key}-{args.language}{args.suffix}.png"))
    finally:
        controller.shutdown()


if __name__ == "__main__":
    main()
