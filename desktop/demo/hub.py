"""A demo hub: a few demo communes report to it through real signed bundles, some late, one missing."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.keyring import KdfParams
from desktop.demo.office import build_office
from desktop.domain import periods
from desktop.services.accounts import auth
from desktop.services.context import Clock, FixedClock

# Communes of Phú Thọ that send data in the demo; the last one never closes a period (a "missing" report).
DEMO_COMMUNES = ("08500", "08218", "04792", "08590")
# Days after the end of a month on which each commune closes it: on time (<= 10) or late.
CLOSE_AFTER_DAYS = (5, 8, 17)


@dataclass(frozen=True)
class Sender:
    code: str
    data_dir: DataDir


def _months_back(today: datetime, count: int) -> list[periods.Period]:
    month = periods.containing(today.date(), periods.PeriodKind.MONTH)
    found = []
    for _ in range(count):
        month = periods.containing(month.start - timedelta(days=1), periods.PeriodKind.MONTH)
        found.append(month)
    return list(reversed(found))


def fill_hub(hub_dir: DataDir, *, clock: Clock, kdf: KdfParams, username: str, password: str, seed: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="hoanhap-demo-communes-"))
    senders = []
    for index, code in enumerate(DEMO_COMMUNES):
        data_dir = DataDir(work / code)
        build_office(data_dir, clock=clock, seed=seed + index, kdf=kdf, commune=code)
        senders.append(Sender(code, data_dir))
    hub_register, hub_admin = auth.login(hub_dir, username, password, clock=clock)
    hub = build_services(hub_register)
    try:
        usb = work / "usb"
        usb.mkdir()
        hub_card = hub.sync.own_card(hub_admin)
        months = _months_back(clock.now(), 3)
        for index, sender in enumerate(senders):
            register, admin = auth.login(sender.data_dir, username, password, clock=clock)
            commune = build_services(register)
            try:
                commune.sync.enrol(admin, hub_card.data, confirmed_fingerprint=hub_card.fingerprint)
                card = commune.sync.own_card(admin)
                hub.sync.enrol(hub_admin, card.data, confirmed_fingerprint=card.fingerprint)
                closing = index < len(DEMO_COMMUNES) - 1
                for month in months if closing else months[:0]:
                    when = datetime.combine(month.end + timedelta(days=CLOSE_AFTER_DAYS[index % 3]), time(9, 0))
                    register.clock = FixedClock(when.astimezone())  # the day the officer closed that month
                    commune.sync.export_bundle(admin, usb, close_period=month.code)
                register.clock = clock
                commune.sync.export_bundle(admin, usb)  # and what changed since
            finally:
                register.close()
        hub.sync.import_bundles(hub_admin, sorted(usb.glob("*.hnb")), receipt_folder=usb / "receipts")
    finally:
        hub_register.close()
