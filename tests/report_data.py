"""A small hand-countable data set for report tests: three communes of Phú Thọ, Q3 2026.

Rows go straight into the synced tables, as a hub's import would put them; every expected
figure below was counted by hand from these rows (see the comments).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from desktop.db import models as m
from desktop.domain.sanctions import default_table
from desktop.reports.indicators import DEFAULT_FILE

XUAN_LUNG = "08500@2025-07"
CHI_TIEN = "08218@2025-07"
TAN_HOA = "04792@2025-07"  # no records at all
UNITS = (XUAN_LUNG, CHI_TIEN, TAN_HOA)


def _synced(unit: str, ident: str, **values: Any) -> dict[str, Any]:
    return {"id": ident, "origin_unit": unit, "origin_device": "dev-" + unit[:5], **values}


def _session(unit: str, ident: str, day: date, form: str, group: str, male: int, female: int, other: int,
             target: int, *, deleted: bool = False, leaflets: int = 10, newly: int | None = None) -> dict[str, Any]:
    return _synced(unit, ident, held_on=day, place="Nhà văn hóa", form=form, target_group=group,
                   participants_total=male + female + other, participants_male=male, participants_female=female,
                   participants_other=other, target_members=target, newly_reached=newly, leaflets=leaflets, condoms=0,
                   notes="GHI-CHU-RIENG", deleted_at=datetime(2026, 9, 1, tzinfo=UTC) if deleted else None)


SESSIONS = [
    # newly = of the target members, how many were reached for the first time that year (T3–T5)
    _session(XUAN_LUNG, "s1", date(2026, 7, 5), "direct", "business_workers", 3, 7, 0, 8, newly=6),
    _session(XUAN_LUNG, "s2", date(2026, 8, 5), "meeting", "students", 10, 12, 1, 20, newly=20),
    _session(XUAN_LUNG, "s3", date(2026, 9, 30), "meeting", "students", 2, 3, 0, 5, newly=5),  # last day counts
    _session(XUAN_LUNG, "s4", date(2026, 6, 30), "direct", "students", 5, 5, 0, 5, newly=5),  # before Q3
    _session(XUAN_LUNG, "s5", date(2026, 10, 1), "direct", "students", 5, 5, 0, 5, newly=1),  # after Q3
    _session(XUAN_LUNG, "s6", date(2026, 8, 8), "event", "students", 50, 50, 0, 50, deleted=True, newly=50),
    _session(CHI_TIEN, "s7", date(2026, 9, 5), "meeting", "students", 1, 2, 0, 3, newly=3),
]


def _client(unit: str, ident: str, sex: str, born: int, first: date, workplace: str = "karaoke") -> dict[str, Any]:
    return _synced(unit, ident, uic=f"UIC-{ident}", uic_recipe="v1", birth_year=born, sex=sex, commune=unit,
                   workplace_type=workplace, first_contact_on=first, first_contact_channel="outreach",
                   status="active", status_on=first, last_contact_on=first, nickname="BIET-DANH", notes="RIENG")


CLIENTS = [
    _client(XUAN_LUNG, "c1", "female", 1990, date(2026, 7, 1)),  # 36 at the end of 2026: 35–49
    _client(XUAN_LUNG, "c2", "female", 2009, date(2026, 5, 1), "massage_sauna"),  # 17: a minor, 16–17
    _client(XUAN_LUNG, "c3", "male", 2001, date(2026, 8, 15)),  # 25: 25–34
    _client(CHI_TIEN, "c4", "female", 1985, date(2026, 9, 2)),  # 41: 35–49
]


def _contact(unit: str, ident: str, client: str, day: date, category: str) -> dict[str, Any]:
    return _synced(unit, ident, client_id=client, contacted_on=day, category=category, notes="RIENG")


CONTACTS = [
    _contact(XUAN_LUNG, "k1", "c1", date(2026, 7, 2), "health_hiv"),
    _contact(XUAN_LUNG, "k2", "c1", date(2026, 8, 2), "health_hiv"),
    _contact(XUAN_LUNG, "k3", "c1", date(2026, 8, 3), "counselling_legal"),
    _contact(XUAN_LUNG, "k4", "c2", date(2026, 7, 20), "health_hiv"),
    _contact(XUAN_LUNG, "k5", "c3", date(2026, 9, 1), "harm_reduction"),
    _contact(XUAN_LUNG, "k6", "c3", date(2026, 10, 3), "harm_reduction"),  # after Q3
    _contact(CHI_TIEN, "k7", "c4", date(2026, 9, 3), "loans_jobs"),
]
PARTNERS = [_synced(XUAN_LUNG, "p1", name="Trung tâm Y tế", kind="cdc")]
REFERRALS = [
    _synced(XUAN_LUNG, "r1", client_id="c1", code="GT-0000001", referred_on=date(2026, 7, 10), category="health_hiv",
            partner_id="p1", status="completed", status_on=date(2026, 8, 1), closed_on=date(2026, 8, 1),
            follow_up_on=date(2026, 7, 20), feedback="RIENG"),
    _synced(XUAN_LUNG, "r2", client_id="c2", code="GT-0000002", referred_on=date(2026, 9, 1),
            category="education_vocational", partner_id="p1", status="sent", status_on=date(2026, 9, 1),
            follow_up_on=date(2026, 9, 15)),
]


def _place(ident: str, kind: str, status: str) -> dict[str, Any]:
    return _synced(XUAN_LUNG, ident, name=f"Cơ sở {ident}", business_type=kind, address="Thôn 1", status=status)


ESTABLISHMENTS = [
    _place("e1", "karaoke", "operating"),
    _place("e2", "karaoke", "operating"),
    _place("e3", "massage_sauna", "operating"),
    _place("e4", "accommodation", "suspended"),
    _place("e5", "bar", "closed"),
]


def _inspection(ident: str, place: str, day: date, kind: str, conclusion: str = "no_violation", *,
                plan_entry: str | None = None) -> dict[str, Any]:
    return _synced(XUAN_LUNG, ident, establishment_id=place, inspected_on=day, kind=kind, team_members="Đội 178",
                   template_version=1, started_at=datetime(day.year, day.month, day.day, 2, tzinfo=UTC),
                   conclusion=conclusion, plan_entry_id=plan_entry)


INSPECTIONS = [
    _inspection("i1", "e1", date(2026, 7, 15), "planned", "violations", plan_entry="pe1"),
    _inspection("i2", "e1", date(2026, 8, 15), "reinspection", "violations"),
    _inspection("i3", "e3", date(2026, 8, 20), "surprise", "violations"),
    _inspection("i4", "e5", date(2026, 9, 9), "surprise"),  # closed since: not in T8
    _inspection("i5", "e2", date(2026, 5, 5), "planned"),  # before Q3
]
VIOLATIONS = [
    _synced(XUAN_LUNG, "v1", inspection_id="i1", description="Không có hợp đồng", handling="fine_proposal",
            proposed_amount=1_500_000),
    _synced(XUAN_LUNG, "v2", inspection_id="i3", description="Phòng có khóa trong", handling="suspension_proposal"),
    _synced(XUAN_LUNG, "v3", inspection_id="i3", description="Không niêm yết nội quy", handling="warning",
            offender_kind="enterprise"),
    _synced(XUAN_LUNG, "v4", inspection_id="i2", description="Khách mua dâm", handling="police_referral",
            sanction_ref="nd282-mua-dam", offender_kind="person"),
]
TEAMS = [_synced(XUAN_LUNG, "t1", name="Đội 178", kind="inter_agency_178", decision_number="5/QĐ",
                 decision_date=date(2026, 1, 5), decision_issuer="Chủ tịch UBND xã", valid_from=date(2026, 1, 5))]
PLANS = [_synced(XUAN_LUNG, "p1", number="12/KH", title="Kế hoạch 2026", period_start=date(2026, 1, 1),
                 period_end=date(2026, 12, 31), team_id="t1")]
PLAN_ENTRIES = [
    _synced(XUAN_LUNG, "pe1", plan_id="p1", establishment_id="e1", planned_on=date(2026, 7, 10), kind="planned"),
    _synced(XUAN_LUNG, "pe2", plan_id="p1", establishment_id="e2", planned_on=date(2026, 8, 1), kind="planned"),
    _synced(XUAN_LUNG, "pe3", plan_id="p1", establishment_id="e4", planned_on=date(2026, 11, 1), kind="planned"),
]
DECISIONS = [  # on v2 (e3, massage): fined and suspended in Q3; one on v1 (e1) decided in Q4, outside
    _synced(XUAN_LUNG, "d1", violation_id="v2", establishment_id="e3", number="18/QĐ-XPHC",
            decided_on=date(2026, 9, 1), authority="Chủ tịch UBND xã", amount_fined=20_000_000,
            suspends_business=True),
    _synced(XUAN_LUNG, "d2", violation_id="v1", establishment_id="e1", number="25/QĐ-XPHC",
            decided_on=date(2026, 10, 2), authority="Chủ tịch UBND xã", amount_fined=1_500_000),
]


# How the hub heard from each commune (sync.periods_close.reporting_units): Xuân Lũng and Chí Tiên
# sent bundles after Q3 began; Tân Hòa sent nothing but closed September as a nil report.
BUNDLES = [
    {"id": f"b-{unit[:5]}", "sender_unit": unit, "sender_device": "dev-" + unit[:5], "key_id": "K" + unit[:5],
     "sequence": 1, "payload_sha256": unit[:5] * 12 + "0000", "created_at": datetime(2026, 10, 3, 2, tzinfo=UTC)}
    for unit in (XUAN_LUNG, CHI_TIEN)
]
CLOSURES = [
    _synced(TAN_HOA, "pc1", period_code="2026-09", period_start=date(2026, 9, 1), period_end=date(2026, 9, 30),
            closed_at=datetime(2026, 10, 2, 2, tzinfo=UTC), nil_report=True, signed_by="Cán bộ", key_id="K04792"),
]
REPORTING = (XUAN_LUNG, CHI_TIEN, TAN_HOA)


def insert_all(conn: Connection) -> None:
    for model, rows in ((m.OutreachSession, SESSIONS), (m.Client, CLIENTS), (m.ClientContact, CONTACTS),
                        (m.PartnerOrganisation, PARTNERS), (m.Referral, REFERRALS),
                        (m.Establishment, ESTABLISHMENTS), (m.Inspection, INSPECTIONS), (m.Violation, VIOLATIONS),
                        (m.ImportedBundle, BUNDLES), (m.PeriodClosure, CLOSURES),
                        (m.InspectionTeam, TEAMS), (m.InspectionPlan, PLANS), (m.InspectionPlanEntry, PLAN_ENTRIES),
                        (m.SanctionDecision, DECISIONS)):
        for row in rows:  # one by one: rows differ in which optional columns they set
            conn.execute(insert(model).values(**row))
    insert_registers(conn)


# Expected figures, Q3 2026, for Xã Xuân Lũng alone with students = 100 entered.
# Each breakdown lists every code of its code list in order (zeros kept).
COMMUNE_Q3: dict[str, Any] = {
    "T1": 100.0,  # 1 of 1 commune held a session
    "TT1": (3, {"form": [1, 2, 0, 0, 0, 0, 0, 0, 0],  # direct s1; meeting s2 s3
                "target_group": [1, 0, 2, 0, 0, 0, 0]}),
    "TT2": (38, {"sex": [15, 22, 1],  # 10 + 23 + 5
                 "target_group": [10, 0, 28, 0, 0, 0, 0]}),
    "T3": None,  # no denominator entered
    "T4": None,
    "T5": 25.0,  # (20 + 5) students reached for the first time in the year / 100 students
    "TT3": 30,
    "TT4": 0,
    "HT1": (3, {"service_category": [0, 1, 0, 2, 1, 0, 0, 0],  # persons per category: c1 c2 health, c1 counsel, c3
                "sex": [1, 2, 0], "age_band": [0, 1, 0, 1, 1, 0]}),
    "HT2": (5, {"service_category": [0, 1, 0, 3, 1, 0, 0, 0],
                "sex": [1, 4, 0], "age_band": [0, 1, 0, 1, 3, 0]}),
    "HT3": (2, {"sex": [1, 1, 0], "age_band": [0, 0, 0, 1, 1, 0],  # c1, c3 first seen in Q3
                "workplace_type": [2, 0, 0, 0, 0, 0, 0, 0, 0]}),
    "HT4": (2, {"service_category": [1, 0, 0, 1, 0, 0, 0, 0], "referral_status": [1, 0, 1, 0, 0]}),
    "HT5": (1, {"service_category": [0, 0, 0, 1, 0, 0, 0, 0]}),
    "CS1": (4, {"business_type": [1, 0, 2, 0, 0, 1, 0, 0, 0, 0]}),  # e1 e2 e3 e4 (e5 closed)
    # e1 and e3 of the 4 managed businesses; per type: accommodation 0/1, karaoke 1/2, massage 1/1, bar 0/0
    "T8": (50.0, {"business_type": [0.0, None, 50.0, None, None, 100.0, None, None, None, None]}),
    "KT1": (4, {"inspection_kind": [1, 2, 1], "business_type": [0, 0, 2, 0, 1, 1, 0, 0, 0, 0]}),
    "KT2": (4, {"handling": [1, 1, 1, 1]}),
    "KT3": 1,
    "KT4": 1,
    "KT5": 1_500_000,
    "KT6": (2, {"business_type": [0, 0, 1, 0, 0, 1, 0, 0, 0, 0]}),  # e1 (i1, i2), e3 (i3)
    # v4 on nd282-mua-dam; v1-v3 typed their basis: "Không rõ". Offenders: v3 enterprise, v4 person, v1 v2 unknown.
    "KT7": (4, {"offence": [1 if e.id == "nd282-mua-dam" else 0 for e in default_table().entries] + [3],
                "offender_kind": [1, 0, 1, 2]}),
    "KT8": 20_000_000,  # d1 only: d2 is decided in October
    "KT9": (1, {"sanctioned_business_type": [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]}),
    "KT10": 1,
    "KT11": 1,  # v4
    "KT12": 2,  # pe1 pe2; pe3 falls in Q4
    "T8KH": 50.0,  # e1's visit i1 carried out its entry pe1 (i2, a re-inspection, carries none); e1, e2 planned in Q3
}


def flat(expected: dict[str, Any]) -> list[tuple[str, float | None]]:
    """(indicator code, figure) for every total and breakdown row, in report order; shares in percent."""
    found: list[tuple[str, float | None]] = []
    for code, value in expected.items():
        total, breakdowns = value if isinstance(value, tuple) else (value, {})
        found.append((code, total))
        found += [(code, v) for rows in breakdowns.values() for v in rows]
    return found


def as_cells(expected: dict[str, Any], shares: set[str]) -> list[object]:
    """What the workbook's result column must hold: numbers (shares as fractions) or the no-data words."""
    return ["Không đủ dữ liệu" if v is None else round(v / 100, 3) if code in shares else v
            for code, v in flat(expected)]


