"""Where this copy of the app keeps its shipped files: fonts, data files, translations."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped_dir(name: str) -> Path:
    """The `resources` or `translations` folder as this copy of the app carries it.

    The repository keeps both at the top level, beside `desktop/` (where people edit them); a
    wheel and the PyInstaller folder carry them inside the package as `desktop/_resources` and
    `desktop/_translations` (the build hook desktop/_build.py, packaging/hoanhap.spec). Either way they
    are found from the `desktop` package through importlib.resources. Installs are unpacked on
    disk, so the answer is a real path: reportlab's fonts and Qt's translator need one.
    """
    package = resources.files("desktop")
    inside = package.joinpath(f"_{name}")
    if inside.is_dir():
        return Path(str(inside))
    return Path(str(package)).parent / name


def resources_dir() -> Path:
    return shipped_dir("resources")


def translations_dir() -> Path:
    return shipped_dir("translations")
