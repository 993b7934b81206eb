"""The core runs without Qt: importing it in a fresh interpreter loads no PySide6 module."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CORE = ["desktop.domain.outreach", "desktop.db.models", "desktop.services.outreach.outreach", "desktop.services.accounts.setup",
        "desktop.services.accounts.auth", "desktop.bootstrap", "desktop.cli", "desktop.demo.builder", "desktop.reports.pdf.document",
        "desktop.sync.minisign"]


def test_core_imports_without_loading_pyside6() -> None:
    code = ("import sys, importlib\n"
            f"for name in {CORE!r}: importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(bad)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_import_linter_contracts_hold() -> None:
    tool = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([tool], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
