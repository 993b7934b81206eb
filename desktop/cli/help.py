"""Help commands: build the user guide's PDF (the build does it so the guide ships with the app)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import command
from desktop.domain.i18n import QT_TRANSLATE_NOOP


@command("guide", QT_TRANSLATE_NOOP("Cli", "ghi hướng dẫn sử dụng (tiếng Việt) ra tệp PDF"), lambda p: (
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp PDF sẽ ghi")),
))
def _guide(args: argparse.Namespace) -> int:
    from desktop.services.documents.guide import build_guide

    print(build_guide(args.file))
    return 0
