from datetime import date

from desktop.domain.outreach import OutreachDraft, outreach_problems

TODAY = date(2026, 11, 28)


def draft(**changes: object) -> OutreachDraft:
    base = dict(held_on=date(2026, 11, 2), place="Nhà văn hóa thôn Đồng Xuân", form="meeting",
                target_group="students", participants_total=10, participants_male=4, participants_female=6)
    base.update(changes)
    return OutreachDraft(**base)  # type: ignore[arg-type]


def codes(d: OutreachDraft) -> set[str]:
    return {p.code for p in outreach_problems(d, today=TODAY)}


def test_a_complete_session_has_no_problems() -> None:
    assert codes(draft()) == set()


def test_participants_by_sex_must_add_up_to_the_total() -> None:
    problems = outreach_problems(draft(participants_female=5), today=TODAY)
    assert [p.code for p in problems] == ["outreach.sex_sum"]
    assert problems[0].params == {"sum": 9, "total": 10}


def test_date_in_the_future_is_refused_but_today_is_fine() -> None:
    assert "date.future" in codes(draft(held_on=date(2026, 11, 29)))
    assert "date.future" not in codes(draft(held_on=TODAY))


def test_missing_date_place_and_unknown_codes() -> None:
    found = codes(draft(held_on=None, place="  ", form="tv-show", target_group="aliens", topics=("nope",)))
    assert {"required", "outreach.unknown_form", "outreach.unknown_target_group", "outreach.unknown_topic"} <= found


def test_target_members_cannot_exceed_total_and_counts_cannot_be_negative() -> None:
    assert "outreach.target_exceeds_total" in codes(draft(target_members=11))
    assert "number.negative" in codes(draft(leaflets=-1))


def test_in_person_forms_need_participants_but_loudspeaker_does_not() -> None:
    empty = dict(participants_total=0, participants_male=0, participants_female=0)
    assert "outreach.no_participants" in codes(draft(**empty))
    assert codes(draft(form="loudspeaker", **empty)) == set()
