"""The drill world is built once per run; the drill table is printed at the end of the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drills.harness import Tally, seed, table
from tests.drills.world import build_world

_TALLIES: list[Tally] = []
_SEED: list[int] = []


@pytest.fixture(scope="session")
def drill_world(_template: tuple[Path, str], _hub_template: tuple[Path, str],
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_world(tmp_path_factory.mktemp("drill") / "world", _template[0], _hub_template[0])


@pytest.fixture(scope="session")
def drill_seed() -> int:
    if not _SEED:
        _SEED.append(seed())
        print(f"\ncrash drill seed: {_SEED[0]}")
    return _SEED[0]


@pytest.fixture(scope="session")
def drill_tallies() -> list[Tally]:
    return _TALLIES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _TALLIES:
        terminalreporter.write_sep("-", "crash drills")
        terminalreporter.write_line(table(_TALLIES, seed_value=_SEED[0] if _SEED else 0))
