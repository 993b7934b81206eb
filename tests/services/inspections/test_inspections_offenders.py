"""Violations by the business or by an individual present: the offence must apply to that offender, on that day,
with that offender's fine range; a record that contradicts itself is refused whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.db.models import AuditEntry, Inspection, InspectionResult, Violation
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ItemResult, ViolationDraft
from desktop.domain.problems import ValidationFailed
from desktop.domain.sanctions import OffenderKind, SanctionReference, SanctionTable, default_table
from desktop.services.inspections.inspections import InspectionService

# An operator offence shaped like the decrees' (individual range, the organisation's double range); test data,
# so the rules are tested whatever the shipped reference holds.
HARBOURING = SanctionReference(
    id="test-chua-chap", decree="282/2025/NĐ-CP", article="34", clause="2", point="a",
    description="Để cơ sở kinh doanh dịch vụ xảy ra hoạt động mại dâm", min_vnd=20_000_000, max_vnd=30_000_000,
    warning=False, valid_from=date(2025, 12, 15), valid_to=None, verified=False,
    offenders=frozenset({OffenderKind.HOUSEHOLD, OffenderKind.ENTERPRISE}), org_min_vnd=40_000_000,
    org_max_vnd=60_000_000, additional_penalties=("Tước giấy phép từ 01 đến 03 tháng",), source="test")
OLD_HARBOURING = replace(HARBOURING, id="test-chua-chap-cu", decree="144/2021/NĐ-CP", valid_from=date(2022, 1, 1),
                         valid_to=date(2025, 12, 14))
TABLE = SanctionTable((*default_table().entries, HARBOURING, OLD_HARBOURING))
KARAOKE = EstablishmentDraft(name="Karaoke Đồng Xuân", business_type="karaoke", address="Số 12, thôn Đồng Xuân",
                             representative="Trần Văn Hùng", opened_on=date(2020, 1, 5))
BUSINESS = ViolationDraft("Để khách mua dâm tại phòng hát số 5", "fine_proposal", sanction_ref=HARBOURING.id,
                          proposed_amount=25_000_000, offender_kind=OffenderKind.HOUSEHOLD.value)


@pytest.fixture
def service(opened) -> InspectionService:  # type: ignore[no-untyped-def]
    return InspectionService(opened.services.register, sanctions=TABLE)


@pytest.fixture
def karaoke(opened) -> str:  # type: ignore[no-untyped-def]
    return opened.services.establishments.save(opened.admin, KARAOKE).value.id


def visit(establishment_id: str, *violations: ViolationDraft, **changes: object) -> InspectionDraft:
    draft = InspectionDraft(
        establishment_id=establishment_id, started_at=datetime(2026, 10, 2, 21, 0, tzinfo=LOCAL_ZONE),
        kind="surprise", team_members="Đỗ Văn Hải, Hà Thu Trang", representative="Trần Văn Hùng",
        staff_present=5, template_version=1, results=(ItemResult("K03", "pass"),), violations=violations,
        conclusion="violations" if violations else "no_violation")
    return replace(draft, **changes)


def counts(opened) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Inspection, InspectionResult, Violation, AuditEntry))


def refused(opened, service: InspectionService, draft: InspectionDraft) -> list[str]:  # type: ignore[no-untyped-def]
    before = counts(opened)
    with pytest.raises(ValidationFailed) as error:
        service.record(opened.admin, draft)
    assert counts(opened) == before  # nothing saved half-way
    return [p.code for p in error.value.problems]


def test_a_household_business_is_fined_within_the_individual_range(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    record = service.record(opened.admin, visit(karaoke, BUSINESS)).value
    cited = record.violations[0]
    assert cited.draft.offender_kind == "household_business" and cited.draft.offender_name == ""
    assert (cited.amount_min, cited.amount_max) == (20_000_000, 30_000_000)
    assert cited.citation == "Điểm a Khoản 2 Điều 34 Nghị định 282/2025/NĐ-CP"


def test_an_enterprise_is_held_to_the_organisation_range(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    enterprise = replace(BUSINESS, offender_kind=OffenderKind.ENTERPRISE.value)
    assert refused(opened, service, visit(karaoke, enterprise)) == ["violation.organisation_in_individual_range"]
    record = service.record(opened.admin, visit(karaoke, replace(enterprise, proposed_amount=50_000_000))).value
    assert (record.violations[0].amount_min, record.violations[0].amount_max) == (40_000_000, 60_000_000)


def test_the_organisation_message_names_its_own_range(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.messages import render

    with pytest.raises(ValidationFailed) as error:
        service.record(opened.admin, visit(karaoke, replace(BUSINESS, offender_kind="enterprise")))
    problem = error.value.problems[0]
    assert problem.field == "violations[0].proposed_amount"
    assert "40.000.000 – 60.000.000" in render(problem.code, problem.params)
    assert "25.000.000" in render(problem.code, problem.params)


@pytest.mark.parametrize(("violation", "code"), [
    (replace(BUSINESS, sanction_ref=OLD_HARBOURING.id), "violation.reference_not_in_force"),
    (replace(BUSINESS, offender_kind=None), "violation.offender_required"),
    (replace(BUSINESS, offender_kind="worker"), "violation.unknown_offender"),
    (replace(BUSINESS, offender_name="Nguyễn Văn A"), "violation.operator_named"),
    (replace(BUSINESS, proposed_amount=35_000_000), "violation.amount_out_of_range"),
])
def test_bad_business_violations_are_refused_whole(opened, service, karaoke, violation, code) -> None:  # type: ignore[no-untyped-def]
    assert code in refused(opened, service, visit(karaoke, violation))


def test_a_person_present_is_described_by_role_and_only_for_offences_of_individuals(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    person = ViolationDraft("Khách mua dâm tại phòng 5", "fine_proposal", sanction_ref="nd282-mua-dam",
                            proposed_amount=1_500_000, offender_kind="person")
    assert refused(opened, service, visit(karaoke, person)) == ["violation.person_role_required"]
    on_operator_offence = replace(BUSINESS, offender_kind="person", offender_role="Người quản lý ca")
    assert "violation.reference_not_for_offender" in refused(opened, service, visit(karaoke, on_operator_offence))
    saved = service.record(opened.admin, visit(karaoke, replace(person, offender_role="Khách"))).value
    assert saved.violations[0].draft.offender_role == "Khách"


def test_the_picker_offers_what_is_in_force_for_the_kind(opened, service) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 10, 2)
    operators = {r.id for r in service.references_in_force(opened.admin, day, OffenderKind.ENTERPRISE)}
    persons = {r.id for r in service.references_in_force(opened.admin, day, OffenderKind.PERSON)}
    assert HARBOURING.id in operators and "nd282-mua-dam" not in operators
    assert "nd282-mua-dam" in persons and HARBOURING.id not in persons
    assert OLD_HARBOURING.id not in operators  # ended 14/12/2025
    assert OLD_HARBOURING.id in {r.id for r in service.references_in_force(opened.admin, date(2025, 6, 1),
                                                                             OffenderKind.HOUSEHOLD)}


def test_counts_must_agree_with_item_results(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    # 2 staff without a contract, yet the contract item (C03 on checklist v1) says "đạt".
    draft = visit(karaoke, staff_without_contract=2, results=(ItemResult("C03", "pass"),))
    assert refused(opened, service, draft) == ["inspection.count_contradicts_item"]
    minors = visit(karaoke, staff_under_18=1, results=(ItemResult("C04", "pass"), ItemResult("C09", "fail")))
    assert refused(opened, service, minors) == ["inspection.count_contradicts_item"]
    service.record(opened.admin, visit(karaoke, staff_without_contract=2, results=(ItemResult("C03", "fail"),)))


def test_the_conclusion_must_agree_with_the_violations(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    assert refused(opened, service, visit(karaoke, BUSINESS, conclusion="no_violation")) == [
        "inspection.no_violation_but_recorded"]
    assert refused(opened, service, visit(karaoke, conclusion="violations")) == [
        "inspection.violation_but_none_recorded"]


def test_a_failed_item_that_suggests_an_offence_offers_the_violation_prefilled(opened, karaoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from desktop.domain.checklists import checklists_dir, load_catalogue

    v1 = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))
    for item in v1["items"]:
        if item["code"] == "K04":  # latch inside a room: suggests the operator offence (old and new decree)
            item["suggests"] = [OLD_HARBOURING.id, HARBOURING.id]
    (tmp_path / "checklist_v1.json").write_text(json.dumps(v1, ensure_ascii=False), "utf-8")
    service = InspectionService(opened.services.register, sanctions=TABLE,
                                catalogue=load_catalogue(tmp_path, {e.id for e in TABLE.entries}))
    draft = visit(karaoke, results=(ItemResult("K03", "pass"), ItemResult("K04", "fail")))
    (suggested,) = service.suggestions(opened.admin, draft)
    assert (suggested.item_code, suggested.sanction_ref, suggested.offender_kind, suggested.handling) == (
        "K04", HARBOURING.id, "household_business", "fine_proposal")  # the one in force on 02/10/2026
    assert suggested.proposed_amount is None  # the officer proposes the amount; the app never computes it
    earlier = replace(draft, started_at=datetime(2025, 6, 2, 21, tzinfo=LOCAL_ZONE))
    assert service.suggestions(opened.admin, earlier)[0].sanction_ref == OLD_HARBOURING.id
    covered = replace(draft, violations=(replace(BUSINESS, item_code="K04"),))
    assert service.suggestions(opened.admin, covered) == ()  # already recorded: nothing offered twice
    saved = service.record(opened.admin, replace(draft, violations=(replace(suggested, proposed_amount=20_000_000),),
                                                 conclusion="violations")).value
    assert saved.violations[0].draft.sanction_ref == HARBOURING.id


def test_formalities_out_of_bounds_are_refused(opened, service, karaoke) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 10, 2, 21, 0, tzinfo=LOCAL_ZONE)
    for changes, code in (({"ended_at": start}, "inspection.ended_before_start"),
                          ({"ended_at": start.replace(day=4)}, "inspection.visit_too_long"),
                          ({"copies": 0}, "inspection.copies_invalid"),
                          ({"record_number": "1" * 65}, "text.too_long"),
                          ({"conclusion": "maybe"}, "inspection.unknown_conclusion"),
                          ({"team_id": "no-such-team"}, "inspection.unknown_team")):
        assert code in refused(opened, service, visit(karaoke, **changes)), code
