"""A form's problems shown against its captions, a list's rows counting as the list (the team and plan forms)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel

from desktop.domain.problems import Problem
from desktop.gui.texts import problem_text
from desktop.gui.widgets import MessageLine

_RED = "color: #b00020; font-weight: bold;"


def _field(problem: Problem) -> str:
    return (problem.field or "").split("[")[0]  # "entries[2].day" is the list "entries"


def mark_problems(problems: list[Problem], *, labels: Mapping[str, QLabel], message: MessageLine) -> None:
    """Captions of the fields at fault in red; each problem said once after its caption (nothing said when none)."""
    fields = {_field(p) for p in problems}
    for name, caption in labels.items():
        caption.setStyleSheet(_RED if name in fields else "")
    if problems:
        texts = []
        for p in problems:
            caption = labels.get(_field(p))
            texts.append(f"{caption.text().rstrip(':')}: {problem_text(p.code, p.params)}" if caption
                         else problem_text(p.code, p.params))
        message.show_problem("\n".join(dict.fromkeys(texts)))
