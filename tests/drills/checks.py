"""What must hold after a crash: the register opens and is whole, and every operation left all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from desktop.db import backup as backups
from desktop.db import migrate
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.db.models import ExportedBundle, ImportedBundle, OutreachSession, SyncState
from desktop.services import audit
from desktop.services.context import FixedClock
from desktop.sync.container import read_container
from tests.conftest import NOW, Opened
from tests.drills.world import _open, database_key


class DrillFailure(AssertionError):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise DrillFailure(message)


def final_names(folder: Path, pattern: str) -> list[Path]:
    """Files under their real name (temporary ones start with a dot or end in .partial/.restoring)."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.glob(pattern) if not p.name.startswith(".") and p.is_file())


def leftovers(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.name.startswith(".tmp-") or p.suffix in (".partial", ".restoring"))


@contextmanager
def checked_register(root: Path) -> Iterator[Opened]:
    """Integrity check on the raw file, then log in (migrating if needed) and verify the audit chain."""
    key = database_key(root)
    engine = open_engine(DataDir(root).database, key)
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    finally:
        engine.dispose()
    expect(result == "ok", f"integrity_check: {result}")
    opened = _open(root, FixedClock(NOW.replace(hour=15)))
    try:
        with opened.services.register.uow() as uow:
            chain = audit.verify(uow.session)
        expect(chain.ok, f"audit chain broken at {chain.first_bad_seq}")
        yield opened
    finally:
        opened.services.register.close()


def outreach_ids(opened: Opened) -> set[str]:
    with opened.services.register.uow() as uow:
        return set(uow.session.execute(select(OutreachSession.id).where(OutreachSession.deleted_at.is_(None))).scalars())


def check_backups_valid(folder: Path, key: bytes) -> int:
    """Every backup under its real name opens with the key and passes quick_check."""
    copies = final_names(folder, "register-*.db")
    for copy in copies:
        backups.verify_backup(copy, key)
    return len(copies)


# --- per operation ------------------------------------------------------------------------


def after_save(world: Path, confirmed: list[str]) -> str:
    with checked_register(world / "commune") as opened:
        present = outreach_ids(opened)
    lost = [i for i in confirmed if i not in present]
    expect(not lost, f"{len(lost)} saves that returned are missing: {lost[:3]}")
    return "every returned save present"


def _exported(opened: Opened) -> list[Any]:
    b = ExportedBundle
    with opened.services.register.uow() as uow:
        return list(uow.session.execute(select(b.sequence, b.file_name, b.id).order_by(b.sequence)).all())


def check_outbox(opened: Opened, outbox: Path) -> None:
    """Sequences recorded run 1..n without a gap; each final-named bundle is whole and is the one recorded."""
    rows = _exported(opened)
    sequences = [r.sequence for r in rows]
    expect(sequences == list(range(1, len(rows) + 1)), f"recorded sequences not contiguous: {sequences}")
    with opened.services.register.uow() as uow:
        state = uow.session.execute(select(SyncState)).scalar_one()
        expect(state.last_sequence == len(rows), f"sync state says {state.last_sequence}, {len(rows)} recorded")
    by_name = {r.file_name: r for r in rows}
    for path in final_names(outbox, "*.hnb"):
        container = read_container(path, max_payload_bytes=1 << 26)  # a torn file fails here
        row = by_name.get(path.name)
        expect(row is not None and row.id == container.envelope["bundle_id"],
               f"{path.name} on the stick is not the bundle the register recorded")


def after_export(world: Path, confirmed: list[str]) -> str:
    outbox = world / "outbox"
    with checked_register(world / "commune") as opened:
        first = len(json.loads((world / "bundles.json").read_text("utf-8"))) + 1
        check_outbox(opened, outbox)
        recorded = {r.sequence for r in _exported(opened)}
        expect({int(s) for s in confirmed} <= recorded, "an export that returned is not recorded")
        temporary = len(leftovers(outbox))
        # The next export picks up where the register stands: one more number, no gap, no repeat.
        opened.services.sync.export_bundle(opened.admin, outbox, full=False)
        check_outbox(opened, outbox)
        rows = _exported(opened)
        on_stick = sorted(r.sequence for r in rows if (outbox / r.file_name).exists())
        expect(on_stick == list(range(first, len(rows) + 1)),
               f"after the next export the stick holds {on_stick}, expected {first}..{len(rows)}")
        expect(not leftovers(outbox), f"temporary files left after the next export: {leftovers(outbox)}")
    return "temporary file finished or removed" if temporary else ("no bundle yet" if not confirmed else "bundles whole")


