"""Tip-offs and support models travel to the hub; the tip-off description never leaves the commune PC."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from desktop.db.models import SupportActivity, SupportGiven, SupportModel, TipOff
from desktop.domain import periods
from desktop.domain.support_models import ActivityDraft, SupportGivenDraft
from tests.services.establishments.test_establishments_register import KARAOKE
from tests.services.registers.test_support_models_register import CLUB
from tests.services.registers.test_tip_offs_register import TIP
from tests.sync.sync_helpers import Pair, device_keys, hub_identity, pair, plaintext_files, records  # noqa: F401

SECRET = "Phản ánh: nhà nghỉ thôn Lũng Hạ, phòng 204, nghi có môi giới mại dâm"


def test_records_arrive_at_the_hub_and_the_description_does_not(pair: Pair) -> None:
    c = pair.commune
    s, admin = c.services, c.admin
    shop = s.establishments.save(admin, KARAOKE).value
    tip = s.tip_offs.save(admin, replace(TIP, description=SECRET, establishment_id=shop.id,
                                         handled_on=date(2026, 10, 12), outcome="no_violation")).value
    club = s.support_models.save(admin, CLUB).value
    s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 10, 3), "peer_outreach", 25, 11))
    s.support_models.save_support_given(admin, club.id, SupportGivenDraft(date(2026, 10, 31), "health_hiv", 7))
    bundle = pair.send()[0]

    for identity in (device_keys(c)[1], hub_identity(pair.hub)):
        plain = b"".join(plaintext_files(bundle, identity).values()).decode("utf-8")
        assert SECRET not in plain and "nghi có môi giới" not in plain
    [sent] = records(bundle, hub_identity(pair.hub), "tip_offs")
    assert "description" not in sent
    assert (sent["received_on"], sent["handled_on"], sent["days_to_handle"], sent["establishment_id"]) == (
        "2026-10-01", "2026-10-12", 11, shop.id)
    assert {len(records(bundle, hub_identity(pair.hub), t)) for t in
            ("support_models", "support_activities", "support_given")} == {1}

    pair.receive(bundle)
    h = pair.hub.services
    with h.register.uow() as uow:
        arrived = uow.session.get(TipOff, tip.id)
        assert arrived is not None and arrived.description == "" and arrived.outcome == "no_violation"
        assert arrived.origin_unit == "08500@2025-07"
        model = uow.session.execute(select(SupportModel)).scalar_one()
        assert (model.name, model.core_members, model.members) == (CLUB.name, 8, 25)
        assert uow.session.execute(select(SupportActivity.new_people)).scalar_one() == 11
        assert uow.session.execute(select(SupportGiven.people)).scalar_one() == 7

    # The hub's report counts them per commune: T9 and T10 reach the province.
    report = h.reports.compute(pair.hub.admin, periods.parse("2026-Q4"), units=["08500"])
    figures = {i.code: i for s_ in report.sections for i in s_.indicators}
    assert figures["TB1"].figure.value == 1 and figures["T9"].figure.value == 100.0
    assert figures["T10"].figure.value == 1 and figures["HT7"].figure.value == 1
    assert figures["HT9"].figure.value == 7 and figures["HT9"].sensitive

    # A deletion travels as a tombstone.
    s.tip_offs.delete(admin, tip.id)
    pair.receive(pair.send()[0])
    with h.register.uow() as uow:
        assert uow.session.get(TipOff, tip.id).deleted_at is not None