# A two-indicator set in the file format, the base of the bad-file tests (each changes one line).
MINIMAL_DEFINITIONS = """\
format = 1

[programme]
code = "2026-2035"
name_vi = "Chương trình 2026–2035"
period = "2026-01-01..2035-12-31"
title_vi = "BÁO CÁO THỬ"

[[target_sets]]
code = "national"
name_vi = "Mục tiêu QG"

[[parameters]]
code = "students"
name_vi = "Số học sinh"
unit = "người"

[[sections]]
code = "a"
title_vi = "I. PHẦN A"

[[dimensions]]
code = "form"
name_vi = "Hình thức"
codes = "outreach_form"
columns = { outreach_sessions = "form" }

[[indicators]]
code = "X1"
section = "a"
name_vi = "Số buổi"
unit = "buổi"
value = { count = "outreach_sessions", date = "held_on" }
breakdowns = ["form"]

[[indicators]]
code = "X2"
section = "a"
name_vi = "Tỷ lệ học sinh"
unit = "%"
numerator = { count = "outreach_sessions", date = "held_on", sum = "target_members", where = { target_group = "students" } }
denominator = { parameter = "students" }
targets = { national = ">= 70" }
"""


def programme_through_2026(folder: Path) -> Path:
    """The 2021–2025 programme as an administrator would load it to keep its indicators for 2026.

    Report-layout tests use it for their 2026 data: two target columns (national, province) and
    T3–T5 targets, which the shipped 2026 plan leaves to the administrator's own figures.
    """
    text = DEFAULT_FILE.read_text("utf-8").replace("valid_to = 2025-12-31", "valid_to = 2026-12-31")
    path = folder / "programme-2021-2026.toml"
    path.write_text(text, "utf-8")
    return path
