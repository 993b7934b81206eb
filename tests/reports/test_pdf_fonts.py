"""Every Vietnamese letter, in each of the four Serif faces, has a glyph and reads back from the PDF."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from desktop.reports.pdf.fonts import SERIF, face, register_fonts

_BASES = "aăâeêioôơuưy"
# No mark, huyền, sắc, hỏi, ngã, nặng: written as combining marks, composed by NFC below.
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_CONSONANTS = "bcdđghklmnpqrstvx"


def _vietnamese_letters() -> list[str]:
    vowels = [unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES]
    lower = vowels + list(_CONSONANTS)
    return lower + [letter.upper() for letter in lower]


LETTERS = _vietnamese_letters()
FACES = [face(SERIF, bold=b, italic=i) for b in (False, True) for i in (False, True)]


def test_the_letter_list_is_the_whole_alphabet_with_tones() -> None:
    # 12 vowels x 6 tones + 17 consonants (with đ), each in both cases, every one a single code point.
    assert len(LETTERS) == 2 * (12 * 6 + 17) == len(set(LETTERS))
    assert all(len(letter) == 1 for letter in LETTERS)
    assert {"ặ", "Ỵ", "ữ", "Ở", "đ", "Đ"} <= set(LETTERS)


def test_serif_is_liberation_serif_in_all_four_faces() -> None:
    register_fonts()
    for name in FACES:
        assert pdfmetrics.getFont(name).face.name.startswith(b"LiberationSerif"), name


@pytest.mark.parametrize("name", FACES)
def test_every_vietnamese_letter_has_a_glyph_and_reads_back(name: str, tmp_path: Path) -> None:
    register_fonts()
    # A letter missing from the font would still read back (reportlab keeps the code point) but print
    # as an empty box, so the font's own character map is checked as well as the text read back.
    char_to_glyph = pdfmetrics.getFont(name).face.charToGlyph
    missing = [letter for letter in LETTERS + ["≥", "≤"] if ord(letter) not in char_to_glyph]
    assert missing == []

    pdf = tmp_path / "letters.pdf"
    page = canvas.Canvas(str(pdf))
    words = ["".join(LETTERS[i:i + 6]) for i in range(0, len(LETTERS), 6)]
    page.setFont(name, 14)
    for row, start in enumerate(range(0, len(words), 6)):
        page.drawString(40, 800 - 22 * row, " ".join(words[start:start + 6]))
    page.save()

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif" in fonts
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert unicodedata.normalize("NFC", text).split() == words
