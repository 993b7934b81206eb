"""An issued document's own rules (sổ đăng ký văn bản đi): checked by the register (services/documents.py)
and by the hub on a synced document (sync/rules_registers.py)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.problems import Problem

MAX_SECTION = 20_000  # characters per narrative section: pages of text, still one cell in Excel
MAX_TITLE = 300


def document_problems(number: object, title: str, sections: Mapping[str, str]) -> list[Problem]:
    """A number from 1, a title and narrative sections within their lengths; in the order the register reports."""
    problems: list[Problem] = []
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        problems.append(Problem("documents.number_invalid", "number", {"value": str(number)}))
    if len(title) > MAX_TITLE:
        problems.append(Problem("text.too_long", "title", {"max": MAX_TITLE}))
    for name, text in sections.items():
        if len(text) > MAX_SECTION:
            problems.append(Problem("text.too_long", name, {"max": MAX_SECTION}))
            break
    return problems