# --- tip-offs (T9) and community support models (T10), issue 10 ---------------------------------


def _tip(unit: str, ident: str, received: date, channel: str, subject: str, **values: Any) -> dict[str, Any]:
    return _synced(unit, ident, received_on=received, channel=channel, subject_kind=subject,
                   description="chỉ lưu ở xã", **values)


TIP_OFFS = [
    # received 2/7, verified 3/7, passed on 4/7, handled 20/7: 18 days
    _tip(XUAN_LUNG, "tb1", date(2026, 7, 2), "hotline", "establishment", establishment_id="e1",
         verified_on=date(2026, 7, 3), verification_result="confirmed", passed_on_to="police",
         passed_on_on=date(2026, 7, 4), handled_on=date(2026, 7, 20), outcome="sanctioned", days_to_handle=18),
    # received 10/8, not confirmed 15/8, closed 30/9: 51 days
    _tip(XUAN_LUNG, "tb2", date(2026, 8, 10), "letter", "location", verified_on=date(2026, 8, 15),
         verification_result="not_confirmed", handled_on=date(2026, 9, 30), outcome="unfounded", days_to_handle=51),
    _tip(XUAN_LUNG, "tb3", date(2026, 9, 20), "social_media", "online"),  # still open
    _tip(XUAN_LUNG, "tb4", date(2026, 6, 15), "in_person", "establishment", handled_on=date(2026, 7, 5),
         outcome="no_violation", days_to_handle=20),  # received in Q2: not in Q3's figures
    {**_tip(XUAN_LUNG, "tb5", date(2026, 8, 1), "hotline", "online"),
     "deleted_at": datetime(2026, 8, 2, tzinfo=UTC)},  # a tombstone never counts
    _tip(CHI_TIEN, "tb6", date(2026, 7, 7), "police", "location", handled_on=date(2026, 7, 8),
         outcome="no_violation", days_to_handle=1),
]


