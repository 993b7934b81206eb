"""`hoanhap demo --hub`: a hub that received real signed bundles from demo communes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.demo.builder import DEMO_PASSWORD, DEMO_USERNAME, build_demo
from desktop.demo.hub import DEMO_COMMUNES
from desktop.domain import periods
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth

pytestmark = pytest.mark.slow


def test_the_demo_hub_has_bundles_from_each_commune_and_a_missing_report(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data_dir = DataDir(tmp_path / "hub")
    build_demo(data_dir, clock=clock, kdf=FAST_KDF, office_role=OfficeRole.HUB)
    register, admin = auth.login(data_dir, DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
    try:
        sync = build_services(register).sync
        statuses = {s.unit_code: s for s in sync.commune_statuses(admin) if s.last_sequence}
        assert set(statuses) == set(DEMO_COMMUNES)
        assert all(not s.missing and not s.open_conflicts for s in statuses.values())
        status = sync.completeness(admin, ["2026-08", "2026-09", "2026-10"])
        assert status.expected == 148 * 3
        assert status.received == 9 and status.on_time == 6 and status.late == 3
        # The Q3 report holds the data of the 4 communes that sent bundles, not of 148 (issue 10, point 2).
        report = build_services(register).reports.compute(admin, periods.quarter(2026, 3))
        assert report.coverage is not None and len(report.coverage.reporting) == 4 and len(report.units) == 148
        assert {u.plain_code for u in report.coverage.reporting} == set(DEMO_COMMUNES)
        t1 = next(i for i in report.indicators if i.code == "T1")
        assert t1.figure.denominator == 4
    finally:
        register.close()
