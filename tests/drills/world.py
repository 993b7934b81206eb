"""The registers a drill starts from, made once per run: a commune and its hub, bundles, a backup, an old schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.bootstrap import build_services
from desktop.db import migrate
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.db.keyring import Keyring, account_slot
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.sync.container import read_container
from tests.conftest import ADMIN, NOW, PASSWORD, Opened
from tests.drills.child import draft
from tests.sync.sync_helpers import exchange_cards

IMPORT_BUNDLES = 8
RECORDS_PER_BUNDLE = 3


def _open(root: Path, clock: FixedClock) -> Opened:
    register, admin = auth.login(DataDir(root), ADMIN, PASSWORD, clock=clock)
    return Opened(build_services(register), admin, DataDir(root), clock, "")


def database_key(root: Path) -> bytes:
    key = Keyring.load(DataDir(root).keyring).unwrap(account_slot(ADMIN), PASSWORD)
    assert key is not None
    return key


def build_world(root: Path, commune_template: Path, hub_template: Path) -> Path:
    """`commune` (enrolled at `hub`), `bundles` + `bundles.json` for the hub, `saved` (a backup), `old` (0001)."""
    shutil.copytree(commune_template, root / "commune")
    shutil.copytree(hub_template, root / "hub")
    clock = FixedClock(NOW)
    commune, hub = _open(root / "commune", clock), _open(root / "hub", clock)
    try:
        exchange_cards(commune, hub)
        index: dict[str, list[str]] = {}
        (root / "bundles").mkdir()
        for number in range(IMPORT_BUNDLES):
            ids = [commune.services.outreach.save(commune.admin, draft(number * 10 + i)).value.id
                   for i in range(RECORDS_PER_BUNDLE)]
            for item in commune.services.sync.export_bundle(commune.admin, root / "bundles").value.files:
                index[read_container(item.path, max_payload_bytes=1 << 26).envelope["bundle_id"]] = ids
        (root / "bundles.json").write_text(json.dumps(index), "utf-8")
        saved = commune.services.maintenance.backup_now(commune.admin).value.path
        (root / "saved").mkdir()
        shutil.copy2(saved, root / "saved" / saved.name)
        before = [commune.services.outreach.save(commune.admin, draft(900 + i)).value.id for i in range(3)]
        (root / "after-backup.json").write_text(json.dumps(before), "utf-8")
    finally:
        commune.services.register.close()
        hub.services.register.close()
    shutil.copytree(root / "commune", root / "old")
    engine = open_engine(DataDir(root / "old").database, database_key(root / "old"))
    try:
        _downgrade(engine, "0001")
    finally:
        engine.dispose()
    return root


def _downgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
