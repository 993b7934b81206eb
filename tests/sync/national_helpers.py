"""A province hub with a commune's data for October 2026, and the national hub it forwards to."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.demo.office import FILLERS
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from tests.conftest import ADMIN, PASSWORD, Opened, make_register
from tests.sync.sync_helpers import exchange_cards

PERIOD = "2026-10"


@dataclass
class Forwarding:
    commune: Opened
    province: Opened
    national: Opened
    usb: Path

    def send(self, period: str = PERIOD) -> Path:
        sent = self.province.services.national.send_to_national(self.province.admin, period, self.usb).value
        assert sent.path is not None
        return sent.path

    def receive(self, *paths: Path) -> tuple:  # type: ignore[type-arg]
        return self.national.services.national.import_aggregates(self.national.admin, list(paths)).value


def open_national(root: Path, clock: FixedClock) -> Iterator[Opened]:
    recovery = make_register(root, clock, role=OfficeRole.NATIONAL)
    data_dir = DataDir(root)
    register, admin = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    try:
        yield Opened(build_services(register), admin, data_dir, clock, recovery)
    finally:
        register.close()


def enrol_national(province: Opened, national: Opened) -> None:
    """The province is an office of the national hub: both sides enrol the other's card by fingerprint."""
    card = national.services.sync.own_card(national.admin)
    province.services.sync.enrol(province.admin, card.data, confirmed_fingerprint=card.fingerprint)
    card = province.services.sync.own_card(province.admin)
    national.services.sync.enrol(national.admin, card.data, confirmed_fingerprint=card.fingerprint)


@pytest.fixture
def national(tmp_path: Path, clock: FixedClock) -> Iterator[Opened]:
    yield from open_national(tmp_path / "national", clock)


@pytest.fixture
def forwarding(opened: Opened, hub: Opened, national: Opened, tmp_path: Path) -> Forwarding:
    exchange_cards(opened, hub)
    enrol_national(hub, national)
    rng = random.Random(11)
    for filler in FILLERS:
        filler(opened.services, opened.admin, rng, opened.clock.today())
    usb = tmp_path / "usb"
    usb.mkdir()
    files = opened.services.sync.export_bundle(opened.admin, usb, close_period=PERIOD).value.files
    hub.services.sync.import_bundles(hub.admin, [f.path for f in files], receipt_folder=usb / "receipts")
    return Forwarding(opened, hub, national, usb)
