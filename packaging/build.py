"""Build the desktop bundle: compile translations, then run PyInstaller on packaging/hoanhap.spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_translations() -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("hoanhap_*.ts")):
        subprocess.run([str(tool), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def build_guide() -> None:
    """The user guide ships as a PDF built by the core from resources/guide/*.md."""
    target = ROOT / "resources" / "guide" / "huong-dan-su-dung.pdf"
    subprocess.run([sys.executable, "-m", "desktop", "guide", str(target)], cwd=ROOT, check=True)


def main() -> None:
    compile_translations()
    build_guide()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", str(ROOT / "packaging" / "hoanhap.spec")],
                   cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
