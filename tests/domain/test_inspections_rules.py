"""What an inspection record must meet against its establishment, its checklist and the sanction table."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.checklists import default_catalogue
from desktop.domain.inspections import (
    LOCAL_ZONE,
    InspectionDraft,
    ItemResult,
    ViolationDraft,
    inspection_problems,
    reinspection_due_on,
)
from desktop.domain.messages import render
from desktop.domain.problems import Problem
from desktop.domain.sanctions import default_table

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=LOCAL_ZONE)
TEMPLATE = default_catalogue().version(1)
GOOD = InspectionDraft(
    establishment_id="e1", started_at=datetime(2026, 10, 2, 21, 0, tzinfo=LOCAL_ZONE), kind="planned",
    team_members="Đỗ Văn Hải, Nguyễn Thị Lan", representative="Trần Văn Hùng",
    staff_present=6, staff_without_contract=2, staff_under_18=0, guests_present=11,
    results=(ItemResult("K03", "fail", note="Phòng 3 chỉ 15 m²"), ItemResult("K06", number=7),
             ItemResult("C01", "pass"), ItemResult("G99", note="Cửa thoát hiểm bị chắn")),
    violations=(ViolationDraft("Phòng hát dưới 20 m²", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4", offender_kind="household_business",
                               item_code="K03"),
                ViolationDraft("Khách mua dâm tại phòng 5", "fine_proposal", sanction_ref="nd282-mua-dam", offender_kind="person", offender_role="Khách",
                               proposed_amount=1_500_000)),
)


def problems(draft: InspectionDraft, *, business_type: str = "karaoke", existed_from: date | None = date(2020, 5, 1),
             template: object = TEMPLATE) -> list[Problem]:
    return inspection_problems(draft, business_type=business_type, existed_from=existed_from,
                               template=template, sanctions=default_table(), now=NOW)  # type: ignore[arg-type]


def codes(found: list[Problem]) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in found]


def violation(**changes: object) -> InspectionDraft:
    return replace(GOOD, violations=(replace(GOOD.violations[1], **changes),))


def test_a_complete_record_passes() -> None:
    assert problems(GOOD) == []


def test_required_fields() -> None:
    draft = replace(GOOD, started_at=None, team_members="  ", kind="")
    assert codes(problems(draft)) == [("required", "started_at"), ("inspection.unknown_kind", "kind"),
                                      ("required", "team_members")]


def test_an_inspection_in_the_future_is_refused() -> None:
    draft = replace(GOOD, started_at=NOW + timedelta(minutes=5))
    assert codes(problems(draft)) == [("date.future", "started_at")]


def test_an_inspection_before_the_establishment_existed_is_refused() -> None:
    found = problems(GOOD, existed_from=date(2026, 10, 3))
    assert codes(found) == [("inspection.before_establishment", "started_at")]
    assert render(found[0].code, found[0].params) == (
        "Ngày kiểm tra không được trước ngày cơ sở bắt đầu hoạt động hoặc đăng ký (03/10/2026).")
    assert problems(GOOD, existed_from=date(2026, 10, 2)) == []  # the opening day itself is fine


def test_the_day_is_read_in_vietnam_time() -> None:
    # 17:30 UTC on 1 October is 00:30 on 2 October in Vietnam: the day the business opened.
    late = replace(GOOD, started_at=datetime(2026, 10, 1, 17, 30, tzinfo=UTC))
    assert problems(late, existed_from=date(2026, 10, 2)) == []
    assert reinspection_due_on(late, delay_days=1) == date(2026, 10, 3)


def test_a_result_for_an_item_not_in_the_template_is_refused() -> None:
    draft = replace(GOOD, results=(*GOOD.results, ItemResult("Z42", "pass")))
    found = problems(draft)
    assert codes(found) == [("inspection.item_not_in_template", "results[4]")]
    assert render(found[0].code, found[0].params) == "Mục “Z42” không có trong mẫu phiếu kiểm tra phiên bản 1."


def test_a_result_for_an_item_of_another_business_type_is_refused() -> None:
    draft = replace(GOOD, results=(ItemResult("V03", "pass"),), violations=())
    assert codes(problems(draft)) == [("inspection.item_not_applicable", "results[0]")]


def test_answers_must_match_the_item() -> None:
    draft = replace(GOOD, violations=(), results=(
        ItemResult("K03"), ItemResult("K04", "maybe"), ItemResult("K06"), ItemResult("K05", "pass", number=3),
        ItemResult("C01", "pass"), ItemResult("C01", "fail"), ItemResult("K06", number=-1)))
    assert codes(problems(draft)) == [
        ("inspection.verdict_required", "results[0]"), ("inspection.verdict_required", "results[1]"),
        ("inspection.number_required", "results[2]"), ("inspection.answer_mismatch", "results[3]"),
        ("inspection.duplicate_result", "results[5]"), ("inspection.duplicate_result", "results[6]"),
        ("number.negative", "results[6]"),
    ]


def test_an_unknown_template_version_is_refused() -> None:
    assert codes(problems(replace(GOOD, template_version=7), template=None)) == [
        ("inspection.unknown_template", "template_version")]


def test_counts_of_people_on_site() -> None:
    draft = replace(GOOD, staff_present=2, staff_without_contract=3, staff_under_18=-1, guests_present=-2)
    assert codes(problems(draft)) == [("number.negative", "staff_under_18"), ("number.negative", "guests_present"),
                                      ("inspection.count_exceeds_staff", "staff_without_contract")]


def test_a_violation_without_a_legal_basis_is_refused() -> None:
    draft = replace(GOOD, violations=(ViolationDraft("Không có danh sách người lao động", "warning", offender_kind="household_business"),))
    found = problems(draft)
    assert codes(found) == [("violation.no_legal_basis", "violations[0].sanction_ref")]
    assert "căn cứ pháp lý" in render(found[0].code)


def test_a_proposed_fine_outside_the_referenced_range_is_refused() -> None:
    found = problems(violation(proposed_amount=2_500_000))
    assert codes(found) == [("violation.amount_out_of_range", "violations[0].proposed_amount")]
    assert render(found[0].code, found[0].params) == (
        "Số tiền đề nghị 2.500.000 đồng nằm ngoài khung 1.000.000 – 2.000.000 đồng "
        "của Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP.")
    assert codes(problems(violation(proposed_amount=999_999))) == [
        ("violation.amount_out_of_range", "violations[0].proposed_amount")]
    assert problems(violation(proposed_amount=2_000_000)) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"proposed_amount": None}, [("violation.amount_required", "violations[0].proposed_amount")]),
    ({"sanction_ref": None, "legal_basis": "Nghị định 54/2019/NĐ-CP"},
     [("violation.fine_needs_reference", "violations[0].sanction_ref")]),
    ({"sanction_ref": "nd999-khong-co"}, [("violation.unknown_reference", "violations[0].sanction_ref")]),
    ({"handling": "warning"}, [("violation.amount_without_fine", "violations[0].proposed_amount")]),
    ({"handling": "jail"}, [("violation.unknown_handling", "violations[0].handling"),
                            ("violation.amount_without_fine", "violations[0].proposed_amount")]),
    ({"description": ""}, [("required", "violations[0].description")]),
    ({"item_code": "A01"}, [("inspection.item_not_applicable", "violations[0].item_code")]),
])
def test_violation_rules(changes: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert codes(problems(violation(**changes))) == expected


def test_a_reference_must_be_in_force_on_the_day() -> None:
    # Decree 144/2021 ended on 14/12/2025; an inspection in October 2026 cites Decree 282/2025.
    found = problems(violation(sanction_ref="nd144-mua-dam"))
    assert codes(found) == [("violation.reference_not_in_force", "violations[0].sanction_ref")]
    assert found[0].params == {"reference": "Khoản 1 Điều 24 Nghị định 144/2021/NĐ-CP", "day": "02/10/2026"}
    old_day = replace(violation(sanction_ref="nd144-mua-dam"), started_at=datetime(2025, 12, 14, 22, tzinfo=LOCAL_ZONE))
    assert problems(old_day) == []


def test_a_follow_up_is_due_only_after_violations() -> None:
    assert reinspection_due_on(GOOD, delay_days=30) == date(2026, 11, 1)
    assert reinspection_due_on(replace(GOOD, violations=()), delay_days=30) is None
