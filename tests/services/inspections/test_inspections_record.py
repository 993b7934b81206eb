"""Recording inspections on a real encrypted file: all or nothing, follow-ups, amendments, coverage, home screen."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import AuditEntry, Inspection, InspectionResult, Violation
from desktop.domain import periods
from desktop.domain.checklists import checklists_dir, load_catalogue
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import (
    LOCAL_ZONE,
    InspectionDraft,
    ItemResult,
    ViolationDraft,
)
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.roles import Role
from desktop.reports.model import Status
from desktop.services import audit
from desktop.services.context import Actor, Changes
from desktop.services.home.home import Severity
from desktop.services.inspections.inspections import InspectionService

VIEWER = Actor(account_id="viewer-1", username="xem", role=Role.VIEWER)
OFFICER = Actor(account_id="officer-1", username="canbo", role=Role.OFFICER)
KARAOKE = EstablishmentDraft(name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ",
                             opened_on=date(2021, 4, 1))


def at(day: date, hour: int = 21) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL_ZONE)


def visit(establishment_id: str, day: date = date(2026, 10, 2), **changes: object) -> InspectionDraft:
    draft = InspectionDraft(
        establishment_id=establishment_id, started_at=at(day), kind="planned", team_members="Đỗ Văn Hải, Hà Thu Trang",
        representative="Lê Văn Long", staff_present=5, staff_without_contract=1, guests_present=9,
        findings="Cơ sở có phòng hát dưới 20 m².",
        results=(ItemResult("K03", "fail"), ItemResult("K04", "pass"), ItemResult("K06", number=6)),
        violations=(ViolationDraft("Phòng hát số 3 chỉ 15 m²", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                                   offender_kind="household_business", item_code="K03"),
                    ViolationDraft("Khách mua dâm tại phòng 5", "fine_proposal", sanction_ref="nd282-mua-dam",
                                   offender_kind="person", offender_role="Khách", proposed_amount=1_500_000)),
        # The formalities a record on checklist v2 needs; a v1 record carries them without printing them.
        record_number="12/BB-ĐKT", team_leader="Đỗ Văn Hải", recorder="Hà Thu Trang",
    )
    draft = replace(draft, **changes)
    if "conclusion" not in changes:
        draft = replace(draft, conclusion="violations" if draft.violations else "no_violation")
    return draft


def counts(opened) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Inspection, InspectionResult, Violation, AuditEntry))


@pytest.fixture
def karaoke(opened) -> str:  # type: ignore[no-untyped-def]
    return opened.services.establishments.save(opened.admin, KARAOKE).value.id


def test_an_inspection_is_saved_whole_and_reads_back(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    before = counts(opened)
    outcome = opened.services.inspections.record(OFFICER, visit(karaoke))
    assert outcome.changes == Changes.INSPECTIONS | Changes.ESTABLISHMENTS
    assert counts(opened) == (before[0] + 1, before[1] + 3, before[2] + 2, before[3] + 1)
    record = opened.services.inspections.get(VIEWER, outcome.value.id)
    assert record.draft == replace(visit(karaoke), template_version=1)
    assert record.establishment_name == "Karaoke Sao Mai" and record.business_type == "karaoke"
    fine = record.violations[1]
    assert (fine.citation, fine.amount_min, fine.amount_max) == (
        "Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP", 1_000_000, 2_000_000)
    assert record.violations[0].citation == "Nghị định 54/2019/NĐ-CP, Điều 4"


@pytest.mark.parametrize(("changes", "code"), [
    ({"started_at": at(date(2026, 11, 29))}, "date.future"),
    ({"started_at": at(date(2021, 3, 31)), "violations": ()}, "inspection.before_establishment"),
    ({"results": (ItemResult("Z42", "pass"),)}, "inspection.item_not_in_template"),
    ({"results": (ItemResult("A01", "pass"),)}, "inspection.item_not_applicable"),
    ({"violations": (ViolationDraft("Không có sổ theo dõi", "warning", offender_kind="household_business"),)}, "violation.no_legal_basis"),
    ({"violations": (ViolationDraft("Mua dâm", "fine_proposal", sanction_ref="nd282-mua-dam", offender_kind="person", offender_role="Khách",
                                    proposed_amount=7_000_000),)}, "violation.amount_out_of_range"),
    ({"team_members": ""}, "required"),
    ({"template_version": 5}, "inspection.unknown_template"),
])
def test_bad_input_saves_nothing(opened, karaoke,  # type: ignore[no-untyped-def]
                                 changes: dict[str, object], code: str) -> None:
    before = counts(opened)
    with pytest.raises(ValidationFailed) as refused:
        opened.services.inspections.record(opened.admin, visit(karaoke, **changes))
    assert [p.code for p in refused.value.problems] == [code]
    assert counts(opened) == before


def test_a_failure_half_way_leaves_nothing(opened, karaoke, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = counts(opened)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk gone")  # after the inspection, its results and violations were flushed

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(OSError):
        opened.services.inspections.record(opened.admin, visit(karaoke))
    monkeypatch.undo()
    assert counts(opened) == before


def test_unknown_or_deleted_establishment(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as missing:
        opened.services.inspections.record(opened.admin, visit("no-such-id"))
    assert missing.value.code == "establishment.not_found"


def test_follow_up_is_scheduled_and_cleared_by_the_next_visit(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.inspections
    first = service.record(opened.admin, visit(karaoke, day=date(2026, 10, 2))).value
    assert first.reinspection_due_on == date(2026, 11, 1)  # 30 days, the default setting
    due = service.due_reinspections(VIEWER)
    assert [(d.establishment_name, d.due_on, d.overdue) for d in due] == [("Karaoke Sao Mai", date(2026, 11, 1), True)]
    clean = visit(karaoke, day=date(2026, 11, 20), kind="reinspection", violations=(),
                  results=(ItemResult("K03", "pass"),))
    assert service.record(opened.admin, clean).value.reinspection_due_on is None
    assert service.due_reinspections(opened.admin) == []


def test_the_delay_is_a_setting(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.inspections
    assert service.set_reinspection_days(opened.admin, 14).changes == Changes.SETTINGS
    assert service.reinspection_days(VIEWER) == 14
    assert service.record(opened.admin, visit(karaoke, day=date(2026, 11, 20))).value.reinspection_due_on == \
        date(2026, 12, 4)
    assert not service.due_reinspections(opened.admin)[0].overdue
    with pytest.raises(DomainError) as bad:
        service.set_reinspection_days(opened.admin, 0)
    assert bad.value.code == "inspection.reinspection_days_invalid"
    with pytest.raises(DomainError) as denied:
        service.set_reinspection_days(OFFICER, 20)  # settings are the administrator's
    assert denied.value.code == "permission.denied"


def test_amend_replaces_results_with_tombstones(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.inspections
    record = service.record(opened.admin, visit(karaoke)).value
    amended = service.amend(opened.admin, record.id, visit(karaoke, decision_reference="15/QĐ-XPVPHC", violations=()),
                            expected_version=1).value
    assert amended.version == 2 and amended.draft.decision_reference == "15/QĐ-XPVPHC"
    assert amended.violations == () and amended.reinspection_due_on is None
    with opened.services.register.uow() as uow:
        buried = uow.session.execute(select(func.count()).select_from(Violation)
                                     .where(Violation.deleted_at.is_not(None))).scalar_one()
    assert buried == 2  # the hub learns they are gone
    with pytest.raises(DomainError) as stale:
        service.amend(opened.admin, record.id, visit(karaoke), expected_version=1)
    assert stale.value.code == "inspection.stale"


def test_delete_buries_the_inspection_and_its_children(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.inspections
    record = service.record(opened.admin, visit(karaoke)).value
    service.delete(opened.admin, record.id)
    assert service.history(opened.admin, karaoke) == [] and service.due_reinspections(opened.admin) == []
    with opened.services.register.uow() as uow:
        alive = [uow.session.execute(select(func.count()).select_from(m).where(m.deleted_at.is_(None))).scalar_one()
                 for m in (Inspection, InspectionResult, Violation)]
        last = select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(2)
        actions = list(uow.session.execute(last).scalars())
    assert alive == [0, 0, 0] and actions == ["inspection.delete", "inspection.create"]


def test_a_viewer_cannot_record_amend_or_delete(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.inspections
    record = service.record(opened.admin, visit(karaoke)).value
    before = counts(opened)
    for attempt in (lambda: service.record(VIEWER, visit(karaoke)), lambda: service.delete(VIEWER, record.id),
                    lambda: service.amend(VIEWER, record.id, visit(karaoke))):
        with pytest.raises(DomainError) as denied:
            attempt()
        assert denied.value.code == "permission.denied"
    assert counts(opened) == before
    assert [r.violations for r in service.history(VIEWER, karaoke)] == [2]


def test_old_records_keep_their_template_version(opened, karaoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    v1 = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))
    v2 = copy.deepcopy(v1) | {"version": 2, "valid_from": "2026-11-01"}
    v2["items"] = [i for i in v2["items"] if i["code"] != "K06"]  # v2 drops the room count
    for name, data in (("checklist_v1.json", v1), ("checklist_v2.json", v2)):
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    service = InspectionService(opened.services.register, catalogue=load_catalogue(tmp_path))
    old = service.record(opened.admin, visit(karaoke, day=date(2026, 10, 2))).value
    assert old.draft.template_version == 1
    with pytest.raises(ValidationFailed) as refused:
        service.record(opened.admin, visit(karaoke, day=date(2026, 11, 10)))
    assert [p.code for p in refused.value.problems] == ["inspection.item_not_in_template"]
    assert service.get(opened.admin, old.id).draft.template_version == 1


def test_coverage_on_a_small_hand_computed_register(opened) -> None:  # type: ignore[no-untyped-def]
    save = opened.services.establishments.save
    a = opened.admin
    k1 = save(a, KARAOKE).value.id
    k2 = save(a, replace(KARAOKE, name="Karaoke Tình Ca")).value.id
    save(a, replace(KARAOKE, name="Karaoke mở 2027?", opened_on=None))  # no dates: counted as existing
    h1 = save(a, EstablishmentDraft(name="Nhà nghỉ An", business_type="accommodation", address="Tổ 1",
                                    opened_on=date(2025, 3, 1))).value.id
    save(a, EstablishmentDraft(name="Nhà nghỉ Cũ", business_type="accommodation", address="Tổ 2", status="closed",
                               opened_on=date(2015, 1, 1), closed_on=date(2025, 12, 31)))  # out of scope in 2026
    gone = save(a, EstablishmentDraft(name="Xóa nhầm", business_type="bar", address="x")).value.id
    opened.services.establishments.delete(a, gone)
    record = opened.services.inspections.record
    record(a, visit(k1, day=date(2026, 2, 1), violations=()))
    record(a, visit(k1, day=date(2026, 9, 1), violations=()))  # twice in a year still counts once
    record(a, visit(h1, day=date(2025, 6, 1), violations=(), results=()))  # last year only
    # T8 is the indicator engine's alone: the establishments managed now, those inspected in the year.
    t8 = opened.services.reports.indicator(VIEWER, "T8", periods.year(2026))
    assert t8 is not None and (t8.figure.numerator, t8.figure.denominator, t8.figure.value) == (1, 4, 25.0)
    (by_type,) = [b for b in t8.breakdowns if b.dimension == "business_type"]
    assert {r.code: (r.figure.numerator, r.figure.denominator) for r in by_type.rows if r.figure.denominator} == {
        "accommodation": (0, 1), "karaoke": (1, 3)}
    assert [t.status for t in t8.targets if t.status in (Status.MET, Status.NOT_MET)] == []  # 2026's set has none
    opened.services.reports.set_annual_target(a, year=2026, indicator="T8", target_set="plan", target=">= 30")
    t8 = opened.services.reports.indicator(VIEWER, "T8", periods.year(2026))
    assert t8 is not None and [(t.text, t.status) for t in t8.targets] == [("≥ 30%", Status.NOT_MET)]
    programme = opened.services.inspections.programme_coverage(VIEWER, periods.parse("2025-01-01..2026-12-31"))
    assert [(r.business_type, r.establishments, r.inspected, r.met) for r in programme] == [
        ("accommodation", 2, 1, False), ("karaoke", 3, 1, False), (None, 5, 2, False)]
    assert programme[-1].target == Fraction(1)
    assert k2  # never inspected: part of the denominator


def test_home_screen_shows_follow_ups_and_establishments_not_inspected(opened, karaoke) -> None:  # type: ignore[no-untyped-def]
    save = opened.services.establishments.save
    for n in range(4):
        save(opened.admin, replace(KARAOKE, name=f"Karaoke {n}"))
    items = {i.code: i for i in opened.services.home.attention(VIEWER)}
    assert items["home.not_inspected_this_year"].params["count"] == 5
    assert items["home.not_inspected_this_year"].severity is Severity.INFO  # no T8 target in force for 2026
    opened.services.reports.set_annual_target(opened.admin, year=2026, indicator="T8", target_set="plan",
                                              target=">= 20")
    items = {i.code: i for i in opened.services.home.attention(VIEWER)}
    assert items["home.not_inspected_this_year"].severity is Severity.WARNING  # 0% is below the 20% target
    assert "home.reinspections_due" not in items
    opened.services.inspections.record(opened.admin, visit(karaoke, day=date(2026, 10, 2)))
    items = {i.code: i for i in opened.services.home.attention(VIEWER)}
    assert items["home.reinspections_due"].severity is Severity.URGENT
    assert items["home.reinspections_due"].params == {"count": 1, "overdue": 1, "first_due": "01/11/2026"}
    assert items["home.not_inspected_this_year"].params | {} == {
        "count": 4, "total": 5, "year": 2026, "percent": 20.0, "target": "≥ 20%"}
    assert items["home.not_inspected_this_year"].severity is Severity.INFO


def test_the_hub_has_no_inspection_items(hub) -> None:  # type: ignore[no-untyped-def]
    codes = {i.code for i in hub.services.home.attention(hub.admin)}
    assert not codes & {"home.reinspections_due", "home.not_inspected_this_year"}
