"""Shared pieces for the bundle tests: a commune and its hub that trust each other, data, checksums."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.models import DeviceKey
from desktop.domain.outreach import OutreachDraft
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.sync.age_crypto import decrypt
from desktop.sync.container import read_container, read_inner_payload
from desktop.sync.keys import signing_key
from desktop.sync.minisign import SigningKey
from desktop.sync.payload import table_specs
from tests.conftest import ADMIN, PASSWORD, Opened, make_register

# Tables whose content a refused import must leave exactly as it was.
SYNC_STATE_TABLES = ("office_cards", "bundles_imported", "sync_conflicts", "bundles_exported", "sync_state",
                     "sync_sent_records", "receipts_imported")


@dataclass
class Pair:
    """A commune and the hub it reports to, each holding the other's card; `outbox` is the USB stick."""

    commune: Opened
    hub: Opened
    outbox: Path

    def send(self, **options: Any) -> list[Path]:
        result = self.commune.services.sync.export_bundle(self.commune.admin, self.outbox, **options).value
        return [f.path for f in result.files]

    def receive(self, *paths: Path, dry_run: bool = False) -> Any:
        return self.hub.services.sync.import_bundles(self.hub.admin, list(paths), dry_run=dry_run,
                                                     receipt_folder=self.outbox / "receipts").value


def exchange_cards(commune: Opened, hub: Opened) -> None:
    hub_card = hub.services.sync.own_card(hub.admin)
    commune.services.sync.enrol(commune.admin, hub_card.data, confirmed_fingerprint=hub_card.fingerprint)
    commune_card = commune.services.sync.own_card(commune.admin)
    hub.services.sync.enrol(hub.admin, commune_card.data, confirmed_fingerprint=commune_card.fingerprint)


@pytest.fixture
def pair(opened: Opened, hub: Opened, tmp_path: Path) -> Pair:
    exchange_cards(opened, hub)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    return Pair(opened, hub, outbox)


def open_commune(root: Path, clock: FixedClock, code: str) -> Iterator[Opened]:
    """Another commune of the province on its own folder (made fresh: slower than the copied template)."""
    recovery = make_register(root, clock, commune=code)
    data_dir = DataDir(root)
    register, admin = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    try:
        yield Opened(build_services(register), admin, data_dir, clock, recovery)
    finally:
        register.close()


def outreach(opened: Opened, *, place: str = "Nhà văn hóa thôn Đồng Xuân", notes: str = "",
             held_on: date = date(2026, 11, 3), total: int = 20) -> str:
    draft = OutreachDraft(held_on=held_on, place=place, form="meeting", target_group="general_public",
                          participants_total=total, participants_male=total // 2,
                          participants_female=total - total // 2, notes=notes)
    return opened.services.outreach.save(opened.admin, draft).value.id


def checksum(opened: Opened) -> str:
    """A digest of every synced table and every sync-state table, row by row in key order."""
    digest = hashlib.sha256()
    names = [*table_specs(), *SYNC_STATE_TABLES]
    with opened.services.register.uow() as uow:
        for name in names:
            digest.update(name.encode())
            for row in uow.session.execute(text(f"SELECT * FROM {name} ORDER BY 1, 2")):  # noqa: S608 - our names
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def device_keys(opened: Opened) -> tuple[SigningKey, str]:
    """The commune's real signing key and age identity, read as a forger who stole the PC would."""
    with opened.services.register.uow() as uow:
        rows = uow.session.execute(select(DeviceKey).where(DeviceKey.retired_at.is_(None))).scalars().all()
        signing = next(signing_key(r) for r in rows if r.kind == "minisign")
        identity = next(r.secret for r in rows if r.kind == "age")
    return signing, identity


def hub_identity(opened: Opened) -> str:
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")).scalars().first() or ""


def plaintext_files(path: Path, identity: str) -> dict[str, bytes]:
    """The decrypted inner files of a bundle, opened with `identity`."""
    container = read_container(path, max_payload_bytes=1 << 30)
    return read_inner_payload(decrypt(container.payload, [identity]), max_total=1 << 30)


def records(path: Path, identity: str, table: str) -> list[dict[str, Any]]:
    data = plaintext_files(path, identity).get(f"{table}.jsonl", b"")
    return [json.loads(line) for line in data.splitlines() if line]


def zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()
