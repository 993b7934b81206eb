"""The demo register shows a lived-in client area: people, every referral state, a few overdue."""

from __future__ import annotations

from pathlib import Path

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.demo.builder import DEMO_PASSWORD, DEMO_USERNAME, build_demo
from desktop.domain.periods import Period
from desktop.services.accounts import auth
from desktop.services.clients.client_queries import ClientQuery
from desktop.services.context import FixedClock


def test_demo_fills_the_client_register(tmp_path: Path, clock: FixedClock) -> None:
    data_dir = DataDir(tmp_path / "demo")
    build_demo(data_dir, clock=clock, kdf=FAST_KDF)
    register, actor = auth.login(data_dir, DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
    try:
        s = build_services(register)
        assert s.clients.count(actor, ClientQuery()) == 62
        counts = s.clients.counts(actor, Period(clock.today().replace(year=clock.today().year - 2), clock.today()))
        assert counts.referrals == 40
        assert set(counts.referrals_by_status) == {"sent", "accepted", "completed", "refused", "lost_to_follow_up"}
        assert 1 <= s.referrals.count_overdue(actor) <= 8
        assert counts.contacts > counts.persons_contacted > 30
        assert s.client_rights.count_due_for_erasure(actor) == 2
        assert len(s.partners.list(actor)) >= 10
    finally:
        register.close()
