"""The process a crash drill kills: logs in, says `ready`, then repeats one operation, reporting each result.

Run as `python -m tests.drills.child OPERATION WORLD [--fault KIND:BYTES]`. Every line it
prints is flushed before the next step, so whatever the parent read before the SIGKILL
happened for certain: `ok <id>` after a save, export, import, backup or restore returned.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.services.accounts import auth
from tests.conftest import ADMIN, NOW, PASSWORD


@dataclass
class TickingClock:
    """Each reading one second later: backups taken in a quick loop get distinct names."""

    current: datetime = NOW

    def now(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current

    def today(self) -> date:
        return self.current.astimezone().date()


def report(*words: object) -> None:
    # One write(2) per line: a line shorter than PIPE_BUF reaches the parent whole or not at all.
    os.write(sys.stdout.fileno(), (" ".join(str(w) for w in words) + "\n").encode("utf-8"))


def draft(index: int) -> OutreachDraft:
    return OutreachDraft(held_on=date(2026, 11, 1 + index % 27), place=f"Nhà văn hóa thôn {index}",
                         form="meeting", target_group="general_public", participants_total=10,
                         participants_male=5, participants_female=5)


def _login(world: Path, name: str):  # type: ignore[no-untyped-def]
    register, actor = auth.login(DataDir(world / name), ADMIN, PASSWORD, clock=TickingClock())
    return build_services(register), actor


def run_save(world: Path) -> None:
    services, actor = _login(world, "commune")
    report("ready")
    for index in range(100_000):
        report("ok", services.outreach.save(actor, draft(index)).value.id)


def run_export(world: Path) -> None:
    services, actor = _login(world, "commune")
    outbox = world / "outbox"
    outbox.mkdir(exist_ok=True)
    report("ready")
    for index in range(100_000):
        services.outreach.save(actor, draft(index))
        result = services.sync.export_bundle(actor, outbox).value
        for item in result.files:
            report("ok", item.sequence)


def run_import(world: Path) -> None:
    services, actor = _login(world, "hub")
    report("ready")
    for path in sorted((world / "bundles").glob("*.hnb")):
        summary = services.sync.import_bundles(actor, [path], receipt_folder=world / "receipts").value
        for item in summary.items:
            if item.report is not None:
                report("ok", item.report.bundle_id)


def run_backup(world: Path) -> None:
    services, actor = _login(world, "commune")
    report("ready")
    for _ in range(100_000):
        report("ok", services.maintenance.backup_now(actor).value.path.name)


def run_external_backup(world: Path) -> None:
    services, actor = _login(world, "commune")
    report("ready")
    report("ok", services.maintenance.backup_to(actor, world / "stick").value.path.name)


def run_restore(world: Path) -> None:
    from desktop.services.maintenance.maintenance import restore_backup

    services, actor = _login(world, "commune")
    backup = next((world / "saved").glob("register-*.db"))
    report("ready")
    restore_backup(services.register, actor, backup)
    report("ok", backup.name)


def run_migrate(world: Path) -> None:
    from desktop.db.keyring import Keyring, account_slot
    from desktop.services.register import open_register

    data_dir = DataDir(world / "old")  # a register still at the first release's schema
    key = Keyring.load(data_dir.keyring).unwrap(account_slot(ADMIN), PASSWORD)
    assert key is not None
    report("ready")
    open_register(data_dir, key, TickingClock()).close()
    report("ok", "migrated")


def run_stick_export(world: Path) -> None:
    """One export to a stick that fails part-way (see faults.py); the error is reported by code."""
    services, actor = _login(world, "commune")
    services.outreach.save(actor, draft(1))
    (world / "stick").mkdir(exist_ok=True)
    report("ready")
    for item in services.sync.export_bundle(actor, world / "stick").value.files:
        report("ok", item.sequence)


OPERATIONS = {
    "save": run_save, "export": run_export, "import": run_import, "backup": run_backup, "restore": run_restore,
    "migrate": run_migrate, "stick-export": run_stick_export, "stick-backup": run_external_backup,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("operation", choices=sorted(OPERATIONS))
    parser.add_argument("world", type=Path)
    parser.add_argument("--fault", default="", help="eio:BYTES or enospc:BYTES on WORLD/stick")
    args = parser.parse_args()
    if args.fault:
        from tests.drills.faults import FailingMedium

        kind, _, budget = args.fault.partition(":")
        FailingMedium(args.world / "stick", budget=int(budget), kind=kind).install()
    try:
        OPERATIONS[args.operation](args.world)
    except DomainError as error:
        report("error", error.code)
        return 2
    report("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
