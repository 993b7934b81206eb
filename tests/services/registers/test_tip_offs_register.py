"""The tip-off register on a real encrypted file: save, list, filters, T9 figures, permissions, nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db.models import AuditEntry, TipOff
from desktop.domain import periods
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.roles import Role
from desktop.domain.tip_offs import TipOffDraft
from desktop.services.context import Actor, Changes
from desktop.services.registers.tip_offs import TipOffQuery
from tests.conftest import Opened
from tests.services.establishments.test_establishments_register import KARAOKE

VIEWER = Actor(account_id="viewer-1", username="xem", role=Role.VIEWER)
OFFICER = Actor(account_id="officer-1", username="canbo", role=Role.OFFICER)
TIP = TipOffDraft(received_on=date(2026, 10, 1), channel="hotline", subject_kind="establishment",
                  description="Phản ánh quán karaoke mở sau 24 giờ, nghi có hoạt động mua bán dâm")


def _rows(opened: Opened) -> int:
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(func.count()).select_from(TipOff)).scalar_one()


def test_a_tip_off_is_received_linked_verified_and_handled(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    shop = s.establishments.save(admin, KARAOKE).value
    saved = s.tip_offs.save(admin, replace(TIP, establishment_id=shop.id))
    assert saved.changes == Changes.TIP_OFFS
    record = saved.value
    assert record.establishment_name == "Karaoke Đồng Xuân" and record.version == 1
    closed = replace(record.draft, verified_on=date(2026, 10, 3), verification_result="confirmed",
                     passed_on_to="team_178", passed_on_on=date(2026, 10, 5), handled_on=date(2026, 10, 22),
                     outcome="sanctioned")
    again = s.tip_offs.save(admin, closed, record_id=record.id, expected_version=1).value
    assert again.version == 2
    [row] = s.tip_offs.page(admin, TipOffQuery(), offset=0, limit=10)
    assert (row.stage, row.days_to_handle, row.establishment_name) == ("handled", 21, "Karaoke Đồng Xuân")
    with opened.services.register.uow() as uow:
        actions = list(uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())
        assert actions[-2:] == ["tip_off.create", "tip_off.update"]
        assert "mua bán dâm" not in " ".join(uow.session.execute(select(AuditEntry.detail)).scalars())
    with pytest.raises(DomainError) as stale:
        s.tip_offs.save(admin, closed, record_id=record.id, expected_version=1)
    assert stale.value.code == "tip_off.stale"


def test_a_tip_off_closed_before_it_was_received_is_refused_and_nothing_is_saved(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    with pytest.raises(ValidationFailed) as refused:
        s.tip_offs.save(admin, replace(TIP, handled_on=date(2026, 9, 30), outcome="unfounded"))
    assert [p.code for p in refused.value.problems] == ["tip_off.handled_before_received"]
    assert "Ngày xử lý xong không được trước ngày tiếp nhận (01/10/2026)." in str(refused.value)
    assert _rows(opened) == 0
    record = s.tip_offs.save(admin, TIP).value
    with pytest.raises(ValidationFailed):
        s.tip_offs.save(admin, replace(TIP, verified_on=date(2026, 9, 1), verification_result="confirmed"),
                        record_id=record.id)
    assert s.tip_offs.get(admin, record.id).draft == TIP and s.tip_offs.get(admin, record.id).version == 1


def test_an_unknown_or_deleted_establishment_cannot_be_linked(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    shop = s.establishments.save(admin, KARAOKE).value
    s.establishments.delete(admin, shop.id)
    with pytest.raises(ValidationFailed) as refused:
        s.tip_offs.save(admin, replace(TIP, establishment_id=shop.id))
    assert refused.value.problems[0].code == "tip_off.establishment_not_found"
    assert _rows(opened) == 0
    assert s.tip_offs.establishment_choices(admin) == []


def test_filters_by_stage_channel_period_and_overdue(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    s.tip_offs.save(admin, replace(TIP, received_on=date(2026, 9, 1), channel="letter"))  # open 88 days: overdue
    s.tip_offs.save(admin, replace(TIP, received_on=date(2026, 11, 20)))  # open 8 days
    s.tip_offs.save(admin, replace(TIP, verified_on=date(2026, 10, 2), verification_result="not_confirmed",
                                   handled_on=date(2026, 10, 2), outcome="unfounded"))

    def received(query: TipOffQuery) -> list[date]:
        return [r.received_on for r in s.tip_offs.page(admin, query, offset=0, limit=10)]

    assert received(TipOffQuery()) == [date(2026, 11, 20), date(2026, 10, 1), date(2026, 9, 1)]
    assert received(TipOffQuery(stage="received")) == [date(2026, 11, 20), date(2026, 9, 1)]
    assert received(TipOffQuery(stage="handled")) == [date(2026, 10, 1)]
    assert received(TipOffQuery(channel="letter")) == [date(2026, 9, 1)]
    assert received(TipOffQuery(overdue_only=True)) == [date(2026, 9, 1)]
    assert s.tip_offs.count(admin, TipOffQuery(period=periods.parse("2026-Q4"))) == 2
    assert s.tip_offs.count(admin, TipOffQuery(search="karaoke mo sau")) == 3  # folded: "mở sau"
    assert s.tip_offs.count(admin, TipOffQuery(search="nhà nghỉ")) == 0


def test_t9_summary_counts_what_became_of_the_period_s_tip_offs(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    for received, handled in ((date(2026, 7, 1), date(2026, 7, 11)), (date(2026, 7, 10), date(2026, 9, 8)),
                              (date(2026, 8, 1), None), (date(2026, 6, 30), date(2026, 7, 1))):
        draft = replace(TIP, received_on=received, verified_on=received, verification_result="confirmed")
        if handled:
            draft = replace(draft, handled_on=handled, outcome="no_violation")
        s.tip_offs.save(admin, draft)
    summary = s.tip_offs.summary(admin, periods.parse("2026-Q3"))
    # Received in Q3: 1/7 (10 days), 10/7 (60 days), 1/8 (open); 30/6 belongs to Q2.
    assert (summary.received, summary.verified, summary.handled, summary.handled_within) == (3, 3, 2, 1)
    assert summary.median_days == 35.0 and summary.handled_percent == 66.7
    assert s.tip_offs.summary(VIEWER, periods.parse("2026-Q3")).received == 3  # counts only


def test_a_viewer_sees_no_tip_off_and_an_officer_may_record_one(opened: Opened) -> None:
    s = opened.services
    for call in (lambda: s.tip_offs.page(VIEWER, TipOffQuery(), offset=0, limit=5),
                 lambda: s.tip_offs.count(VIEWER, TipOffQuery()), lambda: s.tip_offs.save(VIEWER, TIP)):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == "permission.denied"
    record = s.tip_offs.save(OFFICER, TIP).value
    s.tip_offs.delete(OFFICER, record.id)
    assert s.tip_offs.count(opened.admin, TipOffQuery()) == 0
    with opened.services.register.uow() as uow:
        assert uow.session.get(TipOff, record.id).deleted_at is not None  # a tombstone that travels


def test_the_home_screen_names_tip_offs_open_too_long_to_officers_only(opened: Opened) -> None:
    from desktop.services.home.home import attention

    s, admin = opened.services, opened.admin
    s.tip_offs.save(admin, replace(TIP, received_on=date(2026, 10, 1)))  # 58 days open
    s.tip_offs.save(admin, replace(TIP, received_on=date(2026, 11, 20)))
    [item] = [i for i in attention(s.register, admin) if i.code == "home.tip_offs_overdue"]
    assert (item.params, item.target_page, item.severity) == ({"count": 1, "days": 30}, "tip_offs", "warning")
    assert not [i for i in attention(s.register, VIEWER) if i.code == "home.tip_offs_overdue"]
