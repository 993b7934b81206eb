"""Report budgets (DESIGN §9, issue 6): run explicitly, `pytest tests/benchmarks/test_bench_reports.py -s`.

- a 200,000-row list export within 1.3× of bare openpyxl write_only writing the same cells, and
  under 150 MB peak memory (measured in a fresh interpreter);
- on a synthetic national year (3,321 communes, about a million records): the province report
  under 1 s and the national one under 5 s.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, create_engine, insert, select

from desktop.db import models as m
from desktop.db.base import Base
from desktop.domain import admin_units, periods
from desktop.reports import indicators
from desktop.reports.engine import compute_report
from desktop.reports.scope import Scope
from desktop.reports.lists import export_list, spec_for
from desktop.reports.model import UnitRef

LIST_ROWS = 200_000
LIST_RATIO_BUDGET = 1.3
LIST_MEMORY_BUDGET_MB = 150
PROVINCE_BUDGET_S = 1.0
NATIONAL_BUDGET_S = 5.0
YEAR = 2026


def _tagged(code: str) -> str:
    return f"{code}@{admin_units.ADMIN_VERSION}"


# --- synthetic data --------------------------------------------------------------------------------

def _day(rng: random.Random) -> date:
    return date(YEAR, 1, 1) + timedelta(days=rng.randrange(365))


def synthetic_year(engine: Engine, communes: list[str], *, seed: int = 2026) -> int:
    """A year of records for every commune (about 330 each: the national year is ~1.1 million rows).

    Per commune: 100 outreach sessions, 30 clients with 150 contacts and 10 referrals, 15 businesses
    with 20 inspections and 5 violations. Returns the number of rows written.
    """
    rng = random.Random(seed)
    forms = ["direct", "meeting", "leaflets", "loudspeaker", "peer_group", "event"]
    groups = ["business_workers", "industrial_workers", "students", "general_public", "sex_workers"]
    categories = ["education_vocational", "counselling_legal", "loans_jobs", "health_hiv", "harm_reduction"]
    types = ["accommodation", "karaoke", "massage_sauna", "bar", "dim_light_cafe"]
    total = 0
    batch: dict[Any, list[dict[str, Any]]] = {}

    def add(model: Any, row: dict[str, Any]) -> None:
        batch.setdefault(model, []).append(row)

    def flush() -> None:
        nonlocal total
        with engine.begin() as conn:
            for model in (m.OutreachSession, m.PartnerOrganisation, m.Client, m.ClientContact, m.Referral,
                          m.Establishment, m.Inspection, m.Violation):
                if batch.get(model):
                    conn.execute(insert(model), batch[model])
                    total += len(batch[model])
        batch.clear()

    for n, commune in enumerate(communes):
        unit = _tagged(commune)
        base = {"origin_unit": unit, "origin_device": "dev"}
        for s in range(100):
            male, female = rng.randrange(0, 30), rng.randrange(0, 30)
            add(m.OutreachSession, {**base, "id": f"{commune}-s{s}", "held_on": _day(rng), "place": "Nhà văn hóa",
                                    "form": rng.choice(forms), "target_group": rng.choice(groups),
                                    "participants_total": male + female, "participants_male": male,
                                    "participants_female": female, "target_members": male, "leaflets": 20})
        add(m.PartnerOrganisation, {**base, "id": f"{commune}-p", "name": "Trạm y tế", "kind": "health_station"})
        for c in range(30):
            first = _day(rng)
            add(m.Client, {**base, "id": f"{commune}-c{c}", "uic": f"U{c}", "uic_recipe": "v1",
                           "birth_year": rng.randrange(1960, 2010), "sex": rng.choice(["female", "female", "male"]),
                           "commune": unit, "workplace_type": "karaoke", "first_contact_on": first,
                           "first_contact_channel": "outreach", "status": "active", "status_on": first,
                           "last_contact_on": first})
        for k in range(150):
            add(m.ClientContact, {**base, "id": f"{commune}-k{k}", "client_id": f"{commune}-c{rng.randrange(30)}",
                                  "contacted_on": _day(rng), "category": rng.choice(categories)})
        for r in range(10):
            day = _day(rng)
            add(m.Referral, {**base, "id": f"{commune}-r{r}", "client_id": f"{commune}-c{rng.randrange(30)}",
                             "code": f"GT-{commune}{r:03d}", "referred_on": day, "category": rng.choice(categories),
                             "partner_id": f"{commune}-p", "status": "completed", "status_on": day, "closed_on": day,
                             "follow_up_on": day})
        for e in range(15):
            add(m.Establishment, {**base, "id": f"{commune}-e{e}", "name": "Cơ sở", "business_type": rng.choice(types),
                                  "address": "Thôn 1", "status": "operating"})
        for i in range(20):
            day = _day(rng)
            add(m.Inspection, {**base, "id": f"{commune}-i{i}", "establishment_id": f"{commune}-e{rng.randrange(15)}",
                               "inspected_on": day, "kind": "planned", "team_members": "Đội 178", "template_version": 1,
                               "started_at": datetime(day.year, day.month, day.day, 2, tzinfo=UTC)})
        for v in range(5):
            add(m.Violation, {**base, "id": f"{commune}-v{v}", "inspection_id": f"{commune}-i{rng.randrange(20)}",
                              "description": "Vi phạm", "handling": "fine_proposal", "proposed_amount": 1_000_000})
        if n % 200 == 199:
            flush()
    flush()
    return total


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("national") / "national.db"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    started = time.perf_counter()
    rows = synthetic_year(engine, [u.code for u in admin_units.all_communes()])
    print(f"\nsynthetic national year: {rows:,} rows in {time.perf_counter() - started:.1f} s")
    yield engine
    engine.dispose()


def _timed_report(engine: Engine, units: tuple[UnitRef, ...], *, runs: int = 3) -> tuple[float, float, int]:
    """Best wall time and its CPU time over `runs` (the first also warms the page cache, as a hub
    that has just imported would have it), and the sessions counted, as a sanity check."""
    definitions = indicators.load_default()
    scope = Scope(units, True, "Bộ Y tế")
    timings = []
    with engine.connect() as conn:
        for _ in range(runs):
            cpu, started = time.process_time(), time.perf_counter()
            report = compute_report(conn, definitions, period=periods.year(YEAR), scope=scope,
                                    generated_on=date(YEAR, 12, 31))
            timings.append((time.perf_counter() - started, time.process_time() - cpu))
    tt1 = next(i for i in report.indicators if i.code == "TT1")
    wall, cpu = min(timings)
    return wall, cpu, int(tt1.figure.value or 0)


def test_province_and_national_reports(national: Engine) -> None:
    province = tuple(UnitRef(_tagged(u.code), u.name) for u in admin_units.communes("25"))
    everyone = tuple(UnitRef(_tagged(u.code), u.name) for u in admin_units.all_communes())
    province_s, province_cpu, province_sessions = _timed_report(national, province)
    national_s, national_cpu, national_sessions = _timed_report(national, everyone)
    print(f"province report ({len(province)} communes, {province_sessions:,} sessions): {province_s:.2f} s "
          f"(cpu {province_cpu:.2f} s; budget {PROVINCE_BUDGET_S} s)")
    print(f"national report ({len(everyone)} communes, {national_sessions:,} sessions): {national_s:.2f} s "
          f"(cpu {national_cpu:.2f} s; budget {NATIONAL_BUDGET_S} s)")
    assert province_sessions == 100 * len(province) and national_sessions == 100 * len(everyone)
    assert province_s < PROVINCE_BUDGET_S
    assert national_s < NATIONAL_BUDGET_S


# --- the 200,000-row list ---------------------------------------------------------------------------

# Peak memory of the export in a fresh interpreter: VmHWM, the high-water mark of this process's own
# memory. (ru_maxrss would not do: Linux carries the parent's peak over to a forked child, and the
# pytest process holding 200,000 rows for the yardstick is far bigger. tracemalloc is not used
# either: it multiplies both time and resident memory several times over.)
_MEASURE = """
import json, sys, time
from pathlib import Path
from sqlalchemy import create_engine
from desktop.reports.lists import export_list, spec_for

