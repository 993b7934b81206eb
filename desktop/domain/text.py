"""Text normalisation for Vietnamese: NFC for storage, diacritic-free folding for search."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """NFC with single spaces: names typed as Hoà or Hòa compare equal after this."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d), for searching 'xuan lung' to find 'Xã Xuân Lũng'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped).strip().lower()


def matches(query: str, *haystacks: str) -> bool:
    """Every word of the folded query occurs in one of the folded haystacks."""
    words = fold(query).split()
    target = " ".join(fold(h) for h in haystacks)
    return all(w in target for w in words)
