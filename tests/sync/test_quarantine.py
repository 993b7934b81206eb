"""The hub checks every record with the domain's own rules: a breaking record is held back, the rest goes in."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from desktop.db.models import AuditEntry, OutreachSession, QuarantinedRecord
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services.context import Actor
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def edit_outside_the_app(pair: Pair, record_id: str, **values: Any) -> None:
    """What a register edited with another tool (or an old release's bug) does: new values, a new version."""
    with pair.commune.services.register.uow() as uow:
        later = pair.commune.clock.now() + timedelta(minutes=5)
        uow.session.execute(update(OutreachSession).where(OutreachSession.id == record_id).values(
            version=OutreachSession.version + 1, updated_at=later, **values))
        uow.commit()


def _at_hub(pair: Pair) -> dict[str, int]:
    with pair.hub.services.register.uow() as uow:
        return dict(uow.session.execute(select(OutreachSession.id, OutreachSession.participants_total)).all())


def _fresh_bad_session(pair: Pair, **values: Any) -> str:
    record_id = outreach(pair.commune, place="Nhà văn hóa thôn Lũng Hạ")
    with pair.commune.services.register.uow() as uow:
        uow.session.execute(update(OutreachSession).where(OutreachSession.id == record_id).values(**values))
        uow.commit()
    return record_id


def test_a_negative_count_is_held_and_the_rest_of_the_bundle_goes_in(pair: Pair) -> None:
    good = outreach(pair.commune)
    bad = _fresh_bad_session(pair, participants_total=-5, participants_male=-5, participants_female=0)
    [report] = [i.report for i in pair.receive(*pair.send()).items]
    assert report.counts.new == 1 and report.counts.held == 1
    assert set(_at_hub(pair)) == {good}
    [held] = pair.hub.services.quarantine.held(pair.hub.admin)
    assert (held.table_name, held.record_id, held.origin_unit) == ("outreach_sessions", bad, report.sender_unit)
    assert "number.negative" in {r["code"] for r in held.rules}
    assert held.content["participants_total"] == -5
    assert "Số không được âm" in held.rule_text("vi")
    assert pair.hub.services.quarantine.held_counts(pair.hub.admin) == {report.sender_unit: 1}


def test_a_date_far_after_the_bundle_and_counts_not_adding_up_are_held(pair: Pair) -> None:
    far = _fresh_bad_session(pair, held_on=date(9999, 12, 31))
    uneven = _fresh_bad_session(pair, participants_male=1)
    pair.receive(*pair.send())
    rules = {h.record_id: {r["code"] for r in h.rules} for h in pair.hub.services.quarantine.held(pair.hub.admin)}
    assert rules == {far: {"date.future"}, uneven: {"outreach.sex_sum"}}
    assert _at_hub(pair) == {}


def test_a_dry_run_shows_what_would_be_held_and_writes_nothing(pair: Pair) -> None:
    _fresh_bad_session(pair, target_members=99)
    [item] = pair.receive(*pair.send(), dry_run=True).items
    assert item.report.status == "preview"
    assert [(h.table, [p.code for p in h.problems]) for h in item.report.held] == [
        ("outreach_sessions", ["outreach.target_exceeds_total"])]
    assert pair.hub.services.quarantine.held(pair.hub.admin) == []


def test_a_corrected_higher_version_replaces_the_hold(pair: Pair) -> None:
    bad = _fresh_bad_session(pair, participants_total=-5, participants_male=-5, participants_female=0)
    pair.receive(*pair.send())
    assert len(pair.hub.services.quarantine.held(pair.hub.admin)) == 1
    edit_outside_the_app(pair, bad, participants_total=30, participants_male=10, participants_female=20)
    [item] = pair.receive(*pair.send()).items
    assert item.report.counts.held == 0
    assert _at_hub(pair) == {bad: 30}
    assert pair.hub.services.quarantine.held(pair.hub.admin) == []
    [old] = pair.hub.services.quarantine.held(pair.hub.admin, open_only=False)
    assert old.status == "replaced"


def test_a_full_resend_of_the_same_broken_version_is_held_once(pair: Pair) -> None:
    _fresh_bad_session(pair, participants_total=-1, participants_male=-1, participants_female=0)
    pair.receive(*pair.send())
    pair.receive(*pair.send(full=True))
    assert len(pair.hub.services.quarantine.held(pair.hub.admin)) == 1


def test_release_needs_a_reason_an_officer_and_is_audited(pair: Pair) -> None:
    bad = _fresh_bad_session(pair, participants_male=3)
    pair.receive(*pair.send())
    [held] = pair.hub.services.quarantine.held(pair.hub.admin)
    service = pair.hub.services.quarantine
    viewer = Actor("viewer-id", "xem", Role.VIEWER)
    with pytest.raises(DomainError) as refused:
        service.release(viewer, held.id, reason="đã gọi điện xác minh")
    assert refused.value.code == "sync.quarantine_viewer" and "tài khoản xem" in str(refused.value)
    with pytest.raises(DomainError) as empty:
        service.release(pair.hub.admin, held.id, reason="  ")
    assert empty.value.code == "sync.quarantine_reason_required"
    assert _at_hub(pair) == {}
    released = service.release(pair.hub.admin, held.id, reason="Xã xác nhận qua điện thoại: 3 nam, 10 nữ").value
    assert released.status == "released"
    assert set(_at_hub(pair)) == {bad}
    with pair.hub.services.register.uow() as uow:
        entry = uow.session.execute(select(AuditEntry).where(AuditEntry.action == "sync.quarantine_release")).scalar_one()
        assert entry.entity_id == bad and "Xã xác nhận" in entry.detail
    with pytest.raises(DomainError) as again:
        service.release(pair.hub.admin, held.id, reason="lần nữa")
    assert again.value.code == "sync.quarantine_not_found"


def test_a_bundle_where_every_record_breaks_a_rule_is_all_held(pair: Pair) -> None:
    for _ in range(3):
        _fresh_bad_session(pair, participants_total=-2, participants_male=-2, participants_female=0)
    [item] = pair.receive(*pair.send()).items
    assert item.report.status == "imported" and item.report.counts.held == 3 and item.report.counts.new == 0
    assert _at_hub(pair) == {}
    with pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(QuarantinedRecord)).scalar_one() == 3