def high_water_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")

engine = create_engine("sqlite:///" + sys.argv[1])
before = high_water_mb()
started = time.perf_counter()
with engine.connect() as conn:
    rows = export_list(conn, spec_for("sessions"), path=Path(sys.argv[2]), unit_names={})
print(json.dumps({"rows": rows, "seconds": time.perf_counter() - started, "before_mb": before,
                  "max_rss_mb": high_water_mb()}))
"""


@pytest.fixture(scope="module")
def list_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("list") / "list.db"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    rng = random.Random(7)
    with engine.begin() as conn:
        for start in range(0, LIST_ROWS, 50_000):
            conn.execute(insert(m.OutreachSession), [
                {"id": f"s{n:07d}", "origin_unit": "08500@2025-07", "origin_device": "dev", "held_on": _day(rng),
                 "place": f"Nhà văn hóa thôn {n % 40}", "form": "meeting", "target_group": "students",
                 "topics": "law drugs", "participants_total": 30, "participants_male": 12, "participants_female": 18,
                 "target_members": 25, "leaflets": 30, "organiser": "Hội Phụ nữ xã", "notes": "riêng"}
                for n in range(start, min(start + 50_000, LIST_ROWS))])
    engine.dispose()
    return path


def _bare_write(cells: list[list[Any]], header: list[str], path: Path) -> float:
    """The yardstick: openpyxl write_only writing the same header and cells, nothing else."""
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Buổi truyền thông")
    sheet.append(header)
    for row in cells:
        sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - started


def test_list_export_against_bare_openpyxl(list_db: Path, tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{list_db}")
    with engine.connect() as conn:
        ours_path = tmp_path / "ours.xlsx"
        started = time.perf_counter()
        written = export_list(conn, spec_for("sessions"), path=ours_path, unit_names={})
        ours = time.perf_counter() - started
    engine.dispose()
    # The very cells we wrote, read back and held in memory, so the yardstick pays no query at all.
    from openpyxl import load_workbook

    book = load_workbook(ours_path, read_only=True)
    rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    bare = _bare_write(rows[1:], rows[0], tmp_path / "bare.xlsx")
    del rows
    measured = json.loads(subprocess.run([sys.executable, "-c", _MEASURE, str(list_db), str(tmp_path / "m.xlsx")],
                                         capture_output=True, text=True, check=True).stdout)
    ratio = ours / bare
    print(f"\nlist export of {written:,} rows: ours {ours:.2f} s, bare openpyxl {bare:.2f} s, ratio {ratio:.2f} "
          f"(budget {LIST_RATIO_BUDGET}); fresh process: {measured['seconds']:.2f} s, peak RSS "
          f"{measured['max_rss_mb']:.1f} MB of which {measured['before_mb']:.1f} MB before the export "
          f"(budget {LIST_MEMORY_BUDGET_MB} MB)")
    assert written == measured["rows"] == LIST_ROWS
    assert ratio <= LIST_RATIO_BUDGET
    assert measured["max_rss_mb"] < LIST_MEMORY_BUDGET_MB


def test_synthetic_year_is_what_it_says(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'two.db'}")
    Base.metadata.create_all(engine)
    assert synthetic_year(engine, ["08500", "08218"]) == 2 * (100 + 1 + 30 + 150 + 10 + 15 + 20 + 5)
    with engine.connect() as conn:
        assert conn.execute(select(m.OutreachSession.origin_unit).distinct()).scalars().all() != []
    engine.dispose()


# --- the national report against its own GROUP BYs (issue 12 point 5) ---------------------------------
#
# What this measures is a regional hub counting raw records of all 3,321 communes with the indicator engine
# (a very large province hub's path). The national office itself reports from the provinces' aggregate
# bundles: tests/benchmarks/test_bench_national.py.

NATIONAL_ON_CIPHER_BUDGET_S = 3.0
NATIONAL_RATIO_BUDGET = 1.5


@pytest.fixture(scope="module")
def national_cipher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The same national year in an encrypted register file, as a hub keeps it (SQLCipher, the app's pragmas)."""
    from desktop.db.engine import open_engine

    path = tmp_path_factory.mktemp("national-cipher") / "register.db"
    engine = open_engine(path, bytes(range(32)), must_exist=False)
    Base.metadata.create_all(engine)
    started = time.perf_counter()
    rows = synthetic_year(engine, [u.code for u in admin_units.all_communes()])
    print(f"\nsynthetic national year in SQLCipher: {rows:,} rows in {time.perf_counter() - started:.1f} s")
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def national_server(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """The same national year on a PostgreSQL server (tests/engines.py: HOANHAP_TEST_PG or a throw-away cluster)."""
    from tests.engines import create_database, drop_database

    server = str(request.getfixturevalue("pg_server"))
    name = f"hoanhap_bench_reports_{random.randrange(16 ** 6):06x}"
    engine = create_engine(create_database(server, name))
    Base.metadata.create_all(engine)
    started = time.perf_counter()
    rows = synthetic_year(engine, [u.code for u in admin_units.all_communes()])
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")  # as autovacuum would have after an import of that size
    print(f"\nsynthetic national year on PostgreSQL: {rows:,} rows in {time.perf_counter() - started:.1f} s")
    try:
        yield engine
    finally:
        engine.dispose()
        drop_database(server, name)


def _report_statements(engine: Engine, scope: Scope, *, merge: bool) -> list[tuple[str, Any]]:
    """The SELECTs a report runs, with their parameters, as the driver received them."""
    from sqlalchemy import event

    captured: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):  # not BEGIN, not the page cache's PRAGMA
            captured.append((statement, parameters))

    with engine.connect() as conn:
        event.listen(engine, "before_cursor_execute", capture)
        compute_report(conn, indicators.load_default(), period=periods.year(YEAR), scope=scope,
                       generated_on=date(YEAR, 12, 31), merge=merge)
        event.remove(engine, "before_cursor_execute", capture)
    return captured


