"""The establishment register on a real encrypted file: save, list with filters, delete, permissions, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.db.models import AuditEntry, Establishment
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.roles import Role
from desktop.services.context import Actor, Changes
from desktop.services.establishments.establishments import EstablishmentQuery

VIEWER = Actor(account_id="viewer-1", username="xem", role=Role.VIEWER)
KARAOKE = EstablishmentDraft(name="Karaoke Đồng Xuân", business_type="karaoke", address="Số 12, thôn Đồng Xuân",
                             representative="Trần Văn Hùng", registration_number="25A8012345",
                             registration_date=date(2019, 12, 20), opened_on=date(2020, 1, 5), notes="Hay mở muộn")
HOTEL = EstablishmentDraft(name="Nhà nghỉ Hoa Sen", business_type="accommodation", address="Tổ 3, thôn Lũng Hạ",
                           security_certificate_number="113/ĐĐK", security_certificate_date=date(2021, 3, 1))
BAR = EstablishmentDraft(name="Bar Đêm Trắng", business_type="bar", address="Chợ Mới", status="suspended")
SHUT = EstablishmentDraft(name="Massage Thanh Xuân", business_type="massage_sauna", address="Thôn Phú Hà",
                          status="closed", opened_on=date(2018, 1, 1), closed_on=date(2025, 6, 30))


def _rows(opened) -> int:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(func.count()).select_from(Establishment)).scalar_one()


def _actions(opened) -> list[str]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        return list(uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def _names(opened, query: EstablishmentQuery) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in opened.services.establishments.page(opened.admin, query, offset=0, limit=100)]


def _visit(opened, establishment_id: str, day: date, *, violation: bool = False) -> None:  # type: ignore[no-untyped-def]
    violations = (ViolationDraft("Không có danh sách người lao động", "warning", legal_basis="Thực tiễn", offender_kind="household_business"),) \
        if violation else ()
    opened.services.inspections.record(opened.admin, InspectionDraft(
        establishment_id=establishment_id, started_at=datetime.combine(day, datetime.min.time(), LOCAL_ZONE)
        .replace(hour=20), kind="planned", team_members="Đỗ Văn Hải", violations=violations))


def test_save_get_update_keeps_every_field_and_audits(opened) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    outcome = service.save(opened.admin, replace(KARAOKE, name="  Karaoke  Đồng Xuân "))
    assert outcome.changes == Changes.ESTABLISHMENTS
    record = service.get(opened.admin, outcome.value.id)
    assert record.draft == KARAOKE and record.version == 1  # NFC, single spaces
    updated = service.save(opened.admin, replace(KARAOKE, status="suspended"), record_id=record.id,
                           expected_version=1).value
    assert updated.version == 2 and updated.draft.status == "suspended"
    with pytest.raises(DomainError) as stale:
        service.save(opened.admin, KARAOKE, record_id=record.id, expected_version=1)
    assert stale.value.code == "establishment.stale"
    assert _actions(opened)[-2:] == ["establishment.create", "establishment.update"]


def test_notes_are_local_only(opened) -> None:  # type: ignore[no-untyped-def]
    from desktop.db.base import local_only_columns

    assert local_only_columns(Establishment) == {"notes"}


def test_bad_input_saves_nothing(opened) -> None:  # type: ignore[no-untyped-def]
    before = _rows(opened), len(_actions(opened))
    with pytest.raises(ValidationFailed) as refused:
        opened.services.establishments.save(opened.admin, replace(KARAOKE, name="", business_type="casino",
                                                                  opened_on=date(2027, 1, 1)))
    assert [p.code for p in refused.value.problems] == ["required", "establishment.unknown_type", "date.future"]
    assert (_rows(opened), len(_actions(opened))) == before


def test_filters_search_and_sort(opened) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    ids = {d.name: service.save(opened.admin, d).value.id for d in (KARAOKE, HOTEL, BAR, SHUT)}
    _visit(opened, ids["Karaoke Đồng Xuân"], date(2026, 3, 1), violation=True)
    _visit(opened, ids["Nhà nghỉ Hoa Sen"], date(2025, 8, 1), violation=True)
    _visit(opened, ids["Nhà nghỉ Hoa Sen"], date(2025, 9, 1))  # the later, clean visit closes the matter
    assert _names(opened, EstablishmentQuery()) == ["Bar Đêm Trắng", "Karaoke Đồng Xuân", "Massage Thanh Xuân",
                                                    "Nhà nghỉ Hoa Sen"]
    assert _names(opened, EstablishmentQuery(business_type="accommodation")) == ["Nhà nghỉ Hoa Sen"]
    assert _names(opened, EstablishmentQuery(status="suspended")) == ["Bar Đêm Trắng"]
    assert _names(opened, EstablishmentQuery(active_only=True, not_inspected_this_year=True)) == [
        "Bar Đêm Trắng", "Nhà nghỉ Hoa Sen"]
    assert _names(opened, EstablishmentQuery(with_open_violations=True)) == ["Karaoke Đồng Xuân"]
    assert _names(opened, EstablishmentQuery(search="dong xuan")) == ["Karaoke Đồng Xuân"]
    assert _names(opened, EstablishmentQuery(search="HÙNG")) == ["Karaoke Đồng Xuân"]  # the representative
    assert _names(opened, EstablishmentQuery(search="100%_")) == []  # LIKE wildcards are literal
    assert _names(opened, EstablishmentQuery(sort="last_inspected_on", descending=True))[:2] == [
        "Karaoke Đồng Xuân", "Nhà nghỉ Hoa Sen"]
    assert service.count(opened.admin, EstablishmentQuery(active_only=True)) == 3
    page = service.page(opened.admin, EstablishmentQuery(), offset=1, limit=2)
    assert [r.name for r in page] == ["Karaoke Đồng Xuân", "Massage Thanh Xuân"]
    karaoke = page[0]
    assert (karaoke.last_inspected_on, karaoke.open_violations, karaoke.reinspection_due_on) == (
        date(2026, 3, 1), 1, date(2026, 3, 31))


def test_delete_is_a_tombstone_and_refused_once_inspected(opened) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    hotel = service.save(opened.admin, HOTEL).value.id
    karaoke = service.save(opened.admin, KARAOKE).value.id
    _visit(opened, karaoke, date(2026, 2, 1))
    with pytest.raises(DomainError) as refused:
        service.delete(opened.admin, karaoke)
    assert (refused.value.code, refused.value.params) == ("establishment.has_inspections", {"count": 1})
    service.delete(opened.admin, hotel)
    with opened.services.register.uow() as uow:
        row = uow.session.get(Establishment, hotel)
        assert row is not None and row.deleted_at is not None and row.version == 2
    assert _names(opened, EstablishmentQuery()) == ["Karaoke Đồng Xuân"]
    with pytest.raises(DomainError) as gone:
        service.get(opened.admin, hotel)
    assert gone.value.code == "establishment.not_found"
    assert _actions(opened)[-1] == "establishment.delete"


def test_opening_date_cannot_move_past_an_inspection(opened) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    record = service.save(opened.admin, KARAOKE).value
    _visit(opened, record.id, date(2026, 2, 1))
    with pytest.raises(ValidationFailed) as refused:
        service.save(opened.admin, replace(KARAOKE, opened_on=date(2026, 5, 1)), record_id=record.id)
    assert [(p.code, p.params) for p in refused.value.problems] == [
        ("establishment.opened_after_inspection", {"day": "01/02/2026"})]


def test_a_viewer_reads_but_cannot_change(opened) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    record = service.save(opened.admin, KARAOKE).value
    assert service.get(VIEWER, record.id).draft.name == "Karaoke Đồng Xuân"
    assert service.count(VIEWER, EstablishmentQuery()) == 1
    before = len(_actions(opened))
    for attempt in (lambda: service.save(VIEWER, HOTEL), lambda: service.delete(VIEWER, record.id),
                    lambda: service.save(VIEWER, KARAOKE, record_id=record.id)):
        with pytest.raises(DomainError) as denied:
            attempt()
        assert denied.value.code == "permission.denied"
    assert _rows(opened) == 1 and len(_actions(opened)) == before
