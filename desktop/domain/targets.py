"""A target figure as an administrator types it (">= 70", "≥ 3.500"): read, and checked the same way by the
settings form (services/annual_targets.py) and the hub's rules on a synced annual target (sync/rules_registers.py)."""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.domain.problems import DomainError, Problem

TARGET_PATTERN = re.compile(r"^\s*(>=|<=|≥|≤)\s*(-?\d+(?:[.,]\d+)?)\s*$")


class Comparison(StrEnum):
    AT_LEAST = ">="
    AT_MOST = "<="


def parse_target(text: str) -> tuple[Comparison, float]:
    """">= 70", "≥ 3.500"... as typed by an administrator; DomainError('reports.bad_target') otherwise."""
    # "3.500" is three thousand five hundred, as Vietnamese write it.
    found = TARGET_PATTERN.match(re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", text))
    if found is None:
        raise DomainError("reports.bad_target", value=text)
    comparison = Comparison.AT_LEAST if found[1] in (">=", "≥") else Comparison.AT_MOST
    return comparison, float(found[2].replace(",", "."))


def target_problems(text: str, *, is_share: bool) -> list[Problem]:
    """An office's own target: a comparison and a number, "at least" a positive one, a share at most 100."""
    try:
        comparison, value = parse_target(text)
    except DomainError:
        return [Problem("reports.bad_target", "target", {"value": text})]
    if (comparison is Comparison.AT_LEAST and value <= 0) or (is_share and value > 100):
        return [Problem("reports.bad_target", "target", {"value": text})]
    return []
