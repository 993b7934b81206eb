"""Build hook (named in pyproject.toml, [tool.setuptools.cmdclass]): the wheel carries the top-level resources/ and translations/ inside the package.

They stay at the top level of the repository (translators and data editors work there); a wheel
puts copies at desktop/_resources and desktop/_translations, where desktop.domain.shipped finds
them through importlib.resources. A build hook rather than [tool.setuptools.package-dir] because
these folders are data, not Python packages, and an editable install must keep reading the
originals (it does: no copy is made in editable mode). Translations travel as .ts sources: the
GUI compiles the .qm on first run with the pyside6-lrelease that PySide6 installs beside Python,
and the CLI and PDFs read the .ts directly, so the wheel builds without PySide6. Compiled .qm
files of a source tree are left out (they may be stale); the PyInstaller folder ships fresh ones.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]  # the repository: desktop/ sits at its top
SHIPPED = {"resources": "_resources", "translations": "_translations"}


class BuildWithShippedFiles(build_py):  # type: ignore[misc]  # setuptools: only in the build's environment
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, target in SHIPPED.items():
            shutil.copytree(ROOT / source, Path(self.build_lib) / "desktop" / target, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm"))

