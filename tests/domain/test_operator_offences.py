"""The operator offences of the shipped sanction reference: which decree applies on the inspection day, which offender
each applies to, and what a failed item of checklist v2 offers pre-filled (texts: resources/sanctions/README.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.checklists import default_catalogue
from desktop.domain.inspections import (
    LOCAL_ZONE,
    InspectionDraft,
    ItemResult,
    ViolationDraft,
    inspection_problems,
    suggested_violations,
)
from desktop.domain.sanctions import OffenderKind, default_table

TABLE = default_table()
V2 = default_catalogue().version(2)
PERSON, HOUSEHOLD, ENTERPRISE = OffenderKind.PERSON, OffenderKind.HOUSEHOLD, OffenderKind.ENTERPRISE
LAST_DAY_144, FIRST_DAY_282 = date(2025, 12, 14), date(2025, 12, 15)


def _ids(day: date, kind: OffenderKind) -> set[str]:
    return {e.id for e in TABLE.in_force(day, kind)}


@pytest.mark.parametrize(("old", "new", "same_amounts"), [
    ("nd144-d26-moi-gioi", "nd282-d34-k4c-moi-gioi", True),
    ("nd144-d26-che-giau", "nd282-d34-k2-che-giau-bao-ke", True),
    ("nd144-d26-loi-keo-ep-buoc", "nd282-d34-k3-loi-keo-ep-buoc", True),
    ("nd144-d26-bao-ke-vu-luc", "nd282-d34-k4a-bao-ke-vu-luc", True),
    ("nd144-luu-tru-1-3-nguoi", "nd282-luu-tru-1-3-nguoi", False),  # 1–2 M became 2–4 M
])
def test_a_decree_144_offence_ends_on_14_december_2025_and_its_282_successor_starts_the_next_day(
        old: str, new: str, same_amounts: bool) -> None:
    for kind in (HOUSEHOLD, ENTERPRISE):
        assert old in _ids(LAST_DAY_144, kind) and new not in _ids(LAST_DAY_144, kind)
        assert old not in _ids(FIRST_DAY_282, kind) and new in _ids(FIRST_DAY_282, kind)
    before, after = TABLE.get(old), TABLE.get(new)
    assert before is not None and after is not None
    assert (before.range_for(HOUSEHOLD) == after.range_for(HOUSEHOLD)) is same_amounts


def test_the_labour_contract_offence_moves_from_decree_12_2022_to_283_2026_on_10_september_2026() -> None:
    assert "nd12-d9-k1a-hop-dong-1-10" in _ids(date(2026, 9, 9), HOUSEHOLD)
    assert "nd283-d15-k1a-hop-dong-1-10" not in _ids(date(2026, 9, 9), HOUSEHOLD)
    assert "nd12-d9-k1a-hop-dong-1-10" not in _ids(date(2026, 9, 10), ENTERPRISE)
    contract = TABLE.get("nd283-d15-k1a-hop-dong-1-10")
    assert contract is not None and contract.verified and contract.in_force(date(2026, 9, 10))
    assert contract.citation == "Điểm a Khoản 1 Điều 15 Nghị định 283/2026/NĐ-CP"
    assert contract.range_for(HOUSEHOLD) == (2_000_000, 5_000_000)
    assert contract.range_for(ENTERPRISE) == (4_000_000, 10_000_000)
    assert not contract.applies_to(PERSON)  # the employer is the business


def test_letting_prostitution_happen_fines_the_manager_or_the_household_never_the_organisation() -> None:
    # Decree 282/2025 Art. 35(1) fines the head, legal representative or manager: an individual.
    lax = TABLE.get("nd282-d35-k1-de-xay-ra")
    assert lax is not None and lax.verified
    assert lax.citation == "Khoản 1 Điều 35 Nghị định 282/2025/NĐ-CP"
    assert lax.range_for(HOUSEHOLD) == lax.range_for(PERSON) == (20_000_000, 30_000_000)
    assert not lax.applies_to(ENTERPRISE) and lax.org_min_vnd is None
    assert any("Giấy chứng nhận đủ điều kiện về an ninh, trật tự từ 03 tháng đến 06 tháng" in p
               for p in lax.additional_penalties)
    business = TABLE.get("nd282-d35-k2-phuong-thuc-kinh-doanh")
    assert business is not None and business.range_for(ENTERPRISE) == (60_000_000, 80_000_000)
    assert business.remedial_measures and "số lợi bất hợp pháp" in business.remedial_measures[0]


def test_the_security_certificate_offence_is_the_operators_and_the_organisation_pays_double() -> None:
    certificate = TABLE.get("nd282-d15-k4a-khong-giay-chung-nhan")
    assert certificate is not None and certificate.verified
    assert certificate.citation == "Điểm a Khoản 4 Điều 15 Nghị định 282/2025/NĐ-CP"
    assert certificate.range_for(HOUSEHOLD) == (10_000_000, 20_000_000)
    assert certificate.range_for(ENTERPRISE) == (20_000_000, 40_000_000)
    assert not certificate.applies_to(PERSON)


def test_entries_read_only_in_a_summary_stay_unverified_without_a_clause() -> None:
    for ref in ("nd144-d26-moi-gioi", "nd144-d26-che-giau", "nd144-d26-bao-ke-chuc-vu"):
        entry = TABLE.get(ref)
        assert entry is not None and not entry.verified and entry.clause == "", ref
        assert entry.citation == "Điều 26 Nghị định 144/2021/NĐ-CP"
    assert all(e.verified for e in TABLE.entries if e.decree in {"282/2025/NĐ-CP", "283/2026/NĐ-CP"})


KARAOKE_VISIT = InspectionDraft(
    establishment_id="e1", started_at=datetime(2026, 12, 5, 21, 0, tzinfo=LOCAL_ZONE), kind="surprise",
    team_members="Đỗ Văn Hải, Nguyễn Thị Lan", representative="Trần Văn Hùng", template_version=2,
    results=(ItemResult("A01", "fail"), ItemResult("C03", "fail"), ItemResult("C09", "fail"),
             ItemResult("KV2", "pass")))


def _offered(day: date) -> dict[str, tuple[str | None, str | None]]:
    visit = replace(KARAOKE_VISIT, started_at=datetime.combine(day, datetime.min.time(), LOCAL_ZONE))
    found = suggested_violations(visit, V2, day=day, sanctions=TABLE)
    return {v.item_code: (v.sanction_ref, v.offender_kind) for v in found if v.item_code}


def test_failed_v2_items_offer_the_business_offence_in_force_on_the_day() -> None:
    assert _offered(date(2026, 12, 5)) == {
        "A01": ("nd282-d15-k4a-khong-giay-chung-nhan", "household_business"),
        "C03": ("nd283-d15-k1a-hop-dong-1-10", "household_business"),
        "C09": ("nd282-d35-k1-de-xay-ra", "household_business"),
    }
    # Before 10/09/2026 the contract item offers Decree 12/2022; before 15/12/2025 nothing of 282/2025 is offered
    # (the certificate and the business's part in prostitution have no Decree 144/2021 entry yet: offered blank).
    assert _offered(date(2026, 9, 9))["C03"] == ("nd12-d9-k1a-hop-dong-1-10", "household_business")
    assert _offered(LAST_DAY_144) == {"A01": (None, "household_business"),
                                      "C03": ("nd12-d9-k1a-hop-dong-1-10", "household_business"),
                                      "C09": ("nd144-mua-dam", "person")}


def _problems(violation: ViolationDraft) -> list[str]:
    draft = replace(KARAOKE_VISIT, started_at=datetime(2026, 10, 2, 21, 0, tzinfo=LOCAL_ZONE), template_version=1,
                    results=(ItemResult("K03", "pass"),), violations=(violation,), conclusion="violations")
    found = inspection_problems(draft, business_type="karaoke", existed_from=date(2020, 5, 1),
                                template=default_catalogue().version(1), sanctions=TABLE,
                                now=datetime(2026, 11, 28, 9, 30, tzinfo=LOCAL_ZONE))
    return [p.code for p in found]


BROKER = ViolationDraft("Chủ cơ sở môi giới khách cho nhân viên", "fine_proposal",
                        sanction_ref="nd282-d34-k4c-moi-gioi", proposed_amount=40_000_000,
                        offender_kind=HOUSEHOLD.value)


def test_an_operator_offence_is_checked_against_the_day_and_the_offenders_range() -> None:
    assert _problems(BROKER) == []
    assert _problems(replace(BROKER, sanction_ref="nd144-d26-moi-gioi")) == ["violation.reference_not_in_force"]
    enterprise = replace(BROKER, offender_kind=ENTERPRISE.value)
    assert _problems(enterprise) == ["violation.organisation_in_individual_range"]  # 40 M: an individual's amount
    assert _problems(replace(enterprise, proposed_amount=80_000_000)) == []
    lax = replace(BROKER, sanction_ref="nd282-d35-k1-de-xay-ra", proposed_amount=25_000_000,
                  offender_kind=ENTERPRISE.value)
    assert "violation.reference_not_for_offender" in _problems(lax)  # Art. 35(1) fines the manager, not the company