_ONE_VALUE_UNITS = {
    # sql.InUnits: the scope's communes as one bound value, on each engine.
    "postgresql": re.compile(r"= ANY\(%\((units_\d+)\)s::VARCHAR\[\]\)"),
    "sqlite": re.compile(r"IN \(SELECT value FROM json_each\(\?\)\)"),
}


def _as_in_lists(kind: str, statements: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The same statements as the report sent them before sql.InUnits: one bound parameter per commune in an
    IN list (what SQLAlchemy's expanding `in_` renders), so the gain of the single value is measured."""
    pattern = _ONE_VALUE_UNITS[kind]
    found = []
    for statement, parameters in statements:
        if kind == "postgresql":
            params = dict(parameters)
            for name in set(pattern.findall(statement)):  # one value may be rendered twice (a UNION's halves)
                units = params.pop(name)
                params.update({f"{name}_{n}": u for n, u in enumerate(units, start=1)})
                listed = ", ".join(f"%({name}_{n})s::VARCHAR" for n in range(1, len(units) + 1))
                statement = statement.replace(f"= ANY(%({name})s::VARCHAR[])", f"IN ({listed})")
            found.append((statement, params))
            continue
        values, text, at = list(parameters), "", 0
        for match in pattern.finditer(statement):
            place = statement[:match.start()].count("?") + (len(values) - len(parameters))
            units = json.loads(values[place])
            values[place:place + 1] = units
            text += statement[at:match.start()] + "IN (" + ", ".join("?" * len(units)) + ")"
            at = match.end()
        found.append((text + statement[at:], tuple(values)))
    return found


def _filtered_statements(engine: Engine, scope: Scope) -> list[tuple[str, Any]]:
    """The merged report's statements as they are when the commune filter is never dropped (merged.compute)."""
    from desktop.reports import merged

    kept = merged.WHOLE_STORE_MIN
    merged.WHOLE_STORE_MIN = sys.maxsize
    try:
        return _report_statements(engine, scope, merge=True)
    finally:
        merged.WHOLE_STORE_MIN = kept


def _by_hand(engine: Engine, statements: list[tuple[str, Any]], *, runs: int = 3) -> tuple[float, float]:
    """Best wall and its CPU time of the statements as plain SQL text through the driver, rows fetched."""
    raw = engine.raw_connection()
    try:
        if engine.dialect.name == "sqlite":  # the page cache the report gives itself (reports/reading.py)
            from desktop.reports.reading import REPORT_CACHE_MB

            raw.cursor().execute(f"PRAGMA cache_size = -{REPORT_CACHE_MB * 1024}")
        timings = []
        for _ in range(runs):
            cpu, started = time.process_time(), time.perf_counter()
            cursor = raw.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            timings.append((time.perf_counter() - started, time.process_time() - cpu))
        return min(timings)
    finally:
        raw.close()


def _timed(engine: Engine, scope: Scope, *, merge: bool, runs: int = 3) -> tuple[float, float]:
    timings = []
    with engine.connect() as conn:
        for _ in range(runs):
            cpu, started = time.process_time(), time.perf_counter()
            compute_report(conn, indicators.load_default(), period=periods.year(YEAR), scope=scope,
                           generated_on=date(YEAR, 12, 31), merge=merge)
            timings.append((time.perf_counter() - started, time.process_time() - cpu))
    return min(timings)


@pytest.mark.parametrize("store", ["national_cipher", "national_server"])
def test_national_report_against_the_same_group_bys_by_hand(store: str, request: pytest.FixtureRequest) -> None:
    """The whole national report (every indicator, breakdown, per-commune sheet, suppression) against the
    GROUP BY statements it needs, run as plain SQL text through the driver on the same connection.

    The statements are taken from the engine once (untimed) with their parameters, so the yardstick
    does exactly the database's share of the work and nothing else; the ratio is what the engine
    adds on top (building the statements, assembling figures, targets and suppression in Python).
    The reference path (one statement per figure, merge=False) is timed in the same run, with its own
    statements by hand too: the gain of merging is measured, not assumed.
    """
    engine: Engine = request.getfixturevalue(store)
    kind = engine.dialect.name
    everyone = tuple(UnitRef(_tagged(u.code), u.name) for u in admin_units.all_communes())
    scope = Scope(everyone, True, "Bộ Y tế")
    _, _, sessions = _timed_report(engine, everyone, runs=1)  # warms the cache as a hub that just imported
    assert sessions == 100 * len(everyone)
    lines = []
    for merge in (True, False):
        statements = _report_statements(engine, scope, merge=merge)
        ours, ours_cpu = _timed(engine, scope, merge=merge)
        hand, hand_cpu = _by_hand(engine, statements)
        lines.append((merge, len(statements), ours, ours_cpu, hand, hand_cpu))
        print(f"\nnational year on {kind}, {'merged' if merge else 'reference'} ({len(statements)} statements): "
              f"report {ours:.2f} s (cpu {ours_cpu:.2f} s); its statements by hand {hand:.2f} s (cpu {hand_cpu:.2f} s); "
              f"ratio {ours / hand:.2f} (cpu {ours_cpu / hand_cpu:.2f})")
        if merge:  # the yardstick follows the report's statements: what they cost as they were before
            before, before_cpu = _by_hand(engine, _as_in_lists(kind, _filtered_statements(engine, scope)))
            print(f"national year on {kind}: the same figures' statements with the commune filter everywhere and "
                  f"the communes as an IN list of one parameter each (before sql.InUnits and merged.WHOLE_STORE_MIN), "
                  f"by hand {before:.2f} s (cpu {before_cpu:.2f} s)")
    merged, reference = lines
    print(f"national year on {kind}: merged against the reference path {merged[2] / reference[2]:.2f} "
          f"(budget {NATIONAL_ON_CIPHER_BUDGET_S} s absolute, {NATIONAL_RATIO_BUDGET} as a ratio to its GROUP BYs)")
    assert merged[2] / merged[4] <= NATIONAL_RATIO_BUDGET
    assert merged[2] < NATIONAL_ON_CIPHER_BUDGET_S
