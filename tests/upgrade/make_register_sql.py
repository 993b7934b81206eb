"""Record a released schema revision's registers as SQL: a commune and its hub, data in every table.

Run it with the code of the release whose database is recorded, e.g. for revision 0001 (the last
commit before migration 0002 was added):

    mkdir /tmp/r1 && git archive 1a62a82^ | tar -x -C /tmp/r1
    cd /tmp/r1 && PYTHONPATH=/tmp/r1 <venv>/bin/python <repo>/tests/upgrade/make_register_sql.py \
        --out <repo>/tests/upgrade/0001 --made-by 1a62a82^

That release's own services fill a commune (demo fillers, an erasure, a closed period, a sent and
acknowledged bundle) and a hub (the bundle imported). Each register is then cut down to a few rows
per table (keeping every row that a kept row refers to, and the audit chain's first entries), one
inspection record is printed with that release's code (its text kept in about.json), and every
table is written out as INSERT statements in parent-before-child order. The test replays them on
an empty register migrated to the same revision by the migrations themselves, then opens it at head.
It uses only APIs every release has.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.migrate import current_revision
from desktop.db.models import Client, Inspection
from desktop.demo.office import FILLERS
from desktop.domain import periods
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.services.inspections.inspection_printing import print_inspection_record
from tests.conftest import ADMIN, NOW, PASSWORD, Opened, make_register

ROOTS_KEPT = 3  # rows kept of a table that refers to no other table
AUDIT_KEPT = 60  # the audit chain's first entries (a prefix still verifies)
PROVINCE = "25"
SKIPPED = ("alembic_version", "sqlite_sequence")


def open_office(root: Path, clock: FixedClock, role: OfficeRole) -> Opened:
    recovery = make_register(root, clock, role=role, commune="08500")
    data_dir = DataDir(root)
    register, admin = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    return Opened(build_services(register), admin, data_dir, clock, recovery)


def fill(commune: Opened, hub: Opened, work: Path) -> None:
    hub_card = hub.services.sync.own_card(hub.admin)
    commune.services.sync.enrol(commune.admin, hub_card.data, confirmed_fingerprint=hub_card.fingerprint)
    commune_card = commune.services.sync.own_card(commune.admin)
    hub.services.sync.enrol(hub.admin, commune_card.data, confirmed_fingerprint=commune_card.fingerprint)
    rng = random.Random(5)
    for filler in FILLERS:
        filler(commune.services, commune.admin, rng, commune.clock.today())
    if hasattr(commune.services, "reports") and hasattr(commune.services.reports, "set_parameter"):
        commune.services.reports.set_parameter(commune.admin, "students", period=periods.quarter(2026, 3), value=412)
    with commune.services.register.uow() as uow:
        client_id, code = uow.session.execute(select(Client.id, Client.uic).order_by(Client.id)).first()
    commune.services.client_rights.erase(commune.admin, client_id, confirm_code=code)
    commune.services.sync.close_period(commune.admin, "2026-10")
    usb = work / "usb"
    usb.mkdir()
    exported = commune.services.sync.export_bundle(commune.admin, usb).value
    hub.services.sync.import_bundles(hub.admin, [f.path for f in exported.files], receipt_folder=usb / "receipts")
    for receipt in sorted((usb / "receipts").iterdir()):
        commune.services.sync.import_receipt(commune.admin, receipt)


def _tables(conn: Connection) -> list[str]:
    """Every table, parents before children (by the foreign keys SQLite knows)."""
    names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
             if r[0] not in SKIPPED]
    parents = {n: {r[2] for r in conn.execute(text(f'PRAGMA foreign_key_list("{n}")')) if r[2] != n} for n in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        for name in names:
            if name not in ordered and parents[name] <= set(ordered):
                ordered.append(name)
    return ordered


def prune(opened: Opened) -> None:
    """A few rows per table, every row a kept row refers to, and only this province's units."""
    with opened.services.register.engine.connect() as conn:
        # Parents go first, their children after: enforcement would refuse the order, so off (outside a transaction).
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        for name in _tables(conn):
            keys = [(r[3], r[2], r[4]) for r in conn.execute(text(f'PRAGMA foreign_key_list("{name}")'))]
            if name == "admin_units":
                conn.execute(text("DELETE FROM admin_units WHERE province_code != :p"), {"p": PROVINCE})
                continue
            if name == "audit_log":
                conn.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": AUDIT_KEPT})
                continue
            if not keys:
                conn.execute(text(f'DELETE FROM "{name}" WHERE rowid NOT IN '
                                  f'(SELECT rowid FROM "{name}" ORDER BY rowid LIMIT {ROOTS_KEPT})'))
                continue
            # A child row stays only when every row it refers to stayed.
            for column, parent, target in keys:
                conn.execute(text(f'DELETE FROM "{name}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
                                  f'(SELECT "{target}" FROM "{parent}")'))
        conn.commit()
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        return "X'" + value.hex() + "'"
    return "'" + str(value).replace("'", "''") + "'"


def dump(opened: Opened) -> tuple[str, dict[str, int]]:
    lines = [f"-- written by tests/upgrade/make_register_sql.py at revision "
             f"{current_revision(opened.services.register.engine)}"]
    counts: dict[str, int] = {}
    with opened.services.register.engine.connect() as conn:
        for name in _tables(conn):
            result = conn.execute(text(f'SELECT * FROM "{name}" ORDER BY rowid'))
            columns = ", ".join(f'"{c}"' for c in result.keys())
            rows = result.all()
            counts[name] = len(rows)
            lines += [f'INSERT INTO "{name}" ({columns}) VALUES ({", ".join(map(_literal, row))});' for row in rows]
    return "\n".join(lines) + "\n", counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--made-by", required=True)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    clock = FixedClock(NOW)
    with tempfile.TemporaryDirectory() as work:
        commune = open_office(Path(work) / "commune", clock, OfficeRole.COMMUNE)
        hub = open_office(Path(work) / "hub", clock, OfficeRole.HUB)
        fill(commune, hub, Path(work))
        prune(commune)
        prune(hub)
        with commune.services.register.uow() as uow:
            inspection_id = uow.session.execute(select(Inspection.id).order_by(Inspection.id)).scalars().first()
        pdf = Path(work) / "record.pdf"
        print_inspection_record(commune.services.register, commune.admin, inspection_id, pdf)
        printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout
        about: dict[str, Any] = {"made_by": args.made_by, "revision": current_revision(commune.services.register.engine),
                                 "inspection_id": inspection_id, "inspection_text": printed}
        for name, opened in (("commune", commune), ("hub", hub)):
            sql, counts = dump(opened)
            (out / f"{name}.sql").write_text(sql, encoding="utf-8")
            about[f"{name}_rows"] = counts
            opened.services.register.close()
    (out / "about.json").write_text(json.dumps(about, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in about.items() if k.endswith("_rows")}))


if __name__ == "__main__":
    main()
