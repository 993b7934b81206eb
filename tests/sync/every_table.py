"""A commune register with live records in every synced table, sent once: the base of the rule property tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain import periods
from desktop.domain.clients import ClientDraft, ClientStatus, ContactDraft
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import DecisionDraft, PlanEntryDraft
from desktop.domain.inspections import ItemResult
from desktop.domain.referrals import ReferralDraft
from desktop.domain.support_models import ActivityDraft, SupportGivenDraft
from tests.conftest import Opened
from tests.services.inspections.test_inspection_plans import TEAM, _plan
from tests.services.inspections.test_inspections_record import visit
from tests.services.registers.test_support_models_register import CLUB
from tests.services.registers.test_tip_offs_register import TIP
from tests.sync.sync_helpers import outreach


def fill_every_table(c: Opened) -> None:
    """One or two live records of each synced table, as the forms and services make them."""
    s, a = c.services, c.admin
    outreach(c)
    s.sync.close_period(a, "2026-10")
    karaoke = s.establishments.save(a, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ", opened_on=date(2021, 4, 1))).value.id
    team = s.inspection_plans.save_team(a, TEAM).value
    s.inspection_plans.save_plan(a, _plan(team.id, PlanEntryDraft(karaoke, date(2026, 3, 1))))
    inspection = s.inspections.record(a, replace(visit(karaoke), results=(ItemResult("K06", number=6),))).value
    s.decisions.record(a, DecisionDraft(
        violation_id=inspection.violations[1].id, number="7/QĐ-XPHC", decided_on=date(2026, 10, 10),
        authority="Chủ tịch UBND xã Xuân Lũng", amount_fined=1_500_000, suspends_business=False))
    client = s.clients.register(a, ClientDraft(birth_year=1993, sex="female", workplace_type="cafe",
                                               first_contact_on=date(2026, 4, 2), first_contact_channel="self"),
                                {"mother_given_name": "Sen"}).value.client
    assert client is not None
    s.clients.give_consent(a, client.id, ["support", "referral"], given_on=date(2026, 4, 2))
    s.clients.log_contact(a, client.id, ContactDraft(date(2026, 5, 1), "health_hiv"))
    s.clients.set_status(a, client.id, ClientStatus.PAUSED, on=date(2026, 9, 1))
    partner = s.partners.list(a)[0].id
    s.referrals.refer(a, client.id, ReferralDraft(date(2026, 5, 2), "health_hiv", partner, date(2026, 6, 1)))
    gone = s.clients.register(a, ClientDraft(birth_year=1990, sex="female", workplace_type="karaoke",
                                             first_contact_on=date(2026, 3, 2), first_contact_channel="outreach"),
                              {"mother_given_name": "Hoa"}).value.client
    assert gone is not None
    s.client_rights.erase(a, gone.id, confirm_code=gone.uic)
    s.reports.set_parameter(a, "students", period=periods.parse("2026-Q3"), value=100)
    s.reports.set_annual_target(a, year=2026, indicator="TT2", target_set="plan", target=">= 3.500")
    s.documents.save(a, number=1, issued_on=date(2026, 10, 5), title="Báo cáo quý III", period_code="2026-Q3")
    s.tip_offs.save(a, TIP)
    club = s.support_models.save(a, CLUB).value
    s.support_models.save_activity(a, club.id, ActivityDraft(date(2026, 10, 3), "peer_outreach", 25, 11))
    s.support_models.save_support_given(a, club.id, SupportGivenDraft(date(2026, 10, 31), "health_hiv", 7))
