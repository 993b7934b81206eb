"""The merged statements (desktop/reports/merged.py) give exactly the figures of one statement per figure.

Random hub data on both engines: the hand-counted rows of tests/report_data.py copied to many communes
with their dates, codes, counts, tombstones and empty figures drawn at random, so groups a figure has
no rows in, codes outside the code lists, empty summed figures and shares with and without their
denominator all occur. Every report of every shipped indicator set must be equal, figure for figure.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from desktop.db import models as m
from desktop.domain import admin_units, periods
from desktop.reports import indicators
from desktop.reports.engine import compute_report
from desktop.reports.scope import Scope
from desktop.reports.model import UnitRef
from tests import report_data as data
from tests.conftest import Opened

# Columns whose value is drawn from the codes the table's hand-counted rows use (plus one outside every list).
CODES = frozenset({"form", "target_group", "sex", "workplace_type", "category", "status", "business_type", "kind",
                   "conclusion", "handling", "offender_kind", "channel", "subject_kind", "outcome"})
REFERENCES = frozenset({"client_id", "partner_id", "establishment_id", "inspection_id", "model_id", "plan_id",
                        "team_id", "violation_id", "plan_entry_id"})
TABLES = ((m.OutreachSession, data.SESSIONS), (m.Client, data.CLIENTS), (m.ClientContact, data.CONTACTS),
          (m.PartnerOrganisation, data.PARTNERS), (m.Referral, data.REFERRALS),
          (m.Establishment, data.ESTABLISHMENTS), (m.Inspection, data.INSPECTIONS), (m.Violation, data.VIOLATIONS),
          (m.InspectionTeam, data.TEAMS), (m.InspectionPlan, data.PLANS), (m.InspectionPlanEntry, data.PLAN_ENTRIES),
          (m.SanctionDecision, data.DECISIONS), (m.TipOff, data.TIP_OFFS), (m.SupportModel, data.SUPPORT_MODELS),
          (m.SupportActivity, data.SUPPORT_ACTIVITIES), (m.SupportGiven, data.SUPPORT_GIVEN))


def _varied(rng: random.Random, row: dict[str, Any], *, prefix: str, unit: str,
            pools: dict[str, list[Any]]) -> dict[str, Any]:
    copy: dict[str, Any] = {}
    for key, value in row.items():
        if key == "id" or (key in REFERENCES and value is not None):
            copy[key] = f"{prefix}-{value}"
        elif key in ("origin_unit", "commune"):
            copy[key] = unit
        elif key == "code":  # GT-0000001: at most 12 characters
            copy[key] = f"{value[:3]}{int(prefix):03d}{value[-4:]}"
        elif key == "number":
            copy[key] = f"{value}-{prefix}"
        elif key in CODES:
            copy[key] = rng.choice(pools[key])
        elif key == "birth_year":
            copy[key] = rng.randrange(1960, 2013)
        elif isinstance(value, bool):
            copy[key] = rng.random() < 0.5
        elif isinstance(value, date) and not isinstance(value, datetime):
            copy[key] = date(2026, 1, 1) + timedelta(days=rng.randrange(-40, 400))
        elif isinstance(value, int) or (key == "newly_reached" and value is None):
            copy[key] = None if key == "newly_reached" and rng.random() < 0.3 else rng.randrange(0, 40)
        else:
            copy[key] = value
    if rng.random() < 0.1:
        copy["deleted_at"] = datetime(2026, 9, 1, tzinfo=UTC)
    return copy


def fill(conn: Connection, units: list[str], *, seed: int) -> None:
    rng = random.Random(seed)
    for model, rows in TABLES:
        pools = {key: sorted({r[key] for r in rows if key in r and r[key] is not None}) + ["ngoai_danh_muc"]
                 for key in CODES if any(key in r for r in rows)}
        if model is m.Referral or model is m.Client:  # codes a client's own figures are grouped by must stay known
            pools = {k: v[:-1] for k, v in pools.items()}
        copies = [_varied(rng, row, prefix=f"{n}", unit=unit, pools=pools)
                  for n, unit in enumerate(units) for row in rows]
        for row in copies:  # one by one: rows differ in which optional columns they set
            conn.execute(insert(model).values(**row))
    for n, unit in enumerate(units):
        for code in ("students", "workers_high_risk", "workers_industrial"):
            if rng.random() < 0.7:
                conn.execute(insert(m.ReportParameter).values(id=f"rp-{n}-{code}", origin_unit=unit,
                                                              origin_device="dev", code=code, period_code="2026",
                                                              value=float(rng.randrange(0, 500))))


@pytest.mark.parametrize("seed", [1, 2])
def test_merged_figures_are_the_reference_figures(hub: Opened, seed: int) -> None:
    communes = admin_units.communes("25")
    units = [f"{u.code}@{admin_units.ADMIN_VERSION}" for u in communes[:12]]
    engine = hub.services.register.engine
    with engine.begin() as conn:
        fill(conn, units, seed=seed)
    rng = random.Random(seed)
    scope_units = tuple(UnitRef(f"{u.code}@{admin_units.ADMIN_VERSION}", u.name) for u in communes[:15])
    reporting = frozenset(rng.sample(units, 9))  # three communes with data did not report: not counted
    compared = 0
    with engine.connect() as conn:
        for definitions in indicators.load_bundled():
            for period in (periods.year(2026), periods.quarter(2026, 3), periods.month(2026, 8)):
                for scope in (Scope(scope_units, True, "Tỉnh Phú Thọ", reporting=reporting),
                              Scope(scope_units[:1], True, "Tỉnh Phú Thọ")):
                    merged = compute_report(conn, definitions, period=period, scope=scope,
                                            generated_on=date(2026, 12, 31))
                    reference = compute_report(conn, definitions, period=period, scope=scope,
                                               generated_on=date(2026, 12, 31), merge=False)
                    assert merged == reference, (definitions.programme.code, period.code, len(scope.units))
                    compared += 1
                    # Not vacuous: the data reach the figures.
                    assert any(i.figure.value for i in merged.indicators)
    assert compared == 2 * 3 * 2


def test_a_hub_report_reads_each_table_once_per_grouping(hub: Opened) -> None:
    """Every indicator's per-commune figures of one table and date column come from one statement."""
    from sqlalchemy import event

    engine = hub.services.register.engine
    with engine.begin() as conn:
        data.insert_all(conn)
    scope = Scope(tuple(UnitRef(u, u) for u in data.UNITS), True, "Tỉnh Phú Thọ")
    definitions = indicators.load_default()
    counted: dict[bool, list[str]] = {True: [], False: []}
    with engine.connect() as conn:
        for merge in (True, False):
            def keep(*args: Any, merge: bool = merge) -> None:
                if not str(args[2]).startswith("PRAGMA"):
                    counted[merge].append(" ".join(str(args[2]).split()))

            event.listen(conn, "before_cursor_execute", keep)
            compute_report(conn, definitions, period=periods.quarter(2026, 3), scope=scope,
                           generated_on=date(2026, 11, 28), merge=merge)
            event.remove(conn, "before_cursor_execute", keep)
    per_commune = "GROUP BY outreach_sessions.origin_unit"
    # Reference: T1 (inside its communes' subquery), TT1, TT2, T3, T4, T5, TT3, TT4 each group sessions by commune.
    assert sum(per_commune in s for s in counted[False]) == 8
    assert sum(per_commune in s for s in counted[True]) == 1
    assert sum("newly_reached IS NULL" in s for s in counted[True]) == 1  # T3–T5's unknown counts ride along
    # TT2's participants by sex (a split: one sum per column) ride along the sessions' pass per commune.
    assert [per_commune in s for s in counted[True] if "participants_male" in s] == [True]
    # HT1 (persons) and HT2 (contacts) by the client's sex and age band: one pass over the contacts per client.
    per_client = "GROUP BY client_contacts.client_id"
    assert sum(per_client in s for s in counted[False]) == 2
    assert sum(per_client in s for s in counted[True]) == 1
    assert len(counted[True]) < len(counted[False]) * 2 / 3


