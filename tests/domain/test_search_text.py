"""The search text the hub folds again at import is exactly what each commune form stores (one definition)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.db.models import Establishment, OutreachSession, PartnerOrganisation
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.outreach import OutreachDraft
from desktop.domain.search_text import SEARCH_FIELDS, search_text
from desktop.services.clients.partners import PartnerDraft
from tests.conftest import Opened


def _stored(opened: Opened, model: Any, record_id: str) -> tuple[str, dict[str, Any]]:
    with opened.services.register.uow() as uow:
        row = uow.session.execute(select(model).where(model.id == record_id)).scalar_one()
        fields = {name: getattr(row, name) for name in SEARCH_FIELDS[model.__tablename__]}
        return row.search_text, fields


def test_each_form_stores_the_search_text_the_hub_would_fold(opened: Opened) -> None:
    s, a = opened.services, opened.admin
    session = s.outreach.save(a, OutreachDraft(
        held_on=date(2026, 11, 3), place="  Nhà văn hóa  thôn ĐỒNG Xuân ", form="meeting",
        target_group="general_public", participants_total=4, participants_male=2, participants_female=2,
        organiser="", partners="Hội Liên hiệp Phụ nữ xã")).value.id
    shop = s.establishments.save(a, EstablishmentDraft(
        name="Karaoke Ánh Dương", business_type="karaoke", address="Thôn Lũng Hạ",
        representative="Đặng Thị Huệ")).value.id
    partner = s.partners.save(a, PartnerDraft("Trung tâm Y tế huyện Thanh Thủy", "health_station",
                                              address="Khu 3, thị trấn")).value.id
    for model, record_id in ((OutreachSession, session), (Establishment, shop), (PartnerOrganisation, partner)):
        stored, fields = _stored(opened, model, record_id)
        assert stored, model.__tablename__
        assert search_text(model.__tablename__, fields) == stored, model.__tablename__
    assert _stored(opened, OutreachSession, session)[0] == "nha van hoa thon dong xuan hoi lien hiep phu nu xa"


def test_empty_and_missing_fields_add_nothing() -> None:
    assert search_text("establishments", {"name": "Quán Đức", "address": "", "representative": None}) == "quan duc"
    assert search_text("partner_organisations", {"name": "Trạm y tế"}) == "tram y te"
