"""Report parameters (baseline figures) entered at a commune travel to the hub, which then computes T3–T5."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import periods
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.reports.model import Report
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - pair is a fixture

NOVEMBER = periods.month(2026, 11)


def _t3(report: Report) -> tuple[float | None, list[float | None]]:
    t3 = next(i for i in report.indicators if i.code == "T3")
    return t3.figure.value, [r.figure.value for r in t3.by_unit.rows] if t3.by_unit else []


def _reach_workers(pair: Pair, members: int) -> None:
    draft = OutreachDraft(held_on=date(2026, 11, 3), place="Quán karaoke Hoa Sen", form="direct",
                          target_group="business_workers", participants_total=members,
                          participants_male=members // 2, participants_female=members - members // 2,
                          target_members=members, newly_reached=members)
    pair.commune.services.outreach.save(pair.commune.admin, draft)


def test_a_commune_parameter_travels_and_the_hub_reports_t3_for_that_commune(pair: Pair) -> None:
    c, h = pair.commune, pair.hub
    commune = c.services.register.office.origin_unit
    _reach_workers(pair, 30)
    c.services.reports.set_parameter(c.admin, "workers_high_risk", period=NOVEMBER, value=120)
    pair.receive(*pair.send())

    alone = h.services.reports.compute(h.admin, NOVEMBER, units=[commune])
    assert _t3(alone) == (25.0, [25.0])  # 30 of 120 workers reached
    province = h.services.reports.compute(h.admin, NOVEMBER)
    value, rows = _t3(province)
    by_unit = dict(zip([u.code for u in province.units], rows, strict=True))
    assert by_unit[commune] == 25.0
    # The other 147 communes sent nothing: the province's share stands on the one that reported
    # (and newly_reached travelled with the session).
    assert value == 25.0
    assert province.coverage is not None and [u.code for u in province.coverage.reporting] == [commune]
    shown = {p.code: p.value for p in h.services.reports.parameters(h.admin, NOVEMBER, units=[commune])}
    assert shown["workers_high_risk"] == 120

    # The hub reads the communes' figures; it does not type them.
    with pytest.raises(DomainError) as refused:
        h.services.reports.set_parameter(h.admin, "workers_high_risk", period=NOVEMBER, value=10)
    assert refused.value.code == "office.hub_read_only"

    # A changed value, then a cleared one (a tombstone), travel as well.
    c.services.reports.set_parameter(c.admin, "workers_high_risk", period=NOVEMBER, value=60)
    pair.receive(*pair.send())
    assert _t3(h.services.reports.compute(h.admin, NOVEMBER, units=[commune])) == (50.0, [50.0])
    c.services.reports.set_parameter(c.admin, "workers_high_risk", period=NOVEMBER, value=None)
    pair.receive(*pair.send())
    assert _t3(h.services.reports.compute(h.admin, NOVEMBER, units=[commune])) == (None, [None])
    # Entered again: the same record comes back to life with a higher version, at both ends.
    c.services.reports.set_parameter(c.admin, "workers_high_risk", period=NOVEMBER, value=100)
    pair.receive(*pair.send())
    assert _t3(h.services.reports.compute(h.admin, NOVEMBER, units=[commune])) == (30.0, [30.0])
