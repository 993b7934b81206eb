"""Consent, contacts and referrals on a real register: the consent block, the lifecycle, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.db.models import AuditEntry
from desktop.domain.clients import ClientDraft, ConsentScope, ContactDraft
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.referrals import ReferralDraft, StatusChange
from desktop.services.clients.client_views import ClientView, ReferralView
from desktop.services.home.home import attention
from desktop.services.clients.partners import PartnerDraft
from tests.conftest import Opened


def new_client(opened: Opened, *, mother: str = "Lan", year: int = 1994, first: date = date(2026, 2, 10)) -> ClientView:
    draft = ClientDraft(birth_year=year, sex="female", workplace_type="massage_sauna", first_contact_on=first,
                        first_contact_channel="peer", nickname="Hoa mai")
    client = opened.services.clients.register(opened.admin, draft, {"mother_given_name": mother},
                                              create_anyway=True).value.client
    assert client is not None
    return client


def partner_id(opened: Opened, kind: str = "cdc") -> str:
    return next(p.id for p in opened.services.partners.list(opened.admin) if p.kind == kind)


def refer(opened: Opened, client_id: str, *, on: date = date(2026, 11, 2), follow_up: date = date(2026, 11, 16),
          reason: str = "") -> ReferralView:
    draft = ReferralDraft(referred_on=on, category="health_hiv", partner_id=partner_id(opened),
                          follow_up_on=follow_up, consent_override_reason=reason)
    return opened.services.referrals.refer(opened.admin, client_id, draft).value


def audit_actions(opened: Opened) -> list[str]:
    with opened.services.register.uow() as uow:
        return list(uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_partner_catalogue_is_seeded_for_the_province_and_commune(opened: Opened) -> None:
    names = [p.name for p in opened.services.partners.list(opened.admin)]
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ" in names
    assert "Trung tâm Dịch vụ việc làm tỉnh Phú Thọ" in names
    assert "Trạm y tế xã Xuân Lũng" in names
    assert "Hội Liên hiệp Phụ nữ xã Xuân Lũng" in names
    assert len(opened.services.partners.list(opened.admin)) == len(names)  # seeded once
    assert audit_actions(opened).count("partner.seed") == 1
    legal = opened.services.partners.list(opened.admin, category="counselling_legal", search="tro giup phap ly")
    assert [p.name for p in legal] == ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Thọ"]


def test_partners_are_edited_and_retired_not_deleted(opened: Opened) -> None:
    partners = opened.services.partners
    added = partners.save(opened.admin, PartnerDraft("Trường Cao đẳng Y tế Phú Thọ", "vocational_school",
                                                     phone="0210 000", categories=("education_vocational",))).value
    with pytest.raises(DomainError) as caught:
        partners.save(opened.admin, PartnerDraft("Truong Cao dang Y te Phu Tho", "vocational_school"))
    assert caught.value.code == "partner.name_taken"
    partners.set_active(opened.admin, added.id, False)
    assert added.id not in [p.id for p in partners.list(opened.admin)]
    assert added.id in [p.id for p in partners.list(opened.admin, include_inactive=True)]
    client = new_client(opened)
    opened.services.clients.give_consent(opened.admin, client.id, ["referral"], given_on=date(2026, 3, 1))
    with pytest.raises(DomainError) as refused:
        opened.services.referrals.refer(opened.admin, client.id, ReferralDraft(
            date(2026, 11, 2), "education_vocational", added.id, date(2026, 11, 20)))
    assert refused.value.code == "referral.partner_inactive"


def test_consent_given_and_withdrawn(opened: Opened) -> None:
    clients = opened.services.clients
    client = new_client(opened)
    given = clients.give_consent(opened.admin, client.id, ["support", "referral"], given_on=date(2026, 2, 10)).value
    assert {c.scope for c in given.consents if c.active} == {"support", "referral"}
    again = clients.give_consent(opened.admin, client.id, ["referral", "sharing"], given_on=date(2026, 3, 1)).value
    assert len(again.consents) == 3  # referral was already given: not doubled
    with pytest.raises(ValidationFailed) as early:
        clients.withdraw_consent(opened.admin, client.id, "referral", withdrawn_on=date(2026, 1, 1))
    assert [p.code for p in early.value.problems] == ["consent.withdrawn_before_given"]
    withdrawn = clients.withdraw_consent(opened.admin, client.id, "referral", withdrawn_on=date(2026, 10, 1)).value
    assert not withdrawn.has_consent(ConsentScope.REFERRAL) and withdrawn.has_consent(ConsentScope.SUPPORT)
    with pytest.raises(DomainError) as none_left:
        clients.withdraw_consent(opened.admin, client.id, "referral", withdrawn_on=date(2026, 10, 2))
    assert none_left.value.code == "consent.not_given"
    assert audit_actions(opened).count("consent.give") == 2 and "consent.withdraw" in audit_actions(opened)


def test_contacts_move_the_last_contact_date(opened: Opened) -> None:
    clients = opened.services.clients
    client = new_client(opened)
    contact = clients.log_contact(opened.admin, client.id, ContactDraft(
        date(2026, 9, 3), "harm_reduction", topics=("safer_sex", "hiv_sti_testing"), condoms=20, lubricant=5,
        leaflets=2, notes="hỏi về PrEP")).value
    assert (contact.topics, contact.condoms, contact.worker_id) == (("safer_sex", "hiv_sti_testing"), 20,
                                                                    opened.admin.account_id)
    clients.log_contact(opened.admin, client.id, ContactDraft(date(2026, 4, 1), "psychological"))
    assert clients.get(opened.admin, client.id).last_contact_on == date(2026, 9, 3)
    assert [c.contacted_on for c in clients.contacts(opened.admin, client.id)] == [date(2026, 4, 1), date(2026, 9, 3)]
    with pytest.raises(ValidationFailed):
        clients.log_contact(opened.admin, client.id, ContactDraft(date(2026, 1, 1), "psychological"))


def test_referral_without_consent_is_blocked(opened: Opened) -> None:
    client = new_client(opened)
    with pytest.raises(DomainError) as caught:
        refer(opened, client.id)
    assert caught.value.code == "referral.no_consent"
    assert opened.services.referrals.for_client(opened.admin, client.id) == []
    # Consent given after the referral date does not count for it either.
    opened.services.clients.give_consent(opened.admin, client.id, ["referral"], given_on=date(2026, 11, 20))
    with pytest.raises(DomainError):
        refer(opened, client.id, on=date(2026, 11, 2))


def test_an_override_needs_a_reason_and_is_audited(opened: Opened) -> None:
    client = new_client(opened)
    view = refer(opened, client.id, reason="Bị bạo lực, cần đưa đến nơi tạm lánh ngay")
    assert view.consent_overridden and view.consent_override_reason.startswith("Bị bạo lực")
    with opened.services.register.uow() as uow:
        entity_id, account, detail = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.account_name, AuditEntry.detail)
            .where(AuditEntry.action == "referral.consent_override")).one()
    assert entity_id == view.id and account == "admin"
    assert "Bị bạo lực" not in detail  # the reason stays on the referral, erased with it


def test_full_lifecycle_to_completed_with_outcome(opened: Opened) -> None:
    referrals = opened.services.referrals
    client = new_client(opened)
    opened.services.clients.give_consent(opened.admin, client.id, ["support", "referral"], given_on=date(2026, 2, 10))
    sent = refer(opened, client.id)
    assert sent.status == "sent" and sent.code.startswith("GT-") and not sent.consent_overridden
    assert sent.partner_name == "Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ"
    with pytest.raises(ValidationFailed) as jump:
        referrals.change_status(opened.admin, sent.id, StatusChange("completed", date(2026, 11, 10), "hiv_test_done"))
    assert [p.code for p in jump.value.problems] == ["referral.status_jump"]
    assert referrals.get(opened.admin, sent.id).status == "sent"  # nothing saved half-way
    accepted = referrals.change_status(opened.admin, sent.id, StatusChange("accepted", date(2026, 11, 5))).value
    assert (accepted.status, accepted.accepted_on) == ("accepted", date(2026, 11, 5))
    done = referrals.change_status(opened.admin, sent.id, StatusChange(
        "completed", date(2026, 11, 12), outcome="hiv_test_done", feedback="Đã xét nghiệm, hẹn tái khám")).value
    assert (done.status, done.closed_on, done.outcome, done.outcome_on) == (
        "completed", date(2026, 11, 12), "hiv_test_done", date(2026, 11, 12))
    assert done.feedback == "Đã xét nghiệm, hẹn tái khám" and done.version == 3
    with pytest.raises(ValidationFailed):
        referrals.change_status(opened.admin, sent.id, StatusChange("lost_to_follow_up", date(2026, 11, 20)))
    assert referrals.find_by_code(opened.admin, sent.code.lower().replace("-", " ")).id == sent.id
    assert [a for a in audit_actions(opened) if a.startswith("referral.")] == [
        "referral.create", "referral.status", "referral.status"]


def test_follow_up_before_referral_is_refused(opened: Opened) -> None:
    client = new_client(opened)
    opened.services.clients.give_consent(opened.admin, client.id, ["referral"], given_on=date(2026, 2, 10))
    with pytest.raises(ValidationFailed) as caught:
        refer(opened, client.id, follow_up=date(2026, 10, 30))
    assert [(p.code, p.params) for p in caught.value.problems] == [
        ("referral.follow_up_before_referral", {"referred_on": "02/11/2026"})]
    view = refer(opened, client.id)
    with pytest.raises(ValidationFailed):
        opened.services.referrals.set_follow_up(opened.admin, view.id, date(2026, 11, 1))


def test_overdue_follow_ups(opened: Opened) -> None:
    referrals = opened.services.referrals
    client = new_client(opened)
    opened.services.clients.give_consent(opened.admin, client.id, ["referral"], given_on=date(2026, 2, 10))
    late = refer(opened, client.id, on=date(2026, 10, 1), follow_up=date(2026, 10, 15))
    later = refer(opened, client.id, on=date(2026, 10, 1), follow_up=date(2026, 11, 1))
    refer(opened, client.id, on=date(2026, 11, 20), follow_up=date(2026, 12, 4))  # not due yet
    closed = refer(opened, client.id, on=date(2026, 10, 1), follow_up=date(2026, 10, 10))
    referrals.change_status(opened.admin, closed.id, StatusChange("refused", date(2026, 10, 9)))
    today_due = refer(opened, client.id, on=date(2026, 11, 1), follow_up=date(2026, 11, 28))  # due today, not late
    assert [r.id for r in referrals.overdue(opened.admin)] == [late.id, later.id]
    assert referrals.count_overdue(opened.admin) == 2
    assert all(r.overdue(opened.clock.today()) for r in referrals.overdue(opened.admin))
    referrals.set_follow_up(opened.admin, late.id, date(2026, 12, 1))
    assert [r.id for r in referrals.overdue(opened.admin)] == [later.id]
    assert today_due.id not in [r.id for r in referrals.overdue(opened.admin)]
    items = {i.code: i for i in attention(opened.services.register, opened.admin)}
    assert items["home.referrals_overdue"].params == {"count": 1}
