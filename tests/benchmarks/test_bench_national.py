"""The national report at a national hub (issue 12 point 5), on SQLCipher and on PostgreSQL.

Run explicitly: `pytest tests/benchmarks/test_bench_national.py -s` (a throw-away PostgreSQL cluster is
started from tests/engines.py; HOANHAP_TEST_ENGINES=sqlite runs SQLCipher only).

A national office does not count records: the 34 provinces send aggregate bundles (indicator values per
commune, already suppressed, plus completeness; desktop/sync/format/AGGREGATE.md), and the national report
(desktop/reports/national.py) adds up the provinces' totals. The synthetic national hub below holds a year
of them: every province sent each quarter and the year, about one period in six twice (a correction replaces
the first send), each with a figure per commune (3,321) and per province for every indicator of the set.

The yardstick is the same figures written by hand in SQL on the same connection, in the same run: one
GROUP BY over the province totals of the sends in force, and the province lines' columns.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, insert, text

from desktop.db import models as m
from desktop.db.base import Base
from desktop.domain import admin_units, periods
from desktop.reports import indicators
from desktop.reports.national import compute_national
from tests.engines import chosen_engines, create_database, drop_database

YEAR = 2026
ABSOLUTE_BUDGET_S = 3.0
RATIO_BUDGET = 1.5


def _periods() -> list[periods.Period]:
    return [periods.quarter(YEAR, q) for q in range(1, 5)] + [periods.year(YEAR)]


def synthetic_national_hub(engine: Engine, *, seed: int = 12) -> tuple[int, int]:
    """Every province's sends of a year (4 quarters and the year, a second send replacing the first for about
    one in six); returns (aggregates, values)."""
    rng = random.Random(seed)
    definitions = indicators.load_default()
    meta = [{"code": i.code, "section": s.name_vi, "name_vi": i.name_vi, "unit": i.unit, "sensitive": i.sensitive,
             "share": i.is_share} for s in definitions.sections for i in definitions.in_section(s.code)]
    meta_json = json.dumps(meta, ensure_ascii=False)
    aggregates = values = 0
    for province in admin_units.provinces():
        communes = [u.code + "@" + admin_units.ADMIN_VERSION for u in admin_units.communes(province.code)]
        received: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        sequence = 0
        for period in _periods():
            sends = 2 if rng.random() < 1 / 6 else 1
            previous: dict[str, Any] | None = None
            for send in range(sends):
                sequence += 1
                bundle = str(uuid.UUID(int=rng.getrandbits(128)))
                months = [periods.month(YEAR, n).code for n in range(period.start.month, period.end.month + 1)]
                completeness = [{"unit_code": c, "name": c, "reported": True, "month": month,
                                 "status": rng.choice(["on_time", "on_time", "late", "missing"]), "nil_report": False}
                                for c in communes for month in months]
                row = {"id": bundle, "province_unit": f"{province.code}@{admin_units.ADMIN_VERSION}",
                       "province_name": province.name, "sender_device": f"dev-{province.code}", "key_id": "k",
                       "sequence": sequence, "period_code": period.code, "payload_sha256": bundle.replace("-", ""),
                       "created_at": datetime(YEAR, 12, 31, 3, send, tzinfo=UTC), "imported_by": "",
                       "programme": definitions.programme.name_vi, "indicators": meta_json,
                       "completeness": json.dumps(completeness, ensure_ascii=False), "communes": len(communes),
                       "communes_reporting": len(communes), "replaced_by": None, "replaced_at": None}
                if previous is not None:
                    previous["replaced_by"] = bundle
                    previous["replaced_at"] = row["created_at"]
                received.append(row)
                previous = row
                for entry in meta:
                    for unit in ["", *communes]:
                        rows.append(_value(rng, bundle, unit, str(entry["code"]), share=bool(entry["share"]),
                                           sensitive=bool(entry["sensitive"])))
        with engine.begin() as conn:
            conn.execute(insert(m.ReceivedAggregate), received)
            for start in range(0, len(rows), 50_000):
                conn.execute(insert(m.AggregateValue), rows[start:start + 50_000])
        aggregates += len(received)
        values += len(rows)
    return aggregates, values


def _value(rng: random.Random, bundle: str, unit: str, code: str, *, share: bool, sensitive: bool) -> dict[str, Any]:
    """A figure as a province's suppressed report gives it: a number, a share with its parts, or a mark."""
    scale = 30 if unit else 3000
    numerator = float(rng.randrange(scale))
    row = {"id": str(uuid.UUID(int=rng.getrandbits(128))), "aggregate_id": bundle, "unit_code": unit,
           "indicator_code": code, "value": numerator, "numerator": None, "denominator": None, "hidden": "",
           "reported": 1}
    if share:
        denominator = numerator + rng.randrange(1, scale)
        row.update(value=100 * numerator / denominator, numerator=numerator, denominator=denominator)
    if sensitive and 0 < numerator < 5:
        row.update(value=None, numerator=None, denominator=None, hidden="<5")
    return row


