"""Benchmark: a synthetic province-year and national-year imported at a hub, against plain sqlite3.executemany.

Run explicitly (pytest ignores tests/benchmarks by default):
    python -m pytest -p no:cacheprovider tests/benchmarks/test_bench_sync.py -s
HOANHAP_BENCH_NATIONAL=<communes> sizes the national run (default 3321; 0 skips it).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import create_engine, insert, select

from desktop.bootstrap import build_services
from desktop.db.base import Base
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.db.models import DeviceKey, OfficeCard
from desktop.domain import admin_units
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.sync import receipts
from desktop.sync.age_crypto import AgeIdentity, decrypt
from desktop.sync.container import read_container, read_inner_payload, write_container
from desktop.sync.export import Sender, bundle_file_name, seal_bundle
from desktop.sync.minisign import SigningKey
from desktop.sync.payload import TableSpec, converter, table_specs
from tests.conftest import ADMIN, NOW, PASSWORD, Opened, make_register
from tests.sync.sync_helpers import exchange_cards

# A commune-year: about 300 records (a million over 3,321 communes), in the proportions a commune keeps.
YEAR_MIX = {"outreach_sessions": 24, "partner_organisations": 6, "clients": 25, "consents": 30,
            "client_status_changes": 25, "client_contacts": 100, "referrals": 10, "establishments": 15,
            "inspections": 25, "inspection_results": 30, "violations": 5, "period_closures": 12}
START = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)


class Synthetic:
    """Type-correct records for any synced table, children pointing at parents of the same commune."""

    def __init__(self, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self.serial = 0

    def value(self, spec: TableSpec, column: Any, parents: dict[str, list[str]]) -> Any:
        self.serial += 1
        for name, parent in spec.references:
            if name == column.name:
                ids = parents.get(parent)
                return self.rng.choice(ids) if ids else str(uuid.uuid4())
        if column.kind == "int":
            return self.rng.randint(0, 90)
        if column.kind == "bool":
            return self.rng.random() < 0.1
        if column.kind == "float":
            return self.rng.random() * 100
        if column.kind == "date":
            return (date(2026, 1, 1) + timedelta(days=self.rng.randrange(330))).isoformat()
        if column.kind == "datetime":
            return (START + timedelta(minutes=self.rng.randrange(475_000))).isoformat()
        limit = column.max_length or 200
        text = f"Thôn Đồng Xuân số {self.serial}" if limit >= 40 else f"c{self.serial:x}"
        return text[:limit]

    def commune_year(self, origin: str, device: str) -> dict[str, list[bytes]]:
        specs = table_specs()
        parents: dict[str, list[str]] = {}
        tables: dict[str, list[bytes]] = {}
        for name, spec in specs.items():
            lines = []
            for _ in range(YEAR_MIX.get(name, 0)):
                record = {}
                for column in spec.columns:
                    if column.name in ("deleted_at", "author") or (column.nullable and self.rng.random() < 0.3):
                        record[column.name] = None
                    else:
                        record[column.name] = self.value(spec, column, parents)
                stamp = (START + timedelta(minutes=self.rng.randrange(475_000))).isoformat()
                record.update(id=str(uuid.uuid4()), origin_unit=origin, origin_device=device, version=1,
                              created_at=stamp, updated_at=stamp)
                parents.setdefault(name, []).append(record["id"])
                lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode())
            if lines:
                tables[name] = lines
        return tables


@dataclass
class Corpus:
    folder: Path
    bundles: list[Path]
    records: int
    seconds: float


def _hub(root: Path, clock: FixedClock) -> Iterator[Opened]:
    recovery = make_register(root, clock, role=OfficeRole.HUB)
    register, admin = auth.login(DataDir(root), ADMIN, PASSWORD, clock=clock)
    try:
        yield Opened(build_services(register), admin, DataDir(root), clock, recovery)
    finally:
        register.close()


def _build(hub: Opened, units: list[admin_units.Unit], folder: Path) -> Corpus:
    """One signed, encrypted commune-year bundle per unit, each unit's card enrolled at the hub."""
    started = time.perf_counter()
    folder.mkdir(parents=True)
    synthetic = Synthetic()
    with hub.services.register.uow() as uow:
        recipient = uow.session.execute(select(DeviceKey.public).where(DeviceKey.kind == "age")).scalar_one()
    bundles, records, cards = [], 0, []
    for unit in units:
        key, device = SigningKey.generate(), str(uuid.uuid4())
        sender = Sender(unit.tagged_code, unit.province_code, device, key)
        tables = synthetic.commune_year(unit.tagged_code, device)
        records += sum(len(lines) for lines in tables.values())
        sealed = seal_bundle(sender=sender, recipients=[recipient, AgeIdentity.generate().recipient],
                             bundle_id=str(uuid.uuid4()), sequence=1, created_at=NOW, tables=tables,
                             previous_sha256="", periods=[f"2026-{m:02d}" for m in range(1, 12)])
        path = folder / bundle_file_name(unit.province_code, unit.code, 1)
        write_container(path, envelope=sealed.envelope, payload=sealed.payload, signature=sealed.signature)
        bundles.append(path)
        public = key.public_key()
        cards.append(dict(role="commune", unit_code=unit.code, admin_version=admin_units.ADMIN_VERSION,
                          province_code=unit.province_code, unit_name=unit.name, device_id=device,
                          key_id=key.key_id_hex, minisign_public=public.to_minisign(),
                          age_recipient=recipient, fingerprint=public.fingerprint_groups(), card_created_at=NOW,
                          enrolled_at=NOW))
    with hub.services.register.uow() as uow:
        uow.session.execute(insert(OfficeCard), cards)  # the phone calls, done in bulk
        uow.commit()
    return Corpus(folder, bundles, records, time.perf_counter() - started)


