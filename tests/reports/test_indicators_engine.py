"""The indicator engine on a plain SQLite file: hand-counted figures, one SQL statement per figure group."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, event, insert

from desktop.db.base import Base
from desktop.db.models import ReportParameter
from desktop.domain import periods
from desktop.reports import indicators, sql
from desktop.reports.engine import compute_report
from desktop.reports.scope import Scope
from desktop.reports.measures import Aggregate
from desktop.reports.model import SECONDARY, SMALL, Report, Status, UnitRef
from tests import report_data as data

NAMES = {data.XUAN_LUNG: "Xã Xuân Lũng", data.CHI_TIEN: "Xã Chí Tiên", data.TAN_HOA: "Phường Tân Hòa"}
Q3 = periods.quarter(2026, 3)
CREATED = datetime(2026, 10, 1, tzinfo=UTC)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    Base.metadata.create_all(engine)
    with engine.begin() as c:
        data.insert_all(c)
    with engine.connect() as c:
        yield c
    engine.dispose()


def _report(conn: Connection, units: tuple[str, ...], *, hub: bool, period: periods.Period = Q3,
            parameters: dict[str, float] | None = None, merge: bool = True) -> Report:
    scope = Scope(tuple(UnitRef(u, NAMES[u]) for u in units), hub, "Tỉnh Phú Thọ" if hub else "Xã Xuân Lũng")
    for code, value in (parameters or {}).items():  # entered by the first commune of the scope
        conn.execute(insert(ReportParameter).values(id=f"p-{code}", origin_unit=units[0], origin_device="d",
                                                    created_at=CREATED, updated_at=CREATED, version=1, code=code,
                                                    period_code=period.code, value=value))
    return compute_report(conn, indicators.load_default(), period=period, scope=scope,
                          generated_on=date(2026, 11, 28), merge=merge)


def _values(report: Report) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for ind in report.indicators:
        total = None if ind.figure.value is None else round(ind.figure.value, 1) if ind.is_share else ind.figure.value
        if not ind.breakdowns:
            found[ind.code] = total
            continue
        found[ind.code] = (total, {b.dimension: [None if r.figure.value is None else round(r.figure.value, 1)
                                                 if ind.is_share else r.figure.value for r in b.rows]
                                   for b in ind.breakdowns})
    return found


def test_commune_report_matches_the_hand_count(conn: Connection) -> None:
    report = _report(conn, (data.XUAN_LUNG,), hub=False, parameters={"students": 100})
    assert _values(report) == data.COMMUNE_Q3
    assert not report.suppress_small and all(i.by_unit is None for i in report.indicators)


def test_targets_are_judged_and_missing_denominators_say_so(conn: Connection) -> None:
    report = _report(conn, (data.XUAN_LUNG,), hub=False, parameters={"students": 100})
    by_code = {i.code: i for i in report.indicators}
    assert [t.status for t in by_code["T1"].targets] == [Status.MET, Status.MET]
    assert [t.status for t in by_code["T5"].targets] == [Status.NOT_MET, Status.MET]  # 25% vs ≥70 and ≥25
    assert [t.text for t in by_code["T5"].targets] == ["≥ 70%", "≥ 25%"]
    assert by_code["T3"].status is Status.NO_DATA and by_code["T3"].figure.numerator == 6  # s1: 6 of 8 new
    assert by_code["T8"].targets[0].status is Status.NOT_JUDGED  # a yearly target on a quarter
    year = _report(conn, (data.XUAN_LUNG,), hub=False, period=periods.year(2026))
    t8 = next(i for i in year.indicators if i.code == "T8")
    assert (t8.figure.value, t8.targets[0].status) == (75.0, Status.MET)  # e1, e2 (May), e3 of 4


def test_age_band_is_taken_at_the_end_of_the_period(conn: Connection) -> None:
    # c2 (born 2009) is 16 in 2025 and 17 in 2026; both land in the minors' 16–17 band, while
    # c3 (born 2001) is 24 in 2025 (18–24) and 25 in 2026 (25–34).
    last_year = _report(conn, (data.XUAN_LUNG,), hub=False, period=periods.parse("2025-07-01..2026-09-30"))
    assert _values(last_year)["HT2"][1]["age_band"] == [0, 1, 0, 1, 3, 0]
    d2025 = periods.parse("2025-01-01..2025-12-31")
    assert _values(_report(conn, (data.XUAN_LUNG,), hub=False, period=d2025))["HT2"][1]["age_band"] == [0] * 6


def test_hub_aggregates_and_suppresses_small_client_counts(conn: Connection) -> None:
    report = _report(conn, data.UNITS, hub=True)
    by_code = {i.code: i for i in report.indicators}
    assert report.suppress_small
    assert round(by_code["T1"].figure.value or 0, 1) == 66.7  # 2 of 3 communes
    assert [r.figure.value for r in by_code["T1"].by_unit.rows] == [100.0, 100.0, 0.0]  # type: ignore[union-attr]
    assert by_code["TT2"].figure.value == 41 and not by_code["TT2"].figure.hidden  # outreach is not client data
    assert [r.figure.value for r in by_code["TT2"].by_unit.rows] == [38, 3, 0]  # type: ignore[union-attr]
    assert [r.figure.hidden for r in by_code["TT2"].by_unit.rows] == ["", "", ""]  # type: ignore[union-attr]
    ht1, ht2 = by_code["HT1"], by_code["HT2"]
    assert (ht1.figure.value, ht1.figure.hidden) == (4, SMALL)
    assert (ht2.figure.value, ht2.figure.hidden) == (6, "")
    sex = ht2.breakdowns[1]
    # male 1 is small; female 5 would then be 6 - 1, so it is hidden as well; other 0 stays
    assert [(r.code, r.figure.value, r.figure.hidden) for r in sex.rows] == [
        ("male", 1, SMALL), ("female", 5, SECONDARY), ("other", 0, "")]
    assert [(r.figure.value, r.figure.hidden) for r in ht2.by_unit.rows] == [  # type: ignore[union-attr]
        (5, SECONDARY), (1, SMALL), (0, "")]


def test_one_statement_per_indicator_and_per_breakdown(conn: Connection) -> None:
    """The reference path (merge=False); tests/reports/test_merged_figures.py counts the merged one."""
    statements: list[str] = []

    def count(*args: Any) -> None:
        if not args[2].startswith("PRAGMA"):  # the report's page cache (reports/reading.py) is no query
            statements.append(args[2])

    event.listen(conn, "before_cursor_execute", count)
    try:
        report = _report(conn, data.UNITS, hub=True, merge=False)
    finally:
        event.remove(conn, "before_cursor_execute", count)
    # One per commune breakdown and one per breakdown; a total of its own only where the communes'
    # figures do not add up (distinct persons); a client's sex and age band come from one statement
    # (crossed through client_id), which also gives HT1's distinct total.
    definitions = indicators.load_default()
    distinct = {i.code for i in definitions.indicators if Aggregate.DISTINCT in (
        i.measure.aggregate, i.denominator.measure.aggregate if i.denominator and i.denominator.measure else None)}
    assert distinct == {"HT1", "HT5", "T8", "KT3", "KT6", "KT9", "KT10", "KT12", "T8KH"}
    per_commune = len(report.indicators)
    breakdowns = sum(len(i.breakdowns) for i in report.indicators) - 2  # HT1's and HT2's sex + age: one each
    # HT1's, KT6's and KT9's come with their breakdowns through a reference (crossed: distinct per group adds up).
    own_totals = len(distinct) - 3
    # A sum of a figure a record may lack (T3–T5's newly reached, KT5's and KT8's amounts): where there is a figure
    # to show, one more statement counts the records without it.
    window = sql.Window(Q3, data.UNITS)
    unknowns = sum(1 for i, d in zip(report.indicators, definitions.indicators, strict=True)
                   if sql.unknown_select(d.measure, window) is not None and i.figure.value is not None)
    assert sum("proposed_amount IS NULL" in s for s in statements) == 1  # KT5
    assert sum("amount_fined IS NULL" in s for s in statements) == 1  # KT8: a decision without an amount
    assert sum("newly_reached IS NULL" in s for s in statements) == 0  # T3–T5: no denominator, no share to show
    assert unknowns == 2
    expected = per_commune + breakdowns + own_totals + unknowns + 1  # + the communes' report parameters, one statement
    assert len(statements) == expected
    # Grouping happens in SQL: every breakdown statement but the sex split (sums side by side) groups.
    assert sum("GROUP BY" in s for s in statements) >= per_commune + breakdowns - 1


def test_an_empty_scope_is_refused(conn: Connection) -> None:
    from desktop.domain.problems import DomainError

    with pytest.raises(DomainError) as caught:
        compute_report(conn, indicators.load_default(), period=Q3, scope=Scope((), True, "Tỉnh Phú Thọ"),
                       generated_on=date(2026, 11, 28))
    assert caught.value.code == "reports.no_units"


def _enter(conn: Connection, unit: str, code: str, value: float, *, period: periods.Period = Q3) -> None:
    conn.execute(insert(ReportParameter).values(id=f"p-{unit}-{code}", origin_unit=unit, origin_device="d",
                                                created_at=CREATED, updated_at=CREATED, version=1, code=code,
                                                period_code=period.code, value=value))


def test_parameter_denominators_are_per_commune_and_summed_only_when_every_commune_entered_them(
        conn: Connection) -> None:
    _enter(conn, data.XUAN_LUNG, "students", 100)
    _enter(conn, data.TAN_HOA, "students", 60)
    conn.execute(insert(ReportParameter).values(  # a cleared value (tombstone) counts for nothing
        id="p-gone", origin_unit=data.CHI_TIEN, origin_device="d", created_at=CREATED, updated_at=CREATED,
        version=2, deleted_at=CREATED, code="students", period_code=Q3.code, value=999))
    units = (data.XUAN_LUNG, data.CHI_TIEN, data.TAN_HOA)
    t5 = next(i for i in _report(conn, units, hub=True).indicators if i.code == "T5")
    assert t5.by_unit is not None
    rows = {r.code: r.figure for r in t5.by_unit.rows}
    assert (rows[data.XUAN_LUNG].value, rows[data.XUAN_LUNG].denominator) == (25.0, 100)
    assert rows[data.CHI_TIEN].value is None  # no live figure: "không đủ dữ liệu"
    assert rows[data.TAN_HOA].denominator == 60
    assert t5.figure.value is None  # Chí Tiên is missing, so the province's sum would understate
    both = next(i for i in _report(conn, (data.XUAN_LUNG, data.TAN_HOA), hub=True).indicators if i.code == "T5")
    assert both.figure.denominator == 160
    assert both.figure.value == pytest.approx((both.figure.numerator or 0) * 100 / 160)
