"""T9 and T10 in the hub's report: counted per commune from the hand-countable fixture, client counts hidden."""

from __future__ import annotations

import pytest

from sqlalchemy import insert

from desktop.db import models as m
from desktop.domain import periods
from desktop.reports.model import SMALL
from tests import report_data as data
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)


@pytest.fixture
def filled(hub: Opened) -> Opened:
    with hub.services.register.engine.begin() as conn:
        data.insert_all(conn)
    return hub


def test_t9_and_t10_reach_the_province_report(filled: Opened) -> None:
    report = filled.services.reports.compute(filled.admin, Q3, units=["08500", "08218", "04792"])
    found = {i.code: i for s in report.sections for i in s.indicators}
    assert [s.code for s in report.sections][-1] == "tip_offs"
    # Xuân Lũng received tb1, tb2, tb3 (two handled); Chí Tiên tb6 (handled the next day).
    assert (found["TB1"].figure.value, found["TB4"].figure.value, found["TB5"].figure.value) == (4, 3, 2)
    t9 = found["T9"]
    assert (t9.figure.numerator, t9.figure.denominator, t9.figure.value) == (3, 4, 75.0)
    by_unit = {r.code: r.figure.value for r in t9.by_unit.rows}  # type: ignore[union-attr]
    assert by_unit == {"04792@2025-07": None, "08218@2025-07": 100.0, "08500@2025-07": pytest.approx(66.67, 0.01)}
    assert found["T10"].figure.value == 2 and found["HT6"].figure.value == 10
    # People supported through the models are sex workers: a commune's 1–4 would be hidden at the hub.
    assert found["HT9"].sensitive and found["HT9"].figure.value == 15 and found["HT9"].figure.hidden != SMALL
    assert not found["TB1"].sensitive and not found["T10"].sensitive


def test_a_commune_s_one_to_four_people_supported_show_as_small_at_the_hub(filled: Opened) -> None:
    from datetime import date

    with filled.services.register.engine.begin() as conn:
        conn.execute(insert(m.SupportModel).values(**data._synced(data.CHI_TIEN, "m9"), name="Nhóm Chí Tiên",
                                                   kind="peer_club", established_on=date(2025, 1, 1),
                                                   core_members=3, members=8))
        conn.execute(insert(m.SupportGiven).values(**data._synced(data.CHI_TIEN, "g9"), model_id="m9",
                                                   given_on=date(2026, 8, 1), category="loans_jobs", people=3))
    report = filled.services.reports.compute(filled.admin, Q3, units=["08500", "08218"])
    ht9 = next(i for s in report.sections for i in s.indicators if i.code == "HT9")
    rows = {r.code: r.figure for r in ht9.by_unit.rows}  # type: ignore[union-attr]
    assert rows["08218@2025-07"].hidden == SMALL and rows["08500@2025-07"].value == 15
    assert ht9.figure.value == 18
