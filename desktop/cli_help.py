"""Help commands: build the user guide's PDF (the build does it so the guide ships with the app)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import command


@command("guide", "write the user guide (Vietnamese) as a PDF to FILE", lambda p: (
    p.add_argument("file", type=Path),
))
def _guide(args: argparse.Namespace) -> int:
    from desktop.services.guide import build_guide

    print(build_guide(args.file))
    return 0