def _model(ident: str, kind: str, established: date, core: int, members: int, **values: Any) -> dict[str, Any]:
    return _synced(XUAN_LUNG, ident, name=f"Mô hình {ident}", kind=kind, established_on=established,
                   core_members=core, members=members, **values)


SUPPORT_MODELS = [
    _model("m1", "peer_club", date(2024, 3, 8), 8, 25),
    _model("m2", "service_point", date(2026, 8, 1), 2, 3),
    _model("m3", "self_help_group", date(2023, 1, 1), 5, 9, closed_on=date(2026, 6, 30)),  # stopped: not counted
    _model("m4", "peer_club", date(2026, 10, 5), 6, 12),  # founded after Q3: not counted
]
SUPPORT_ACTIVITIES = [
    _synced(XUAN_LUNG, "a1", model_id="m1", held_on=date(2026, 7, 10), kind="group_meeting", participants=20,
            new_people=12),
    _synced(XUAN_LUNG, "a2", model_id="m1", held_on=date(2026, 9, 2), kind="peer_outreach", participants=30,
            new_people=15),
    _synced(XUAN_LUNG, "a3", model_id="m2", held_on=date(2026, 8, 20), kind="counselling", participants=6,
            new_people=6),
    _synced(XUAN_LUNG, "a4", model_id="m1", held_on=date(2026, 6, 1), kind="group_meeting", participants=15,
            new_people=15),  # Q2
]
SUPPORT_GIVEN = [
    _synced(XUAN_LUNG, "g1", model_id="m1", given_on=date(2026, 7, 31), category="health_hiv", people=9),
    _synced(XUAN_LUNG, "g2", model_id="m2", given_on=date(2026, 9, 30), category="health_hiv", people=4),
    _synced(XUAN_LUNG, "g3", model_id="m2", given_on=date(2026, 9, 30), category="loans_jobs", people=2),
    _synced(XUAN_LUNG, "g4", model_id="m1", given_on=date(2026, 6, 30), category="psychological", people=5),  # Q2
]


