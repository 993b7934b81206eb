"""Developer aid: open the app on a register and save PNG screenshots of its main screens."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.db.datadir import DataDir  # noqa: E402
from desktop.gui.app import Controller  # noqa: E402
from desktop.services.accounts import auth  # noqa: E402
from desktop.services.context import SystemClock  # noqa: E402


# The pages whose screenshots the guide's chapters show (resources/guide/*.md, "![…](img/<page>.png)").
GUIDE_PAGES = "home,outreach,establishments"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("out")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo-2026-hoanhap")
    parser.add_argument("--pages", default="home,outreach,accounts,settings")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--size", default="1366x768", help="window size in device pixels, e.g. 1366x768")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -150")
    parser.add_argument("--guide", action="store_true",
                        help="the user guide's screenshots: resources/guide/img/<page>.png (run on the demo register)")
    args = parser.parse_args()
    if args.guide:
        args.out = str(Path(__file__).resolve().parents[2] / "resources" / "guide" / "img")
        args.pages = GUIDE_PAGES
    app = QApplication.instance() or QApplication([])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = DataDir(Path(args.data_dir))
    controller = Controller(data_dir, SystemClock())
    controller.config = controller.config.with_changes(language=args.language)
    from desktop.gui import i18n

    i18n.apply_language(args.language)
    controller.lock.acquire()
    controller._open_window(*auth.login(data_dir, args.user, args.password, clock=SystemClock()))
    window = controller.window
    assert window is not None
    # The size is what the screen offers in device pixels; at QT_SCALE_FACTOR=1.5 the window gets fewer points.
    width, height = (int(n) for n in args.size.split("x"))
    scale = window.devicePixelRatioF() or 1.0
    window.resize(int(width / scale), int(height / scale))
    window.show()
    for key in args.pages.split(","):
        window.show_page(key)
        for _ in range(3):
            app.processEvents()
        shot = window.grab()
        if args.guide:  # small enough for the repository, sharp enough on an A4 page
            shot.scaledToWidth(1100, Qt.TransformationMode.SmoothTransformation).save(str(out / f"{key}.png"))
        else:
            shot.save(str(out / f"{key}-{args.language}{args.suffix}.png"))
    controller.shutdown()


if __name__ == "__main__":
    main()
