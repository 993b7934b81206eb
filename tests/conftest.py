"""Shared fixtures: a real encrypted register made once per run and copied for each test."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

# Offscreen Qt for every GUI test; set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.bootstrap import Services, open_session  # noqa: E402
from desktop.db.datadir import DataDir  # noqa: E402
from desktop.db.keyring import FAST_KDF  # noqa: E402
from desktop.domain.codes import OfficeRole  # noqa: E402
from desktop.domain.time import OFFICE_ZONE  # noqa: E402
from desktop.services.accounts.setup import SetupRequest, initialise  # noqa: E402
from desktop.services.context import Actor, FixedClock  # noqa: E402

# The hub on both engines (SQLCipher, PostgreSQL): the `hub_engine` parameter and the server fixtures.
pytest_plugins = ["tests.engines"]

VN = OFFICE_ZONE
NOW = datetime(2026, 11, 28, 9, 30, tzinfo=VN)
ADMIN = "admin"
PASSWORD = "mat-khau-2026"


@dataclass
class Opened:
    """A logged-in register for a test: services, the admin actor, the folder, the clock, the recovery key."""

    services: Services
    admin: Actor
    data_dir: DataDir
    clock: FixedClock
    recovery_key: str


def make_register(root: Path, clock: FixedClock, *, role: OfficeRole = OfficeRole.COMMUNE,
                  commune: str | None = "08500") -> str:
    result = initialise(DataDir(root), SetupRequest(
        office_role=role, province_code="25", commune_code=commune if role is OfficeRole.COMMUNE else None,
        admin_username=ADMIN, admin_display_name="Quản trị", admin_password=PASSWORD, admin_confirm=PASSWORD,
    ), clock=clock, kdf=FAST_KDF).value
    return result.recovery_key


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("template") / "data"
    return root, make_register(root, FixedClock(NOW))


@pytest.fixture(scope="session")
def _hub_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("hub-template") / "data"
    return root, make_register(root, FixedClock(NOW), role=OfficeRole.HUB)


def _open_copy(template: tuple[Path, str], target: Path, clock: FixedClock) -> Iterator[Opened]:
    source, recovery = template
    shutil.copytree(source, target)
    data_dir = DataDir(target)
    session = open_session(data_dir, ADMIN, PASSWORD, clock=clock)  # the composition root, as the window uses it
    try:
        yield Opened(session.services, session.actor, data_dir, clock, recovery)
    finally:
        session.close()


@pytest.fixture
def opened(_template: tuple[Path, str], tmp_path: Path, clock: FixedClock) -> Iterator[Opened]:
    """A commune register (Xã Xuân Lũng, Phú Thọ) logged in as its administrator."""
    yield from _open_copy(_template, tmp_path / "data", clock)


@pytest.fixture
def hub(hub_engine: str, request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock) -> Iterator[Opened]:
    """A hub register (Tỉnh Phú Thọ) logged in as its administrator, on each engine (tests/engines.py)."""
    if hub_engine == "sqlite":
        yield from _open_copy(request.getfixturevalue("_hub_template"), tmp_path / "hub", clock)
        return
    data_dir, recovery = request.getfixturevalue("server_hub_dir")
    session = open_session(data_dir, ADMIN, PASSWORD, clock=clock)  # the same composition root on the server
    try:
        yield Opened(session.services, session.actor, data_dir, clock, recovery)
    finally:
        session.close()


@pytest.fixture
def template_dir(_template: tuple[Path, str], tmp_path: Path) -> DataDir:
    """A fresh copy of an initialised commune register, not logged in."""
    target = tmp_path / "copy"
    shutil.copytree(_template[0], target)
    return DataDir(target)


@pytest.fixture
def pc_zone_new_york() -> Iterator[None]:
    """The PC set to a zone behind UTC: whatever asked the PC for the time would land on the wrong day."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
