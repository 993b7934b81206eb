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
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - fixture


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


def _texts(opened: Opened) -> dict[str, str]:
    with opened.services.register.uow() as uow:
        return {f"{model.__tablename__}:{row_id}": text for model in (OutreachSession, Establishment, PartnerOrganisation)
                for row_id, text in uow.session.execute(select(model.id, model.search_text))}


def test_a_form_save_and_the_hubs_import_store_the_same_text(pair: Pair) -> None:
    """Odd spacing, capitals, đ/Đ and decomposed diacritics in every searched field: the commune's forms and the
    hub's import (which folds again, desktop/sync/derived.py) end with the same text, on either hub engine."""
    s, a = pair.commune.services, pair.commune.admin
    s.outreach.save(a, OutreachDraft(
        held_on=date(2026, 11, 3), place="  Nha\u0300 văn hóa\tthôn ĐỒNG Xuân ", form="meeting",
        target_group="general_public", participants_total=4, participants_male=2, participants_female=2,
        organiser="Đoàn  Thanh niên", partners="Hội Liên hiệp Phụ nữ xã"))
    s.establishments.save(a, EstablishmentDraft(name="Karaoke ÁNH  Dương", business_type="karaoke",
                                                address="Thôn Lũng Hạ", representative="Đặng Thị Huệ"))
    s.partners.save(a, PartnerDraft("Trung tâm Y tế  huyện Thanh Thủy", "health_station", address="Khu 3"))
    commune = _texts(pair.commune)
    pair.receive(*pair.send())
    at_hub = _texts(pair.hub)
    sent = {key: text for key, text in commune.items() if key in at_hub}
    assert len(sent) >= 3 and any(k.startswith("outreach_sessions:") for k in sent)
    assert {key: at_hub[key] for key in sent} == sent
    assert "nha van hoa thon dong xuan doan thanh nien hoi lien hiep phu nu xa" in sent.values()
