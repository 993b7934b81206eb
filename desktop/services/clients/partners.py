"""The commune's catalogue of partner organisations that receive referrals, seeded on first use."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import PartnerOrganisation
from desktop.domain import admin_units
from desktop.domain.clients import ServiceCategory
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.referrals import PartnerKind
from desktop.domain.roles import Permission
from desktop.domain.shipped import resources_dir
from desktop.domain.search_text import search_text_of
from desktop.domain.text import fold, nfc
from desktop.services import audit
from desktop.services.clients.client_views import get_setting, put_setting
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import edit_record, new_record, saved
from desktop.services.register import OfficeInfo, Register, require_commune

SEED_FILE = resources_dir() / "catalogues" / "partners_vi.json"
SEEDED_SETTING = "partners.seeded"
MAX_NAME = 200


@dataclass(frozen=True)
class PartnerDraft:
    name: str
    kind: str
    phone: str = ""  # the organisation's switchboard, never a person's mobile
    address: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartnerView:
    id: str
    version: int
    name: str
    kind: str
    phone: str
    address: str
    categories: tuple[str, ...]
    active: bool


def _view(row: PartnerOrganisation) -> PartnerView:
    return PartnerView(row.id, row.version, row.name, row.kind, row.phone, row.address,
                       tuple(row.categories.split()), row.active)


def _in_sentence(unit_name: str) -> str:
    """'Tỉnh Phú Thọ' -> 'tỉnh Phú Thọ': the unit's type word is lower case inside a name."""
    return unit_name[:1].lower() + unit_name[1:]


def seed_rows(office: OfficeInfo) -> list[PartnerDraft]:
    data = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    province = _in_sentence(admin_units.unit(office.province_code).name)
    commune = _in_sentence(office.unit_name)
    return [PartnerDraft(name=p["name"].format(province=province, commune=commune), kind=p["kind"],
                         categories=tuple(p.get("categories", ()))) for p in data["partners"]]


def ensure_catalogue(session: Session, register: Register, actor: Actor, now: datetime) -> bool:
    """Seed the catalogue once per commune register; the commune edits it afterwards."""
    office = register.office
    if office.is_hub or get_setting(session, SEEDED_SETTING):
        return False
    for draft in seed_rows(office):
        _new_row(session, register, actor, draft, now)
    put_setting(session, SEEDED_SETTING, now.date().isoformat())
    session.flush()
    audit.record(session, actor, "partner.seed", at=now, entity="partner_organisation")
    return True


def _new_row(session: Session, register: Register, actor: Actor, draft: PartnerDraft,
             now: datetime) -> PartnerOrganisation:
    row = new_record(session, PartnerOrganisation, actor=actor, office=register.office, now=now, active=True)
    _apply(row, draft)
    return row


def _apply(row: PartnerOrganisation, draft: PartnerDraft) -> None:
    row.name, row.kind, row.phone, row.address = draft.name, draft.kind, draft.phone, draft.address
    row.categories = " ".join(draft.categories)
    row.search_text = search_text_of(row.__tablename__, row)  # the one definition (domain/search_text.py)


def partner_problems(draft: PartnerDraft) -> list[Problem]:
    problems: list[Problem] = []
    if not draft.name:
        problems.append(Problem("required", "name"))
    if draft.kind not in {k.value for k in PartnerKind}:
        problems.append(Problem("client.unknown_code", "kind"))
    if any(c not in {s.value for s in ServiceCategory} for c in draft.categories):
        problems.append(Problem("client.unknown_code", "categories"))
    for name, limit in (("name", MAX_NAME), ("address", 300), ("phone", 40)):
        if len(getattr(draft, name)) > limit:
            problems.append(Problem("text.too_long", name, {"max": limit}))
    return problems


class PartnerService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def list(self, actor: Actor, *, category: str | None = None, search: str = "",
             include_inactive: bool = False) -> list[PartnerView]:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow(write=True) as uow:
            if ensure_catalogue(uow.session, self._register, actor, self._register.clock.now()):
                uow.commit()
            stmt = select(PartnerOrganisation).where(PartnerOrganisation.deleted_at.is_(None))
            if not include_inactive:
                stmt = stmt.where(PartnerOrganisation.active.is_(True))
            if category:
                stmt = stmt.where(PartnerOrganisation.categories.contains(category, autoescape=True))
            for word in fold(search).split():
                stmt = stmt.where(PartnerOrganisation.search_text.contains(word, autoescape=True))
            return [_view(p) for p in uow.session.execute(stmt.order_by(PartnerOrganisation.name)).scalars()]

    def save(self, actor: Actor, draft: PartnerDraft, *, partner_id: str | None = None,
             expected_version: int | None = None) -> Outcome[PartnerView]:
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        draft = PartnerDraft(nfc(draft.name), draft.kind, nfc(draft.phone), nfc(draft.address),
                             tuple(dict.fromkeys(draft.categories)))
        fail_if(partner_problems(draft))
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            # The catalogue is tens of rows: comparing folded names in Python catches Hoà / Hòa twins.
            others = uow.session.execute(select(PartnerOrganisation.name).where(
                PartnerOrganisation.id != (partner_id or ""), PartnerOrganisation.deleted_at.is_(None))).scalars()
            if any(fold(name) == fold(draft.name) for name in others):
                raise DomainError("partner.name_taken", name=draft.name)
            if partner_id is None:
                row = _new_row(uow.session, self._register, actor, draft, now)
                action = "partner.create"
            else:
                row = edit_record(self._get(uow.session, partner_id), actor=actor, now=now,
                                  expected_version=expected_version, stale="partner.stale")
                _apply(row, draft)
                action = "partner.update"
            saved(uow.session, row, actor=actor, now=now, action=action, entity="partner_organisation")
            uow.commit()
            return Outcome(_view(row), Changes.PARTNERS)

    def set_active(self, actor: Actor, partner_id: str, active: bool) -> Outcome[PartnerView]:
        """Retire a partner instead of deleting it: old referrals still name it."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = self._get(uow.session, partner_id)
            row.active = active
            edit_record(row, actor=actor, now=now)
            saved(uow.session, row, actor=actor, now=now, action="partner.activate" if active else "partner.deactivate",
                  entity="partner_organisation")
            uow.commit()
            return Outcome(_view(row), Changes.PARTNERS)

    @staticmethod
    def _get(session: Session, partner_id: str) -> PartnerOrganisation:
        row = session.get(PartnerOrganisation, partner_id)
        if row is None or row.deleted_at is not None:
            raise DomainError("partner.not_found")
        return row
