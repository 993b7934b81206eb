"""What a report counts: the scope (which communes, who issues it) and the report parameters the communes
entered for the period (denominators the data cannot know)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import Connection

from desktop.domain.periods import Period
from desktop.reports import sql
from desktop.reports.model import UnitRef


@dataclass(frozen=True)
class Scope:
    """The communes a report counts and who issues it; a commune report has exactly one unit."""

    units: tuple[UnitRef, ...]
    is_hub: bool
    unit_name: str
    province_name: str = ""
    # At a hub, the communes whose data for the period arrived (sync.periods_close.reporting_units);
    # None = every unit counts (a commune's own report). Shares and targets are judged on these only.
    reporting: frozenset[str] | None = None

    # Cached: a national report asks for both once per indicator and breakdown (3,321 communes each).
    @cached_property
    def codes(self) -> tuple[str, ...]:
        return tuple(u.code for u in self.units)

    @cached_property
    def counted(self) -> tuple[str, ...]:
        """The communes whose records are counted: those that reported."""
        return tuple(c for c in self.codes if self.reporting is None or c in self.reporting)


@dataclass(frozen=True)
class ParameterValues:
    """The report parameters (denominators the data cannot know) each commune entered for a period.

    A commune's value is its own; for several communes the value is their sum, and only when every
    one of them entered it — a sum over some of them would understate the denominator and overstate
    the share, so it is unknown ("không đủ dữ liệu") instead.
    """

    per_unit: Mapping[tuple[str, str], float]  # (parameter code, origin_unit) -> value
    sums: Mapping[str, tuple[float, int]]  # parameter code -> (sum over the scope, communes that entered it)
    units: int  # communes in the scope

    def of(self, code: str, unit: str) -> float | None:
        return self.per_unit.get((code, unit))

    def total(self, code: str) -> float | None:
        found = self.sums.get(code)
        return found[0] if found is not None and self.units and found[1] == self.units else None


def parameter_values(conn: Connection, *, period: Period, units: tuple[str, ...]) -> ParameterValues:
    """Every commune's live values for `period` and their sums per parameter, in one statement."""
    rows = conn.execute(sql.parameters_select(period, units)).all()  # communes x parameters, already summed by SQL
    return ParameterValues(
        per_unit={(code, unit): value for code, unit, value, _ in rows if unit is not None},
        sums={code: (value, n) for code, unit, value, n in rows if unit is None},
        units=len(set(units)),
    )
