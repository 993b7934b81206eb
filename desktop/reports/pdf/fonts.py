"""Registers the bundled fonts with reportlab once, on first use.

Serif is Liberation Serif, metric-compatible with the Times New Roman that Decree 30/2020 Appendix I.4
asks of administrative documents (see README.md here); Sans is Noto Sans (user guide, recovery sheet).
"""

from __future__ import annotations

import functools
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.domain.shipped import resources_dir

FONTS_DIR = resources_dir() / "fonts"

SERIF = "Serif"
SANS = "Sans"

_FILES = {SERIF: "LiberationSerif", SANS: "NotoSans"}
# reportlab's (bold, italic) flags -> suffix of our registered face name and of the file name.
_Flag = Literal[0, 1]  # reportlab's addMapping takes bold and italic as 0 or 1
_STYLES: dict[tuple[_Flag, _Flag], tuple[str, str]] = {
    (0, 0): ("", "Regular"),
    (1, 0): ("-Bold", "Bold"),
    (0, 1): ("-Italic", "Italic"),
    (1, 1): ("-BoldItalic", "BoldItalic"),
}


def face(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered face name, e.g. face(SERIF, bold=True) == "Serif-Bold"."""
    key: tuple[_Flag, _Flag] = (1 if bold else 0, 1 if italic else 0)
    return family + _STYLES[key][0]


@functools.cache
def register_fonts() -> None:
    """Register Serif and Sans with their bold/italic faces; later calls do nothing.

    Lazy because reading 3.5 MB of TTF at import would slow every CLI command and test collection.
    """
    for family, stem in _FILES.items():
        for (bold, italic), (suffix, file_style) in _STYLES.items():
            path = FONTS_DIR / f"{stem}-{file_style}.ttf"
            pdfmetrics.registerFont(TTFont(family + suffix, str(path)))
            # Lets <b>/<i> in paragraphs pick the right face of the family.
            addMapping(family, bold, italic, family + suffix)