def _open(kind: str, tmp: Any, server: Callable[[], str]) -> Iterator[Engine]:
    if kind == "sqlite":
        from desktop.db.engine import open_engine

        engine = open_engine(tmp / "national-hub.db", bytes(range(32)), must_exist=False)
        Base.metadata.create_all(engine)
        yield engine
        engine.dispose()
        return
    url = server()
    name = f"hoanhap_bench_national_{uuid.uuid4().hex[:6]}"
    engine = create_engine(create_database(url, name))
    Base.metadata.create_all(engine)
    try:
        yield engine
    finally:
        engine.dispose()
        drop_database(url, name)


@pytest.fixture(scope="module", params=chosen_engines())
def national_hub(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    kind = str(request.param)
    for engine in _open(kind, tmp_path_factory.mktemp(f"national-hub-{kind}"),
                        lambda: str(request.getfixturevalue("pg_server"))):
        started = time.perf_counter()
        aggregates, values = synthetic_national_hub(engine)
        print(f"\nsynthetic national hub on {kind}: {aggregates:,} aggregates, {values:,} values in "
              f"{time.perf_counter() - started:.1f} s")
        yield engine


# The same figures by hand: the sends in force of the period, one GROUP BY over their province totals, and
# each send's commune-months by completeness status (the province lines), counted in SQL from the JSON.
BY_HAND = (
    "SELECT id, province_unit, created_at, sequence, communes, communes_reporting, indicators, programme "
    "FROM aggregates_received WHERE period_code = :period AND replaced_by IS NULL",
    "SELECT v.indicator_code, sum(v.value), sum(v.numerator), sum(v.denominator), "
    "sum(CASE WHEN v.hidden <> '' THEN 1 ELSE 0 END), count(*) FROM aggregate_values v "
    "JOIN aggregates_received r ON r.id = v.aggregate_id "
    "WHERE r.period_code = :period AND r.replaced_by IS NULL AND v.unit_code = '' GROUP BY v.indicator_code",
)
COMPLETENESS_BY_HAND = {
    "sqlite": "SELECT r.id, json_extract(m.value, '$.status') AS status, count(*) FROM aggregates_received r, "
              "json_each(r.completeness) m WHERE r.period_code = :period AND r.replaced_by IS NULL GROUP BY 1, 2",
    "postgresql": "SELECT r.id, m.value ->> 'status' AS status, count(*) FROM aggregates_received r, "
                  "jsonb_array_elements(r.completeness::jsonb) m WHERE r.period_code = :period AND r.replaced_by IS NULL "
                  "GROUP BY 1, 2",
}


def _best(work: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    timings = []
    for _ in range(runs):
        cpu, started = time.process_time(), time.perf_counter()
        work()
        timings.append((time.perf_counter() - started, time.process_time() - cpu))
    return min(timings)


def test_national_report_against_its_group_by_by_hand(national_hub: Engine) -> None:
    period = periods.year(YEAR)
    kind = national_hub.dialect.name
    with national_hub.connect() as conn:
        report = compute_national(conn, period=period, generated_on=date(YEAR, 12, 31))
        assert report.sent == 34 and len(report.indicators) == len(indicators.load_default().indicators)
        ours, ours_cpu = _best(lambda: compute_national(conn, period=period, generated_on=date(YEAR, 12, 31)))

        def by_hand() -> None:
            for statement in (*BY_HAND, COMPLETENESS_BY_HAND[kind]):
                conn.execute(text(statement), {"period": period.code}).all()

        hand, hand_cpu = _best(by_hand)
    ratio = ours / hand
    print(f"\nnational report on {kind} (34 provinces, {sum(p.communes for p in report.provinces):,} communes, "
          f"{len(report.indicators)} indicators): {ours * 1000:.1f} ms (cpu {ours_cpu * 1000:.1f} ms; budget "
          f"{ABSOLUTE_BUDGET_S} s); by hand in SQL {hand * 1000:.1f} ms (cpu {hand_cpu * 1000:.1f} ms); ratio "
          f"{ratio:.2f} (budget {RATIO_BUDGET})")
    assert ours < ABSOLUTE_BUDGET_S
    assert ratio <= RATIO_BUDGET
