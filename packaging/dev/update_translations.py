"""Refresh translations/*.ts from the source (pyside6-lupdate keeps existing translations).

Qt's own standard texts (dialog buttons, file dialog, edit menus…) have no Vietnamese catalogue in the
PySide6 wheel, so their Vietnamese translations live in translations/qt_standard_vi.ts. lupdate runs with
-no-obsolete and would drop those contexts (they are not in our sources), so after lupdate this script
copies them back into hoanhap_vi.ts, which is the only catalogue the app loads.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
QT_STANDARD = {"vi": TRANSLATIONS / "qt_standard_vi.ts"}
LANGUAGES = ("vi", "en")


def lupdate_command(target: Path, language: str) -> list[str]:
    """The lupdate call for one catalogue (the translation tests reuse it)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    return [str(tool), "-no-obsolete", "-locations", "none", "-source-language", "vi",
            "-target-language", language, *sources, "-ts", str(target)]


def _protect(text: str) -> str:
    """Escape like lupdate does, so rewritten files stay byte-identical to lupdate's own output."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif (ord(ch) < 0x20 and ch not in "\n\t") or (ord(ch) > 0x7F and ch.isspace()):
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _attributes(element: ET.Element) -> str:
    return "".join(f' {key}="{_protect(value)}"' for key, value in element.attrib.items())


def render_ts(root: ET.Element) -> str:
    """Serialise a <TS> tree in lupdate's layout."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root.findall("context"):
        lines.append("<context>")
        for child in context:
            if child.tag == "name":
                lines.append(f"    <name>{_protect(child.text or '')}</name>")
                continue
            if child.tag != "message":
                lines.append(f"    <{child.tag}{_attributes(child)}>{_protect(child.text or '')}</{child.tag}>")
                continue
            lines.append(f"    <message{_attributes(child)}>")
            for part in child:
                forms = part.findall("numerusform")
                if forms:
                    lines.append(f"        <{part.tag}{_attributes(part)}>")
                    lines.extend(f"            <numerusform{_attributes(form)}>{_protect(form.text or '')}</numerusform>"
                                 for form in forms)
                    lines.append(f"        </{part.tag}>")
                elif part.tag == "location":
                    lines.append(f"        <location{_attributes(part)}/>")
                else:
                    lines.append(f"        <{part.tag}{_attributes(part)}>{_protect(part.text or '')}</{part.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def restore_qt_standard(target: Path, standard: Path) -> int:
    """Put the contexts of `standard` into `target`, replacing any same-named ones; returns how many."""
    tree = ET.parse(target)
    root = tree.getroot()
    extra = ET.parse(standard).getroot().findall("context")
    names = {context.findtext("name") for context in extra}
    for context in root.findall("context"):
        if context.findtext("name") in names:
            root.remove(context)
    root.extend(extra)
    target.write_text(render_ts(root), encoding="utf-8")
    return len(extra)


def main() -> None:
    for language in LANGUAGES:
        target = TRANSLATIONS / f"hoanhap_{language}.ts"
        subprocess.run(lupdate_command(target, language), cwd=ROOT, check=True)
        standard = QT_STANDARD.get(language)
        if standard is not None and standard.exists():
            count = restore_qt_standard(target, standard)
            print(f"    Restored {count} Qt standard context(s) from {standard.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