def test_a_scope_holding_every_commune_of_the_store_is_counted_without_the_commune_filter(
        hub: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    """merged.compute drops the commune filter on PostgreSQL where the rows hold no other commune (as a
    national scope would, here from 1 commune on): the figures stay the reference path's, and where a commune outside
    the counted ones has rows, the filter stays."""
    from sqlalchemy import event

    from desktop.reports import merged as merged_module

    monkeypatch.setattr(merged_module, "WHOLE_STORE_MIN", 1)
    communes = admin_units.communes("25")
    units = [f"{u.code}@{admin_units.ADMIN_VERSION}" for u in communes[:6]]
    engine = hub.services.register.engine
    with engine.begin() as conn:
        fill(conn, units, seed=3)
    everyone = tuple(UnitRef(f"{u.code}@{admin_units.ADMIN_VERSION}", u.name) for u in communes[:8])
    filtered: dict[str, list[bool]] = {}
    with engine.connect() as conn:
        for name, scope in (("whole", Scope(everyone, True, "Tỉnh Phú Thọ")),
                            ("part", Scope(everyone, True, "Tỉnh Phú Thọ", reporting=frozenset(units[:4])))):
            seen: list[bool] = []

            def keep(*args: Any, seen: list[bool] = seen) -> None:
                statement = str(args[2])
                if statement.lstrip().upper().startswith("SELECT") and "report_parameters" not in statement:
                    seen.append("origin_unit = ANY" in statement or "json_each" in statement)

            for definitions in indicators.load_bundled():
                for period in (periods.year(2026), periods.quarter(2026, 3)):
                    event.listen(conn, "before_cursor_execute", keep)
                    merged = compute_report(conn, definitions, period=period, scope=scope,
                                            generated_on=date(2026, 12, 31))
                    event.remove(conn, "before_cursor_execute", keep)
                    reference = compute_report(conn, definitions, period=period, scope=scope,
                                               generated_on=date(2026, 12, 31), merge=False)
                    assert merged == reference, (name, definitions.programme.code, period.code)
                    assert any(i.figure.value for i in merged.indicators)
            filtered[name] = seen
    if engine.dialect.name != "postgresql":  # SQLite keeps it everywhere (merged.compute)
        assert all(filtered["whole"]) and all(filtered["part"])
        return
    assert not any(filtered["whole"])
    # Rows of the two communes that did not report keep the filter on (their tables' first pass per commune
    # goes without it, and finds them).
    assert any(filtered["part"]) and not all(filtered["part"])
