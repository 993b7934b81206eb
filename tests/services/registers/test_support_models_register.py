"""The support models register on a real encrypted file: models, activities, people supported, T10 figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db.models import SupportModel
from desktop.domain import periods
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.roles import Role
from desktop.domain.support_models import ActivityDraft, SupportGivenDraft, SupportModelDraft
from desktop.services.context import Actor, Changes
from tests.conftest import Opened

VIEWER = Actor(account_id="viewer-1", username="xem", role=Role.VIEWER)
CLUB = SupportModelDraft(name="Câu lạc bộ Bạn giúp bạn", kind="peer_club", established_on=date(2024, 3, 8),
                         host_organisation="Hội Liên hiệp Phụ nữ xã", core_members=8, members=25)
POINT = SupportModelDraft(name="Điểm hỗ trợ tại Trạm y tế", kind="service_point", established_on=date(2025, 1, 2),
                          host_organisation="Trạm y tế xã", core_members=2, members=3)


def test_a_model_with_more_core_members_than_members_is_refused_and_nothing_saved(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    with pytest.raises(ValidationFailed) as refused:
        s.support_models.save(admin, replace(CLUB, core_members=12, members=10))
    assert str(refused.value) == "Số thành viên nòng cốt (12) không được lớn hơn tổng số thành viên (10)."
    with opened.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(SupportModel)).scalar_one() == 0
    saved = s.support_models.save(admin, CLUB)
    assert saved.changes == Changes.SUPPORT_MODELS
    with pytest.raises(ValidationFailed):
        s.support_models.save(admin, replace(CLUB, members=5), record_id=saved.value.id)
    assert s.support_models.get(admin, saved.value.id).draft == CLUB


def test_activities_and_people_supported_make_the_year_s_figures(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    club = s.support_models.save(admin, CLUB).value
    point = s.support_models.save(admin, POINT).value
    s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 3, 5), "group_meeting", 20, 12))
    s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 8, 5), "peer_outreach", 30, 18))
    s.support_models.save_activity(admin, club.id, ActivityDraft(date(2025, 8, 5), "peer_outreach", 50, 50))
    s.support_models.save_support_given(admin, club.id, SupportGivenDraft(date(2026, 8, 31), "health_hiv", 9))
    s.support_models.save_support_given(admin, point.id, SupportGivenDraft(date(2026, 9, 30), "health_hiv", 4))
    s.support_models.save_support_given(admin, point.id, SupportGivenDraft(date(2026, 9, 30), "loans_jobs", 2))
    rows = {r.name: r for r in s.support_models.list_models(admin)}
    assert (rows[CLUB.name].activities, rows[CLUB.name].reached, rows[CLUB.name].supported) == (2, 30, 9)
    assert (rows[POINT.name].activities, rows[POINT.name].supported) == (0, 6)
    assert [r.name for r in s.support_models.list_models(admin, search="tram y te")] == [POINT.name]
    q3 = s.support_models.summary(VIEWER, periods.parse("2026-Q3"))
    assert (q3.models_operating, q3.core_members, q3.members, q3.activities, q3.participants, q3.people_reached) == (
        2, 10, 28, 1, 30, 18)
    assert q3.supported_by_category == {"health_hiv": 13, "loans_jobs": 2} and q3.people_supported == 15
    assert [a.draft.held_on for a in s.support_models.activities(admin, club.id)] == [
        date(2026, 8, 5), date(2026, 3, 5), date(2025, 8, 5)]


def test_records_stay_inside_the_model_life(opened: Opened) -> None:
    s, admin = opened.services, opened.admin
    club = s.support_models.save(admin, CLUB).value
    with pytest.raises(ValidationFailed) as early:
        s.support_models.save_activity(admin, club.id, ActivityDraft(date(2024, 1, 1), "group_meeting", 5, 5))
    assert early.value.problems[0].code == "support_model.before_established"
    s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 5, 1), "group_meeting", 5, 5))
    with pytest.raises(ValidationFailed) as closing:
        s.support_models.save(admin, replace(CLUB, closed_on=date(2026, 4, 30)), record_id=club.id)
    assert closing.value.problems[0].code == "support_model.closed_before_records"
    with pytest.raises(DomainError) as kept:
        s.support_models.delete(admin, club.id)
    assert kept.value.code == "support_model.has_records"
    [activity] = s.support_models.activities(admin, club.id)
    s.support_models.delete_activity(admin, activity.id)
    s.support_models.delete(admin, club.id)
    assert s.support_models.list_models(admin) == []


def test_a_viewer_reads_but_does_not_write(opened: Opened) -> None:
    s = opened.services
    s.support_models.save(opened.admin, CLUB)
    assert len(s.support_models.list_models(VIEWER)) == 1
    with pytest.raises(DomainError) as refused:
        s.support_models.save(VIEWER, POINT)
    assert refused.value.code == "permission.denied"
