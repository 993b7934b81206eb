"""Benchmark: a synthetic province-year and national-year imported at a hub, against plain sqlite3.executemany.

Run explicitly (pytest ignores tests/benchmarks by default):
    python -m pytest -p no:cacheprovider tests/benchmarks/test_bench_sync.py -s
HOANHAP_BENCH_NATIONAL=<communes> sizes the national run (default 3321; 0 skips it).

The province-year runs twice (issue 14): on clean data (every record keeps the forms' rules: the
realistic case, nothing held) and on dirty data (type-correct but mostly rule-breaking: about
three records in four are held in the quarantine and listed in the receipts).
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
from desktop.domain.clients import (
    ClientStatus,
    ConsentScope,
    ContactChannel,
    ContactTopic,
    ServiceCategory,
    WorkplaceType,
)
from desktop.domain.codes import OfficeRole, Sex
from desktop.domain.establishments import BusinessType
from desktop.domain.outreach import OutreachForm, TargetGroup, Topic
from desktop.domain.referrals import PartnerKind, ReferralStatus
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.sync import receipts
from desktop.sync.age_crypto import AgeIdentity, decrypt
from desktop.sync.container import read_container, read_inner_payload, write_container
from desktop.sync.export import Sender, bundle_file_name, seal_bundle
from desktop.sync.minisign import SigningKey
from desktop.sync.payload import TableSpec, converter, table_specs
from desktop.sync.rules import check_day, record_problems
from tests.conftest import ADMIN, NOW, PASSWORD, Opened, make_register
from tests.sync.sync_helpers import exchange_cards

# A commune-year: about 300 records (a million over 3,321 communes), in the proportions a commune keeps.
YEAR_MIX = {"outreach_sessions": 24, "partner_organisations": 6, "clients": 25, "consents": 30,
            "client_status_changes": 25, "client_contacts": 100, "referrals": 10, "establishments": 15,
            "inspections": 25, "inspection_results": 30, "violations": 5, "period_closures": 12}
START = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)


# Code columns and the code lists their values come from (clean data only).
CODES: dict[tuple[str, str], Any] = {
    ("outreach_sessions", "form"): OutreachForm, ("outreach_sessions", "target_group"): TargetGroup,
    ("clients", "sex"): Sex, ("clients", "first_contact_channel"): ContactChannel, ("clients", "status"): ClientStatus,
    ("clients", "workplace_type"): WorkplaceType, ("client_contacts", "category"): ServiceCategory,
    ("client_status_changes", "status"): ClientStatus, ("consents", "scope"): ConsentScope,
    ("establishments", "business_type"): BusinessType, ("partner_organisations", "kind"): PartnerKind,
    ("referrals", "category"): ServiceCategory,
}
TOPICS = {"outreach_sessions": Topic, "client_contacts": ContactTopic}


class Synthetic:
    """Type-correct records for any synced table, children pointing at parents of the same commune.

    `clean`: every record also keeps the domain's rules (codes from the code lists, counts that add
    up, dates in order), as a commune's forms make them; checked with the hub's own rules.
    """

    def __init__(self, seed: int = 2026, *, clean: bool = False) -> None:
        self.rng = random.Random(seed)
        self.serial = 0
        self.clean = clean

    def make_valid(self, name: str, record: dict[str, Any]) -> None:
        rng = self.rng
        for (table, column), codes in CODES.items():
            if table == name:
                record[column] = rng.choice(list(codes)).value
        if name in TOPICS:
            record["topics"] = " ".join(sorted({rng.choice(list(TOPICS[name])).value for _ in range(2)}))
        if name == "outreach_sessions":
            male, female, other = rng.randint(0, 40), rng.randint(1, 40), rng.randint(0, 2)
            target = rng.randint(0, male + female + other)
            record.update(participants_male=male, participants_female=female, participants_other=other,
                          participants_total=male + female + other, target_members=target,
                          newly_reached=rng.randint(0, target) if rng.random() < 0.7 else None)
        elif name == "clients":
            # First met at the start of the year: the commune's contacts with them (any day of it) come after.
            record.update(birth_year=rng.randint(1970, 2006), first_contact_on="2026-01-01")
        elif name == "consents":
            record["withdrawn_on"] = None
        elif name == "establishments":
            record.update(status="operating", closed_on=None)
        elif name == "referrals":
            record.update(status=rng.choice([ReferralStatus.SENT, ReferralStatus.ACCEPTED]).value,
                          follow_up_on=record["referred_on"])

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
                if self.clean:
                    self.make_valid(name, record)
                    _assert_valid(spec, record)
                parents.setdefault(name, []).append(record["id"])
                lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode())
            if lines:
                tables[name] = lines
        return tables


def _assert_valid(spec: TableSpec, record: dict[str, Any]) -> None:
    values = {c.name: None if record.get(c.name) is None else converter(c)(record[c.name]) for c in spec.columns}
    problems = record_problems(spec.name, values, today=check_day(NOW))
    assert not problems, (spec.name, problems)


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


def _build(hub: Opened, units: list[admin_units.Unit], folder: Path, *, clean: bool = False) -> Corpus:
    """One signed, encrypted commune-year bundle per unit, each unit's card enrolled at the hub."""
    started = time.perf_counter()
    folder.mkdir(parents=True)
    synthetic = Synthetic(clean=clean)
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
                encrypted: bool = False) -> tuple[float, float]:
    """Seconds (wall, CPU) spent in executemany (+ commits) inserting the same rows into plain SQLite, same schema.

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
    spent = cpu = 0.0
    if not per_bundle_commit:
        conn.execute("BEGIN")
    for bundle in corpus.bundles:
        rows = _raw_rows(bundle, identity)
        started, cpu_started = time.perf_counter(), time.process_time()
        if per_bundle_commit:
            conn.execute("BEGIN")
        for name, values in rows.items():
            conn.executemany(statements[name], values)
        if per_bundle_commit:
            conn.execute("COMMIT")
        spent += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    if not per_bundle_commit:
        started, cpu_started = time.perf_counter(), time.process_time()
        conn.execute("COMMIT")
        spent += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    conn.close()
    return spent, cpu


def _measure(label: str, hub: Opened, corpus: Corpus, tmp: Path) -> dict[str, float]:
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = hub.services.sync.import_bundles(hub.admin, [corpus.folder], receipt_folder=tmp / f"{label}-receipts")
    service, service_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    refused = [i for i in summary.value.items if i.refused]
    assert not refused, refused[:3]
    # The receipts (one signed, fsynced file per commune) come after the import proper; time them alone.
    started, cpu_started = time.perf_counter(), time.process_time()
    with hub.services.register.uow() as uow:
        for item in summary.value.items:
            receipts.write_receipt(uow.session, folder=tmp / f"{label}-receipts", now=NOW,
                                   commune_unit=item.report.sender_unit)  # type: ignore[union-attr]
    receipting, receipting_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    imported, imported_cpu = service - receipting, service_cpu - receipting_cpu
    identity = _identity(hub)
    raw_each, _ = _raw_insert(corpus, identity, tmp / f"{label}-raw-each.db", per_bundle_commit=True)
    raw_once, raw_once_cpu = _raw_insert(corpus, identity, tmp / f"{label}-raw-once.db", per_bundle_commit=False)
    cipher_once, cipher_once_cpu = _raw_insert(corpus, identity, tmp / f"{label}-cipher-once.db",
                                               per_bundle_commit=False, encrypted=True)
    n = corpus.records
    figures = {"bundles": len(corpus.bundles), "records": n, "generate_s": corpus.seconds, "import_s": imported,
               "service_s": service,
               "import_rate": n / imported, "raw_each_rate": n / raw_each, "raw_once_rate": n / raw_once,
               "cipher_once_rate": n / cipher_once}
    held = sum(i.report.counts.held for i in summary.value.items if i.report is not None)
    figures["held"] = held
    figures["receipts_s"] = receipting
    print(f"\n[{label}] {len(corpus.bundles)} bundles, {n:,} records (generated in {corpus.seconds:.1f} s), "
          f"{held:,} held in the quarantine ({held / n:.0%})")
    print(f"  the {len(corpus.bundles)} receipts alone: {receipting:.1f} s")
    print(f"  hub import (verify, decrypt, validate, merge, audit, commit): {imported:.1f} s = {n / imported:,.0f} rec/s;"
          f" with the {len(corpus.bundles)} receipts: {service:.1f} s = {n / service:,.0f} rec/s")
    print(f"  plain sqlite3.executemany, commit per bundle: {n / raw_each:,.0f} rec/s "
          f"-> import at {raw_each / imported:.2f}x of raw")
    print(f"  plain sqlite3.executemany, one transaction:   {n / raw_once:,.0f} rec/s "
          f"-> import at {raw_once / imported:.2f}x of raw (target >= 0.33)")
    print(f"  same executemany into SQLCipher, one transaction: {n / cipher_once:,.0f} rec/s "
          f"-> import at {cipher_once / imported:.2f}x (the register is always encrypted)")
    # On a shared, loaded PC wall time depends on who else runs at that moment; CPU time much less.
    print(f"  CPU time: import {imported_cpu:.1f} s (receipts {receipting_cpu:.1f} s), executemany one transaction "
          f"{raw_once_cpu:.1f} s -> {raw_once_cpu / imported_cpu:.2f}x, into SQLCipher {cipher_once_cpu:.1f} s "
          f"-> {cipher_once_cpu / imported_cpu:.2f}x")
    figures["cpu_ratio_raw_once"] = raw_once_cpu / imported_cpu
    return figures


def _identity(hub: Opened) -> str:
    with hub.services.register.uow() as uow:
        return uow.session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")).scalar_one()


@pytest.mark.parametrize("data", ["clean", "dirty"])
def test_province_year(tmp_path: Path, data: str) -> None:
    clock = FixedClock(NOW)
    for hub in _hub(tmp_path / "hub", clock):
        corpus = _build(hub, list(admin_units.communes("25")), tmp_path / "province", clean=data == "clean")
        assert len(corpus.bundles) == 148
        figures = _measure(f"province-year, Phú Thọ, {data} data", hub, corpus, tmp_path)
        if data == "clean":
            assert figures["held"] == 0
        else:
            assert figures["held"] > corpus.records / 2


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
