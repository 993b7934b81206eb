"""Translation helpers usable without Qt: Vietnamese is the source language, English comes from the .ts file."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from desktop.domain.shipped import translations_dir

SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for extraction by pyside6-lupdate; returns it unchanged.

    The core cannot import Qt, but lupdate reads source text, so strings marked
    here land in translations/*.ts and the GUI translates them with the same context.
    """
    return text


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"hoanhap_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translate(context: str, text: str, language: str = SOURCE_LANGUAGE) -> str:
    """Translate outside Qt (CLI, PDFs in English); falls back to the Vietnamese source."""
    return _catalogue(language).get((context, text), text)
