"""Whose data a hub report holds: reporting communes, the missing list and the completeness table."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.periods import Period
from desktop.reports.model import CompletenessLine, Coverage, UnitCompleteness, UnitRef
from desktop.sync.periods_close import completeness, months_of, reporting_units


def hub_coverage(session: Session, *, province_code: str, period: Period,
                 units: tuple[UnitRef, ...]) -> Coverage:
    """The scope's communes split into reporting / missing, and their month declarations.

    The completeness table uses the same declarations as the hub's dashboard (sync.periods_close),
    restricted to the communes of the report; its rows are the months the period touches, the
    periods communes close.
    """
    heard = reporting_units(session, period=period)
    months = months_of(period)
    status = completeness(session, province_code=province_code, period_codes=[m.code for m in months])
    wanted = {u.code for u in units}
    rows = [r for r in status.rows if r.origin_unit in wanted]
    lines = []
    for month in months:
        of_month = [r for r in rows if r.period_code == month.code]
        on_time = sum(r.status == "on_time" for r in of_month)
        late = sum(r.status == "late" for r in of_month)
        lines.append(CompletenessLine(month.label_vi(), len(of_month), on_time, late,
                                      len(of_month) - on_time - late, sum(r.nil_report for r in of_month)))
    by_unit: dict[str, dict[str, tuple[str, bool]]] = {}
    for r in rows:
        by_unit.setdefault(r.origin_unit, {})[r.period_code] = (r.status, r.nil_report)
    per_unit = tuple(
        UnitCompleteness(u, tuple(by_unit.get(u.code, {}).get(m.code, ("missing", False))[0] for m in months),
                         tuple(by_unit.get(u.code, {}).get(m.code, ("missing", False))[1] for m in months))
        for u in units)
    return Coverage(reporting=tuple(u for u in units if u.code in heard),
                    missing=tuple(u for u in units if u.code not in heard), months=tuple(lines), per_unit=per_unit)
