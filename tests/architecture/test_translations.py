"""The translation catalogues: English complete and faithful, both up to date with the code, Qt's own texts in Vietnamese."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
EN = TRANSLATIONS / "hoanhap_en.ts"
VI = TRANSLATIONS / "hoanhap_vi.ts"
QT_STANDARD_VI = TRANSLATIONS / "qt_standard_vi.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
FOUND = re.compile(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)")


def _update_script() -> ModuleType:
    # Loaded by path: "packaging" would otherwise resolve to the PyPI package of that name.
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "dev" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def _lrelease(source: Path, target: Path) -> str:
    result = subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 0
    return result.stdout


def test_every_english_message_is_translated() -> None:
    unfinished = []
    for context, message in _messages(EN):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None or not all(t.strip() for t in _translations(message)):
            unfinished.append(f"{context}: {message.findtext('source')}")
    assert unfinished == [], "untranslated in hoanhap_en.ts (run packaging/dev/update_translations.py and translate):\n" \
        + "\n".join(unfinished)


def test_english_keeps_the_placeholders_of_the_source() -> None:
    wrong = []
    for context, message in _messages(EN):
        source = message.findtext("source") or ""
        expected = sorted(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(text)) != expected or ("%n" in source) != ("%n" in text):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_catalogues_are_up_to_date_with_the_code(language: str, tmp_path: Path) -> None:
    copy = tmp_path / f"hoanhap_{language}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    result = subprocess.run(_update_script().lupdate_command(copy, language), cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    found = FOUND.search(result.stdout)
    assert found is not None, result.stdout
    assert int(found.group(2)) == 0, (
        f"{found.group(2)} tr() text(s) of the code are missing from {copy.name}: "
        "run packaging/dev/update_translations.py and translate them")


def test_vietnamese_catalogue_carries_qt_standard_texts() -> None:
    expected = {(context, message.findtext("source"), message.findtext("translation"))
                for context, message in _messages(QT_STANDARD_VI)}
    actual = {(context, message.findtext("source"), message.findtext("translation"))
              for context, message in _messages(VI)
              if message.find("translation") is not None and message.find("translation").get("type") is None}
    assert expected and expected <= actual
    assert ("QPlatformTheme", "Cancel", "Hủy") in expected


def test_both_catalogues_compile(tmp_path: Path) -> None:
    english = _lrelease(EN, tmp_path / "en.qm")
    assert " 0 unfinished" in english, english
    vietnamese = _lrelease(VI, tmp_path / "vi.qm")
    compiled = re.search(r"Generated (\d+) translation", vietnamese)
    assert compiled is not None and int(compiled.group(1)) >= len(list(_messages(QT_STANDARD_VI))), vietnamese


def test_qt_standard_buttons_speak_vietnamese(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    qm = tmp_path / "vi.qm"
    _lrelease(VI, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        box = QMessageBox(QMessageBox.Icon.Question, "Hòa Nhập", "?", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [button.text() for button in box.findChildren(QPushButton)] == ["Hủy"]
    finally:
        qapp.removeTranslator(translator)
