"""Workbooks the Excel-import tests share."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def headerless_book(path: Path) -> Path:
    """25 rows of numbers and words and no row that names a column: no import can find its header."""
    book = Workbook()
    for n in range(25):
        book.active.append([n, "gì đó"])
    book.save(path)
    return path