def insert_registers(conn: Connection) -> None:
    for model, rows in ((m.TipOff, TIP_OFFS), (m.SupportModel, SUPPORT_MODELS),
                        (m.SupportActivity, SUPPORT_ACTIVITIES), (m.SupportGiven, SUPPORT_GIVEN)):
        for row in rows:
            conn.execute(insert(model).values(**row))


# Xuân Lũng, Q3 2026, counted by hand from the rows above (code lists in their order, zeros kept).
SUPPORT_MODELS_Q3: dict[str, Any] = {
    "T10": (2, {"support_model_kind": [1, 0, 1, 0, 0]}),  # m1 club, m2 point (m3 stopped, m4 later)
    "HT6": (10, {"support_model_kind": [2, 0, 8, 0, 0]}),  # core members 8 + 2
    "HT7": (3, {"support_activity_kind": [1, 1, 1, 0, 0, 0, 0, 0],  # a1 a2 a3
                "support_model_kind": [1, 0, 2, 0, 0]}),
    "HT8": 33,  # new people 12 + 15 + 6
    "HT9": (15, {"support_category": [0, 0, 2, 13, 0, 0, 0, 0]}),  # health 9 + 4, loans 2
}
TIP_OFFS_Q3: dict[str, Any] = {
    "TB1": (3, {"tip_off_channel": [1, 0, 1, 1, 0, 0],  # tb1 hotline, tb2 letter, tb3 social media
                "tip_off_subject": [1, 1, 1]}),
    "TB2": 2,  # tb1, tb2 verified
    "TB3": 1,  # tb1 passed on
    "TB4": (2, {"tip_off_outcome": [1, 0, 0, 1, 0]}),  # tb1 sanctioned, tb2 unfounded
    "T9": 66.7,  # 2 of 3 handled
    "TB5": 1,  # tb1 in 18 days (tb2 took 51)
}


def _with_registers(expected: dict[str, Any]) -> dict[str, Any]:
    """T10 and its companions close section II (after HT5); section IV (tip-offs) comes last."""
    items = list(expected.items())
    cut = next(n for n, (code, _) in enumerate(items) if code == "HT5") + 1
    return dict(items[:cut] + list(SUPPORT_MODELS_Q3.items()) + items[cut:] + list(TIP_OFFS_Q3.items()))


COMMUNE_Q3 = _with_registers(COMMUNE_Q3)
