"""Data-subject rights: the consent form, the right-of-access record, erasure and the retention period."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Delete, delete, func, select, text
from sqlalchemy.orm import Session

from desktop.db.models import Client, ClientContact, ClientStatusChange, Consent, Erasure, Referral
from desktop.domain.clients import (
    CHANNEL_LABELS,
    CONSENT_LABELS,
    DEFAULT_RETENTION_MONTHS,
    SERVICE_LABELS,
    STATUS_LABELS,
    TOPIC_LABELS,
    WORKPLACE_LABELS,
    months_before,
    retention_problems,
)
from desktop.domain import admin_units
from desktop.domain.client_data import category, consent_lines
from desktop.domain.codes import SEX_LABELS
from desktop.domain.i18n import translate
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.referrals import OUTCOME_LABELS
from desktop.domain.referrals import STATUS_LABELS as REFERRAL_STATUS_LABELS
from desktop.domain.roles import Permission
from desktop.domain.uic import normalise_code
from desktop.reports.pdf.client_record import ClientRecordDoc, RecordTable, write_client_record
from desktop.reports.pdf.consent_form import ConsentForm, write_consent_form
from desktop.services import audit
from desktop.services.clients.client_views import (
    ClientRow,
    client_row,
    client_view,
    get_setting,
    live_client,
    put_setting,
    referral_views,
)
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import new_record
from desktop.services.outreach.printing import letterhead
from desktop.services.register import Register, require_commune

RETENTION_SETTING = "clients.retention_months"
_CHILDREN: tuple[type[ClientContact] | type[Consent] | type[ClientStatusChange] | type[Referral], ...] = (
    ClientContact, Consent, ClientStatusChange, Referral)


class ErasureReason(StrEnum):
    REQUEST = "request"  # the person asked (PDPL right to erasure)
    RETENTION = "retention"  # the retention period after the last contact has passed


@dataclass(frozen=True)
class ErasureReceipt:
    client_id: str
    erased_on: date
    rows: dict[str, int]
    free_space_wiped: bool


def _label(table: Mapping[Any, str], code: str, language: str) -> str:
    for key, value in table.items():
        if key == code:
            return translate("Codes", value, language)
    return code


def _unit_name(tagged: str) -> str:
    code = tagged.partition("@")[0]
    try:
        return admin_units.unit(code).name
    except DomainError:
        return code


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _deleted(session: Session, statement: Delete) -> int:
    result = cast(CursorResult[Any], session.execute(statement))
    return result.rowcount


def retention_of(session: Session) -> int:
    value = get_setting(session, RETENTION_SETTING)
    return int(value) if value and value.isdigit() else DEFAULT_RETENTION_MONTHS


class ClientRightsService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # --- consent form and right of access -------------------------------------------------

    def print_consent_form(self, actor: Actor, path: Path, *, client_id: str | None = None,
                           language: str = "vi") -> Outcome[Path]:
        """A blank form, or one carrying the client's code; the person ticks and signs it on paper."""
        require(actor, Permission.PRINT)
        if client_id is not None:
            require(actor, Permission.VIEW_CLIENTS)
        r = self._register
        with r.uow(write=True) as uow:
            code = live_client(uow.session, client_id).uic if client_id else ""
            form = ConsentForm(letterhead(r), code, r.clock.today(),
                               tuple(translate("Codes", label, language) for label in CONSENT_LABELS.values()),
                               retention_of(uow.session), recorded=consent_lines())
            write_consent_form(path, form)
            audit.record(uow.session, actor, "print", at=r.clock.now(), entity="client", entity_id=client_id or "",
                         detail={"document": "consent_form"})
            uow.commit()
        return Outcome(path, Changes.NONE)

    def access_record(self, actor: Actor, client_id: str, *, language: str = "vi") -> ClientRecordDoc:
        """Everything held about the person, local notes included: it is their data."""
        require(actor, Permission.VIEW_CLIENTS)
        require(actor, Permission.EXPORT)
        r = self._register
        with r.uow() as uow:
            return self._record(uow.session, client_id, language)

    def export_access(self, actor: Actor, client_id: str, path: Path, *, language: str = "vi") -> Outcome[Path]:
        require(actor, Permission.VIEW_CLIENTS)
        require(actor, Permission.EXPORT)
        r = self._register
        with r.uow(write=True) as uow:
            write_client_record(path, self._record(uow.session, client_id, language))
            audit.record(uow.session, actor, "export", at=r.clock.now(), entity="client", entity_id=client_id,
                         detail={"document": "client_record"})
            uow.commit()
        return Outcome(path, Changes.NONE)

    # --- erasure and retention ------------------------------------------------------------

    def erase(self, actor: Actor, client_id: str, *, confirm_code: str,
              reason: ErasureReason = ErasureReason.REQUEST) -> Outcome[ErasureReceipt]:
        """Hard-delete the client and every row about them; leave only a marker without personal data.

        The worker confirms by typing the client's code. The marker (see models.clients.Erasure)
        travels to the hub, which erases its copy too. Backups keep the data until they rotate out.
        """
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now, today = r.clock.now(), r.clock.today()
        with r.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            if normalise_code(confirm_code) != row.uic:
                raise DomainError("client.erase_confirm_mismatch")
            # Overwrite freed cells with zeros rather than merely unlinking them.
            uow.session.execute(text("PRAGMA secure_delete = ON"))
            rows = {model.__tablename__: _deleted(uow.session, delete(model).where(model.client_id == row.id))
                    for model in _CHILDREN}
            rows["clients"] = _deleted(uow.session, delete(Client).where(Client.id == row.id))
            new_record(uow.session, Erasure, actor=actor, office=r.office, now=now, entity=Client.__tablename__,
                       entity_id=client_id, erased_on=today, reason=reason.value)
            audit.record(uow.session, actor, "client.erase", at=now, entity="client", entity_id=client_id,
                         detail={"reason": reason.value, "rows": rows})
            uow.commit()
        wiped = self._wipe_free_space()
        return Outcome(ErasureReceipt(client_id, today, rows, wiped), Changes.CLIENTS | Changes.REFERRALS)

    def retention_months(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return retention_of(uow.session)

    def set_retention_months(self, actor: Actor, months: int) -> Outcome[int]:
        require(actor, Permission.MANAGE_SETTINGS)
        fail_if(retention_problems(months))
        with self._register.uow(write=True) as uow:
            before = retention_of(uow.session)
            put_setting(uow.session, RETENTION_SETTING, str(months))
            audit.record(uow.session, actor, "settings.change", at=self._register.clock.now(), entity="setting",
                         entity_id=RETENTION_SETTING, detail={"from": before, "to": months})
            uow.commit()
        return Outcome(months, Changes.SETTINGS)

    def due_for_erasure(self, actor: Actor, *, offset: int = 0, limit: int = 200) -> list[ClientRow]:
        """Clients whose last contact is older than the retention period, the oldest first."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            cutoff = self._cutoff(uow.session)
            stmt = (select(Client).where(Client.deleted_at.is_(None), Client.last_contact_on < cutoff)
                    .order_by(Client.last_contact_on, Client.id).offset(offset).limit(limit))
            return [client_row(c) for c in uow.session.execute(stmt).scalars()]

    def count_due_for_erasure(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return uow.session.execute(select(func.count()).select_from(Client).where(
                Client.deleted_at.is_(None), Client.last_contact_on < self._cutoff(uow.session))).scalar_one()

    def erasures(self, actor: Actor) -> list[tuple[str, date, str]]:
        """The markers left behind: (erased id, date, reason) — nothing else is known any more."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            rows = uow.session.execute(select(Erasure.entity_id, Erasure.erased_on, Erasure.reason)
                                       .order_by(Erasure.erased_on.desc()))
            return [(i, d, reason) for i, d, reason in rows]

    # --- helpers --------------------------------------------------------------------------

    def _cutoff(self, session: Session) -> date:
        return months_before(self._register.clock.today(), retention_of(session))

    def _wipe_free_space(self) -> bool:
        """Rebuild the file so no free page or WAL frame still holds the erased rows.

        Done after the commit, outside any transaction (VACUUM refuses to run inside one). A busy
        database only delays the wipe: the rows are already gone and secure_delete zeroed them.
        """
        raw = self._register.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert conn is not None
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return True
        except self._register.engine.dialect.dbapi.Error:  # type: ignore[union-attr]  # set: the engine is open
            return False
        finally:
            raw.close()

    def _record(self, session: Session, client_id: str, language: str) -> ClientRecordDoc:
        row = live_client(session, client_id)
        view = client_view(session, row)

        def lab(table: Mapping[Any, str], code: str) -> str:
            return _label(table, code, language)

        # Grouped by the categories of domain.client_data, the same list the consent form reads out.
        details = [
            (f"{category('identity').title} — năm sinh", str(view.birth_year)),
            ("Giới tính", lab(SEX_LABELS, view.sex)), ("Xã, phường", _unit_name(view.commune)),
            (f"{category('work').title} — nơi làm việc", lab(WORKPLACE_LABELS, view.workplace_type)),
            ("Ngày gặp lần đầu", _day(view.first_contact_on)),
            ("Biết đến qua", lab(CHANNEL_LABELS, view.first_contact_channel)),
            (category("follow_up").title, f"{lab(STATUS_LABELS, view.status)} (từ {_day(view.status_on)})"),
            ("Lần gặp gần nhất", _day(view.last_contact_on)),
        ]
        contacts = session.execute(select(ClientContact).where(ClientContact.client_id == client_id)
                                   .order_by(ClientContact.contacted_on)).scalars()
        referrals = referral_views(session, client_id=client_id)
        tables = [
            RecordTable(category("consent").title,
                        (("Nội dung đồng ý", 0.6), ("Ngày đồng ý", 0.2), ("Ngày rút lại", 0.2)),
                        [(lab(CONSENT_LABELS, c.scope), _day(c.given_on), _day(c.withdrawn_on))
                         for c in view.consents]),
            RecordTable(category("services").title,
                        (("Ngày", 0.16), ("Dịch vụ", 0.3), ("Nội dung", 0.32), ("Vật phẩm", 0.22)),
                        [(_day(k.contacted_on), lab(SERVICE_LABELS, k.category),
                          "; ".join(x for x in (", ".join(lab(TOPIC_LABELS, t) for t in k.topics.split()),
                                                k.notes) if x),
                          f"BCS {k.condoms}, CBT {k.lubricant}, tờ rơi {k.leaflets}") for k in contacts]),
            RecordTable(category("referrals").title,
                        (("Mã phiếu", 0.2), ("Ngày", 0.16), ("Nơi nhận, dịch vụ", 0.34), ("Tình trạng, kết quả", 0.3)),
                        [(v.code, _day(v.referred_on), f"{v.partner_name} — {lab(SERVICE_LABELS, v.category)}",
                          "; ".join(x for x in (lab(REFERRAL_STATUS_LABELS, v.status),
                                                lab(OUTCOME_LABELS, v.outcome) if v.outcome else "", v.feedback,
                                                v.consent_override_reason) if x))
                         for v in referrals]),
        ]
        notes = category("notes").title
        texts = [(f"{notes} — tên gọi", view.nickname), (f"{notes} — ghi chú", view.notes),
                 (f"{notes} — đánh giá nhu cầu", view.needs), (f"{notes} — kế hoạch hỗ trợ", view.plan)]
        closing = ("Bạn có thể yêu cầu sửa thông tin chưa đúng, yêu cầu xóa toàn bộ thông tin, hoặc rút lại đồng ý "
                   "bất cứ lúc nào bằng cách nói với cán bộ. Yêu cầu được trả lời trong vòng 2 ngày làm việc.")
        return ClientRecordDoc(letterhead(self._register), self._register.clock.today(), view.uic, details, tables,
                               texts, closing)
