"""Running a drill trial: copy the world, start the child, kill it with SIGKILL at a seeded moment, read what it said."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TRIALS_VAR = "HOANHAP_DRILL_TRIALS"
REPORT_VAR = "HOANHAP_DRILL_REPORT"  # a file each finished operation's row is appended to (long runs)
SEED_VAR = "HOANHAP_DRILL_SEED"
# The bounded form the normal `pytest` run (and CI) uses: six operations and four faults, three
# trials each, take about two minutes on a busy 2-core PC. HOANHAP_DRILL_TRIALS=50 is the full drill.
BOUNDED_TRIALS = 3
READY_TIMEOUT = 120.0


def trials() -> int:
    return int(os.environ.get(TRIALS_VAR, BOUNDED_TRIALS))


def seed() -> int:
    value = os.environ.get(SEED_VAR)
    return int(value) if value else random.SystemRandom().randrange(1, 2**31)


@dataclass
class ChildRun:
    """What the child printed before it died or finished, and how it ended."""

    lines: list[str]
    killed: bool
    returncode: int
    stderr: str
    delay: float
    elapsed: float  # from `ready` to `done` (or to the end)

    @property
    def confirmed(self) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith("ok ")]

    @property
    def error_code(self) -> str | None:
        return next((line.split(" ", 1)[1] for line in self.lines if line.startswith("error ")), None)


def run_child(operation: str, world: Path, *, delay: float | None, fault: str = "") -> ChildRun:
    """Start the child; `delay` seconds after it says `ready` send SIGKILL (None: let it finish)."""
    command = [sys.executable, "-m", "tests.drills.child", operation, str(world)]
    if fault:
        command += ["--fault", fault]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    child = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()
    ready_at: list[float] = []
    done_at: list[float] = []  # the operation finished (the interpreter's exit comes after)
    errors: list[str] = []

    def read_stdout() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if not line.endswith("\n"):
                break  # cut by the kill mid-write: not a report (the full run once read "ok " as a result)
            lines.append(line.rstrip("\n"))
            if line.startswith("ready"):
                ready_at.append(time.monotonic())
                ready.set()
            if line.startswith("done"):
                done_at.append(time.monotonic())
        ready.set()

    def read_stderr() -> None:
        assert child.stderr is not None
        errors.append(child.stderr.read())

    readers = [threading.Thread(target=read_stdout, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for reader in readers:
        reader.start()
    killed = False
    if not ready.wait(READY_TIMEOUT):
        child.kill()
        child.wait()
        raise AssertionError(f"{operation}: the child never became ready")
    if delay is not None:
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            killed = True
    child.wait(timeout=600)
    ended = time.monotonic()
    for reader in readers:
        reader.join(timeout=10)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    elapsed = (done_at[0] if done_at else ended) - ready_at[0] if ready_at else 0.0
    return ChildRun(lines, killed, child.returncode, "".join(errors), delay or 0.0, elapsed)


def copy_world(world: Path, target: Path, parts: tuple[str, ...]) -> Path:
    target.mkdir(parents=True)
    for part in parts:
        source = world / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


@dataclass
class Tally:
    """One row of the drill table: trials, how each ended, what the checks found."""

    operation: str
    trials: int = 0
    killed: int = 0
    finished: int = 0
    confirmed: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def table(tallies: list[Tally], *, seed_value: int) -> str:
    header = f"crash drills (seed {seed_value}; {SEED_VAR}={seed_value} reproduces the kill moments)"
    rows = [("operation", "trials", "killed", "finished", "results confirmed", "checks failed", "outcomes")]
    for t in tallies:
        outcomes = ", ".join(f"{name} {count}" for name, count in sorted(t.outcomes.items()))
        rows.append((t.operation, str(t.trials), str(t.killed), str(t.finished), str(t.confirmed),
                     str(len(t.failures)), outcomes))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = [header]
    for row in rows:
        lines.append(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])) + " | " + row[-1])
    for t in tallies:
        lines.extend(f"  FAILED {t.operation}: {failure}" for failure in t.failures)
    return "\n".join(lines)


def keep_row(tally: Tally, *, seed_value: int) -> None:
    """Append the operation's row (and failures) to $HOANHAP_DRILL_REPORT as soon as it is done."""
    target = os.environ.get(REPORT_VAR)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(table([tally], seed_value=seed_value).split("\n", 2)[2] + "\n")
