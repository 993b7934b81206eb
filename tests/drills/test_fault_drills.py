"""A USB stick pulled out mid-write and a full disk, during an export and a backup to an external drive."""

from __future__ import annotations

import contextlib
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.db.datadir import DataDir
from tests.drills.checks import (
    DrillFailure, check_backups_valid, check_outbox, checked_register, expect, final_names, leftovers,
)
from tests.drills.harness import Tally, copy_world, keep_row, run_child, trials
from tests.drills.world import database_key

pytestmark = pytest.mark.slow

# Bytes the drive accepts before it fails: from nothing to more than a bundle or backup takes.
BUDGETS = {"stick-export": 6_000, "stick-backup": 1_500_000}
CLEAR_CODES = {"eio": "store.device_gone", "enospc": "store.disk_full"}


@contextlib.contextmanager
def tiny_disk(folder: Path, free_bytes: int) -> Iterator[bool]:
    """A real tmpfs with `free_bytes` left (needs root); yields False where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                             capture_output=True, check=False).returncode == 0
    try:
        if mounted:
            filler = folder / "filler.bin"
            with open(filler, "wb", buffering=0) as handle:
                with contextlib.suppress(OSError):
                    while True:
                        handle.write(b"\0" * 4096)
            with open(filler, "r+b") as handle:
                handle.truncate(max(0, filler.stat().st_size - free_bytes))
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)


def _after(operation: str, world: Path, run_code: str | None, kind: str) -> str:
    stick = world / "stick"
    check_backups_valid(stick, database_key(world / "commune"))  # bundles are checked against the register below
    with checked_register(world / "commune") as opened:
        if operation == "stick-export":
            check_outbox(opened, stick)
            expect(not [p for p in final_names(stick, "*.hnb") if p.stat().st_size == 0], "empty bundle")
        if run_code is not None:
            expect(run_code == CLEAR_CODES[kind], f"unclear error {run_code}")
        # The stick back in (or space freed): the same operation now completes.
        if operation == "stick-export":
            opened.services.sync.export_bundle(opened.admin, stick)
            check_outbox(opened, stick)
        else:
            opened.services.maintenance.backup_to(opened.admin, stick)
            check_backups_valid(stick, database_key(world / "commune"))
    check_backups_valid(DataDir(world / "commune").backups, database_key(world / "commune"))
    expect(not leftovers(stick), f"temporary files still on the stick after the retry: {leftovers(stick)}")
    return f"refused: {run_code}, retry completed" if run_code else "completed"


@pytest.mark.parametrize("kind", ["eio", "enospc"])
@pytest.mark.parametrize("operation", ["stick-export", "stick-backup"])
def test_a_failing_drive_gives_a_clear_message_and_leaves_no_half_file(
        operation: str, kind: str, drill_world: Path, drill_seed: int, drill_tallies: list[Tally],
        tmp_path: Path) -> None:
    rng = random.Random(f"{drill_seed}-{operation}-{kind}")
    tally = Tally(f"{operation} ({'USB pulled' if kind == 'eio' else 'disk full'})")
    drill_tallies.append(tally)
    for number in range(trials()):
        world = copy_world(drill_world, tmp_path / f"trial-{number}", ("commune", "bundles.json"))
        budget = rng.randrange(0, BUDGETS[operation])
        with contextlib.ExitStack() as stack:
            fault = f"{kind}:{budget}"
            if kind == "enospc" and stack.enter_context(tiny_disk(world / "stick", budget)):
                fault = ""  # a real full disk: no patching at all
            run = run_child(operation, world, delay=None, fault=fault)
            tally.trials += 1
            tally.finished += 1
            tally.confirmed += len(run.confirmed)
            try:
                expect(run.returncode in (0, 2), f"child crashed: {run.stderr[-300:]}")
                if fault == "":
                    (world / "stick" / "filler.bin").unlink()
                tally.outcomes[_after(operation, world, run.error_code, kind)] += 1
            except (DrillFailure, Exception) as error:  # noqa: BLE001 - listed in the table
                tally.failures.append(f"trial {number} (budget {budget}): {type(error).__name__}: {error}")
    keep_row(tally, seed_value=drill_seed)
    assert not tally.failures, "\n".join(tally.failures)
