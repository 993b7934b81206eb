"""An inspection as an administrative record: its number, team leader, recorder, end, copies and conclusion."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

# Inspections on this checklist version or later are administrative records with their formalities
# (number, team leader, recorder, conclusion...); older ones print in the layout they were made with.
FORMAL_FROM_VERSION = 2
FORMAL_TEXT_FIELDS = ("record_number", "place", "team_leader", "recorder", "representative_role", "witness",
                      "refusal_note")
MAX_COPIES = 10
MAX_NUMBER = 64  # record numbers ("41/BB-ĐKT"): the column's width
MAX_VISIT_HOURS = 24


class Conclusion(StrEnum):
    VIOLATIONS = "violations"
    NO_VIOLATION = "no_violation"


CONCLUSION_LABELS = {
    Conclusion.VIOLATIONS: QT_TRANSLATE_NOOP("Codes", "Có vi phạm"),
    Conclusion.NO_VIOLATION: QT_TRANSLATE_NOOP("Codes", "Không phát hiện vi phạm"),
}


class Formalities(Protocol):
    """What the formalities rules read of a record (an inspections.InspectionDraft has it): named here so this
    module needs nothing of inspections.py, which imports it."""

    @property
    def started_at(self) -> datetime | None: ...
    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def copies(self) -> int: ...
    @property
    def conclusion(self) -> str | None: ...
    @property
    def formal(self) -> bool: ...
    @property
    def record_number(self) -> str: ...
    @property
    def team_leader(self) -> str: ...
    @property
    def recorder(self) -> str: ...


def formal_problems(draft: Formalities) -> list[Problem]:
    """The visit's end and the copies whatever the version; on a formal checklist, who signs and the conclusion."""
    problems: list[Problem] = []
    if draft.ended_at is not None and draft.started_at is not None:
        if draft.ended_at <= draft.started_at:
            problems.append(Problem("inspection.ended_before_start", "ended_at"))
        elif draft.ended_at - draft.started_at > timedelta(hours=MAX_VISIT_HOURS):
            problems.append(Problem("inspection.visit_too_long", "ended_at", {"hours": MAX_VISIT_HOURS}))
    if not 1 <= draft.copies <= MAX_COPIES:
        problems.append(Problem("inspection.copies_invalid", "copies", {"max": MAX_COPIES}))
    if draft.conclusion is not None and draft.conclusion not in Conclusion.__members__.values():
        problems.append(Problem("inspection.unknown_conclusion", "conclusion"))
    if draft.formal:
        for name in ("record_number", "team_leader", "recorder"):
            if not getattr(draft, name).strip():
                problems.append(Problem("required", name))
        if draft.conclusion is None:
            problems.append(Problem("required", "conclusion"))
    return problems
