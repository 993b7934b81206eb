"""Crash drills: SIGKILL at seeded random moments during save, export, import, backup, restore and migration."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.drills.checks import CHECKS, PARTS, DrillFailure
from tests.drills.harness import Tally, copy_world, keep_row, run_child, trials

pytestmark = pytest.mark.slow

# Seconds after `ready` within which the kill lands, for operations that loop until killed.
LOOP_WINDOWS = {"save": 1.5, "export": 4.0, "backup": 2.5}


@pytest.mark.parametrize("operation", ["save", "export", "import", "backup", "restore", "migrate"])
def test_sigkill_leaves_a_whole_register(operation: str, drill_world: Path, drill_seed: int,
                                         drill_tallies: list[Tally], tmp_path: Path) -> None:
    rng = random.Random(f"{drill_seed}-{operation}")
    tally = Tally(operation)
    drill_tallies.append(tally)
    window = LOOP_WINDOWS.get(operation)
    if window is None:
        # One-shot operations: an undisturbed run measures how long they take; kills land inside that.
        calibration = run_child(operation, copy_world(drill_world, tmp_path / "calibrate", PARTS[operation]),
                                delay=None)
        assert calibration.returncode == 0, calibration.stderr
        window = calibration.elapsed * 1.1
    for number in range(trials()):
        world = copy_world(drill_world, tmp_path / f"trial-{number}", PARTS[operation])
        run = run_child(operation, world, delay=rng.uniform(0, window))
        tally.trials += 1
        tally.killed += run.killed
        tally.finished += not run.killed
        tally.confirmed += len(run.confirmed)
        if not run.killed and run.returncode != 0:
            tally.failures.append(f"trial {number}: child failed: {run.stderr[-400:]}")
            continue
        try:
            tally.outcomes[CHECKS[operation](world, run.confirmed)] += 1
        except (DrillFailure, Exception) as error:  # noqa: BLE001 - every failed check is listed in the table
            tally.failures.append(f"trial {number} (kill {run.delay:.3f}s): {type(error).__name__}: {error}")
    keep_row(tally, seed_value=drill_seed)
    assert not tally.failures, "\n".join(tally.failures)