def _raw_rows(path: Path, identity: str) -> dict[str, list[tuple[Any, ...]]]:
    """The bundle's rows as plain tuples in the database's storage format (not timed)."""
    files = read_inner_payload(decrypt(read_container(path, max_payload_bytes=1 << 28).payload, [identity]),
                               max_total=1 << 30)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for name, spec in table_specs().items():
        data = files.get(f"{name}.jsonl")
        if not data:
            continue
        converters = [(c.name, converter(c)) for c in spec.columns]
        local = list(spec.local_defaults.items())
        out = []
        for line in data.splitlines():
            record = json.loads(line)
            values = [_storage(convert(record.get(column))) for column, convert in converters]
            out.append(tuple(values) + tuple(v for _, v in local))
        rows[name] = out
    return rows


def _storage(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _raw_insert(corpus: Corpus, identity: str, path: Path, *, per_bundle_commit: bool,
                encrypted: bool = False) -> float:
    """Seconds spent in executemany (+ commits) inserting the same rows into plain SQLite, same schema.

    `encrypted`: the same into a SQLCipher file, to show what encryption at rest alone costs.
    """
    key = bytes(range(32))
    engine = open_engine(path, key, must_exist=False) if encrypted else create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    conn = (sqlcipher3 if encrypted else sqlite3).connect(str(path), isolation_level=None)
    if encrypted:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    specs = table_specs()
    statements = {name: "INSERT INTO {} ({}) VALUES ({})".format(
        name, ", ".join([*spec.column_names, *spec.local_defaults]),
        ", ".join("?" * (len(spec.column_names) + len(spec.local_defaults)))) for name, spec in specs.items()}
    spent = 0.0
    if not per_bundle_commit:
        conn.execute("BEGIN")
    for bundle in corpus.bundles:
        rows = _raw_rows(bundle, identity)
        started = time.perf_counter()
        if per_bundle_commit:
            conn.execute("BEGIN")
        for name, values in rows.items():
            conn.executemany(statements[name], values)
        if per_bundle_commit:
            conn.execute("COMMIT")
        spent += time.perf_counter() - started
    if not per_bundle_commit:
        started = time.perf_counter()
        conn.execute("COMMIT")
        spent += time.perf_counter() - started
    conn.close()
    return spent


def _measure(label: str, hub: Opened, corpus: Corpus, tmp: Path) -> dict[str, float]:
    started = time.perf_counter()
    summary = hub.services.sync.import_bundles(hub.admin, [corpus.folder], receipt_folder=tmp / f"{label}-receipts")
    service = time.perf_counter() - started
    refused = [i for i in summary.value.items if i.refused]
    assert not refused, refused[:3]
    # The receipts (one signed, fsynced file per commune) come after the import proper; time them alone.
    started = time.perf_counter()
    with hub.services.register.uow() as uow:
        for item in summary.value.items:
            receipts.write_receipt(uow.session, folder=tmp / f"{label}-receipts", now=NOW,
                                   commune_unit=item.report.sender_unit)  # type: ignore[union-attr]
    receipting = time.perf_counter() - started
    imported = service - receipting
    identity = _identity(hub)
    raw_each = _raw_insert(corpus, identity, tmp / f"{label}-raw-each.db", per_bundle_commit=True)
    raw_once = _raw_insert(corpus, identity, tmp / f"{label}-raw-once.db", per_bundle_commit=False)
    cipher_once = _raw_insert(corpus, identity, tmp / f"{label}-cipher-once.db", per_bundle_commit=False,
                              encrypted=True)
    n = corpus.records
    figures = {"bundles": len(corpus.bundles), "records": n, "generate_s": corpus.seconds, "import_s": imported,
               "service_s": service,
               "import_rate": n / imported, "raw_each_rate": n / raw_each, "raw_once_rate": n / raw_once,
               "cipher_once_rate": n / cipher_once}
    print(f"\n[{label}] {len(corpus.bundles)} bundles, {n:,} records (generated in {corpus.seconds:.1f} s)")
    print(f"  hub import (verify, decrypt, validate, merge, audit, commit): {imported:.1f} s = {n / imported:,.0f} rec/s;"
          f" with the {len(corpus.bundles)} receipts: {service:.1f} s = {n / service:,.0f} rec/s")
    print(f"  plain sqlite3.executemany, commit per bundle: {n / raw_each:,.0f} rec/s "
          f"-> import at {raw_each / imported:.2f}x of raw")
    print(f"  plain sqlite3.executemany, one transaction:   {n / raw_once:,.0f} rec/s "
          f"-> import at {raw_once / imported:.2f}x of raw (target >= 0.33)")
    print(f"  same executemany into SQLCipher, one transaction: {n / cipher_once:,.0f} rec/s "
          f"-> import at {cipher_once / imported:.2f}x (the register is always encrypted)")
    return figures


def _identity(hub: Opened) -> str:
    with hub.services.register.uow() as uow:
        return uow.session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")).scalar_one()


def test_province_year(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    for hub in _hub(tmp_path / "hub", clock):
        corpus = _build(hub, list(admin_units.communes("25")), tmp_path / "province")
        assert len(corpus.bundles) == 148
        _measure("province-year, Phú Thọ", hub, corpus, tmp_path)


def test_national_year(tmp_path: Path) -> None:
    wanted = int(os.environ.get("HOANHAP_BENCH_NATIONAL", "3321"))
    if wanted <= 0:
        pytest.skip("HOANHAP_BENCH_NATIONAL=0")
    units = list(admin_units.all_communes())[:wanted]
    clock = FixedClock(NOW)
    for hub in _hub(tmp_path / "hub", clock):
        corpus = _build(hub, units, tmp_path / "national")
        figures = _measure(f"national-year, {len(units)} communes", hub, corpus, tmp_path)
        if len(units) < 3321:
            scale = 3321 / len(units)
            print(f"  extrapolated to 3,321 communes: {figures['records'] * scale:,.0f} records, "
                  f"import about {figures['import_s'] * scale / 60:.1f} min at the measured rate")


def test_commune_year_export(opened: Opened, hub: Opened, tmp_path: Path) -> None:
    exchange_cards(opened, hub)
    synthetic = Synthetic(seed=7)
    office = opened.services.register.office
    tables = synthetic.commune_year(office.origin_unit, office.device_id)
    specs = table_specs()
    with opened.services.register.uow() as uow:
        for name, lines in tables.items():
            spec = specs[name]
            rows = []
            for line in lines:
                record = json.loads(line)
                rows.append({c.name: converter(c)(record[c.name]) for c in spec.columns})
            uow.session.execute(insert(spec.table), rows)
        uow.commit()
    count = sum(len(lines) for lines in tables.values())
    usb = tmp_path / "usb"
    usb.mkdir()
    timings = []
    for full in (False, True):
        started = time.perf_counter()
        result = opened.services.sync.export_bundle(opened.admin, usb, full=full).value
        timings.append(time.perf_counter() - started)
        assert result.record_count == count
    print(f"\n[commune-year export] {count} records: first export {timings[0] * 1000:.0f} ms, "
          f"full re-send {timings[1] * 1000:.0f} ms (target < 1000 ms), file {result.files[0].size:,} bytes")