def after_import(world: Path, confirmed: list[str]) -> str:
    index: dict[str, list[str]] = json.loads((world / "bundles.json").read_text("utf-8"))
    with checked_register(world / "hub") as opened:
        with opened.services.register.uow() as uow:
            imported = set(uow.session.execute(select(ImportedBundle.id)).scalars())
        present = outreach_ids(opened)
        for bundle_id, ids in index.items():
            found = sum(i in present for i in ids)
            expected = len(ids) if bundle_id in imported else 0
            expect(found == expected, f"bundle {bundle_id[:8]}: {found} of {len(ids)} records (imported: "
                                      f"{bundle_id in imported}) - not all or nothing")
        expect(set(confirmed) <= imported, "an import that returned is not recorded")
        for receipt in final_names(world / "receipts", "*"):
            json.loads(receipt.read_text("utf-8"))  # a torn receipt fails here
        summary = opened.services.sync.import_bundles(opened.admin, [world / "bundles"],
                                                      receipt_folder=world / "receipts").value
        refused = [(i.path.name, i.error_code) for i in summary.items if i.refused]
        expect(not refused, f"re-import refused: {refused}")
        expect(outreach_ids(opened) >= {i for ids in index.values() for i in ids}, "records missing after re-import")
        statuses = opened.services.sync.commune_statuses(opened.admin)
        expect(all(not s.missing for s in statuses), "the hub still misses a sequence number")
    return f"{len(imported)} of {len(index)} bundles in"


def after_backup(world: Path, confirmed: list[str]) -> str:
    root = world / "commune"
    with checked_register(root):
        pass
    folder = DataDir(root).backups
    count = check_backups_valid(folder, database_key(root))
    if confirmed:
        expect((folder / confirmed[-1]).exists(), f"the last backup that returned is gone: {confirmed[-1]}")
    return "partial copy left (not under a real name)" if leftovers(folder) else f"{count} copies valid"


def after_restore(world: Path, confirmed: list[str]) -> str:
    root = world / "commune"
    added = set(json.loads((world / "after-backup.json").read_text("utf-8")))
    with checked_register(root) as opened:
        present = outreach_ids(opened)
    check_backups_valid(DataDir(root).backups, database_key(root))
    restored = not (added & present)
    expect(restored or added <= present, "the register is neither the old one nor the backup")
    expect(restored or not confirmed, "a restore that returned did not replace the register")
    return "backup in place" if restored else "old register kept"


def after_migrate(world: Path, confirmed: list[str]) -> str:
    root = world / "old"
    engine = open_engine(DataDir(root).database, database_key(root))
    try:
        revision = migrate.current_revision(engine)
        with engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM outreach_sessions")).scalar_one()
    finally:
        engine.dispose()
    expect(revision in ("0001", migrate.head_revision()), f"half-migrated revision {revision}")
    with checked_register(root) as opened:  # logging in finishes an interrupted upgrade
        expect(migrate.current_revision(opened.services.register.engine) == migrate.head_revision(), "not at head")
        expect(len(outreach_ids(opened)) == count, "records lost by the migration")
    check_backups_valid(DataDir(root).backups, database_key(root))
    return "migrated" if revision != "0001" else "still at 0001, migrated on next open"


CHECKS = {"save": after_save, "export": after_export, "import": after_import, "backup": after_backup,
          "restore": after_restore, "migrate": after_migrate}
# Which parts of the world each operation's child needs.
PARTS = {"save": ("commune",), "export": ("commune", "bundles.json"), "import": ("hub", "bundles", "bundles.json"),
         "backup": ("commune",), "restore": ("commune", "saved", "after-backup.json"), "migrate": ("old",)}