def test_a_rule_newer_than_the_record_does_not_hold_it(pair: Pair) -> None:
    # Before the programme's start: a rule this release added. A record created before it is not held for it.
    old = _fresh_bad_session(pair, held_on=date(2018, 6, 1),
                             created_at=datetime(2026, 6, 1, 3, 0, tzinfo=pair.commune.clock.now().tzinfo))
    pair.receive(*pair.send())
    assert set(_at_hub(pair)) == {old}
    assert pair.hub.services.quarantine.held(pair.hub.admin) == []


def test_a_record_created_after_the_rule_is_held_for_it(pair: Pair) -> None:
    zone = pair.commune.clock.now().tzinfo
    new = _fresh_bad_session(pair, held_on=date(2018, 6, 1), created_at=datetime(2026, 12, 2, 3, 0, tzinfo=zone))
    pair.receive(*pair.send())
    [held] = pair.hub.services.quarantine.held(pair.hub.admin)
    assert (held.record_id, [r["code"] for r in held.rules]) == (new, ["sync.rule_before_programme"])


def test_import_bundle_dry_run_lists_what_would_be_held(pair: Pair, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main
    from tests.conftest import PASSWORD

    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    bad = _fresh_bad_session(pair, participants_total=-5, participants_male=-5, participants_female=0)
    pair.send()
    code = main(["--data-dir", str(pair.hub.data_dir.root), "import-bundle", str(pair.outbox), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "preview" in out and "held=1" in out
    assert f"Giữ lại outreach_sessions {bad} v1: number.negative (participants_total): Số không được âm." in out
    assert pair.hub.services.quarantine.held(pair.hub.admin) == []
