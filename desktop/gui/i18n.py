"""Loading the app's translations (.qm built from translations/*.ts) and switching language live."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.domain.shipped import translations_dir

_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else None


def compiled_dir() -> Path:
    return Path(platformdirs.user_cache_dir("HoaNhap", appauthor=False)) / "translations"


def qm_for(language: str) -> Path | None:
    """The .qm for `language`, compiled from the .ts on first run.

    The compiled file is named by the hash of the .ts it came from: two releases (or two checkouts)
    on one PC share the cache folder and must never load each other's catalogue, and a file Qt may
    have mapped is never rewritten in place (it is written under a temporary name, then renamed).
    """
    source = translations_dir() / f"hoanhap_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = compiled_dir() / f"{shipped.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.stem}-{os.getpid()}.qm")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False)
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)
    return target


def apply_language(language: str) -> None:
    """Replace the installed translators; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam))
    qm = qm_for(language)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
