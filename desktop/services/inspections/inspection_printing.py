"""Printable documents of the inspection area: blank checklist, inspection record, establishment list."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.checklists import VERDICT_LABELS, AnswerType, ChecklistTemplate, Verdict
from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS,
    STATUS_LABELS,
    BusinessType,
    EstablishmentDraft,
    EstablishmentStatus,
)
from desktop.domain.i18n import translate
from desktop.domain.inspections import DATE_FORMAT, HANDLING_LABELS, KIND_LABELS, LOCAL_ZONE, Handling, InspectionKind
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.reports.pdf.checklist import ChecklistLine, ChecklistSheet, EstablishmentDetails, write_checklist
from desktop.reports.pdf.establishment_list import EstablishmentList, ListedEstablishment, write_establishment_list
from desktop.reports.pdf.inspection_record import write_record
from desktop.reports.pdf.inspection_record_v1 import InspectionSheet, ResultLine, ViolationLine, write_inspection_record
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.establishments.establishments import EstablishmentQuery, EstablishmentService
from desktop.services.inspections.inspection_record_sheet import UNANSWERED, check_printable, record_sheet
from desktop.services.inspections.inspections import InspectionRecord, InspectionService
from desktop.services.outreach.printing import letterhead
from desktop.services.register import Register


def label(table: Mapping[Any, str], code: str, kind: type[StrEnum], language: str = "vi") -> str:
    try:
        return translate("Codes", table[kind(code)], language)
    except (ValueError, KeyError):
        return code


def _numbered(number: str, day: date | None) -> str:
    parts = [f"số {number}" if number else "", f"ngày {day.strftime(DATE_FORMAT)}" if day else ""]
    return ", ".join(p for p in parts if p)


def establishment_details(draft: EstablishmentDraft, language: str = "vi") -> EstablishmentDetails:
    return EstablishmentDetails(
        name=draft.name, business_type_label=label(BUSINESS_TYPE_LABELS, draft.business_type, BusinessType, language),
        address=draft.address, representative=draft.representative,
        registration=_numbered(draft.registration_number, draft.registration_date),
        licence=_numbered(draft.licence_number, draft.licence_date),
        security_certificate=_numbered(draft.security_certificate_number, draft.security_certificate_date),
    )


def _audit_print(register: Register, actor: Actor, *, entity: str, entity_id: str, document: str) -> None:
    with register.uow() as uow:
        audit.record(uow.session, actor, "print", at=register.clock.now(), entity=entity, entity_id=entity_id,
                     detail={"document": document})
        uow.commit()


def print_checklist(register: Register, actor: Actor, path: Path, *, business_type: str | None = None,
                    establishment_id: str | None = None, template_version: int | None = None,
                    inspections: InspectionService | None = None, language: str = "vi") -> Outcome[Path]:
    """The blank checklist for a type, or pre-filled with an establishment's details (its type then decides)."""
    require(actor, Permission.PRINT)
    inspections = inspections or InspectionService(register)
    details = None
    if establishment_id is not None:
        draft = EstablishmentService(register).get(actor, establishment_id).draft
        business_type, details = draft.business_type, establishment_details(draft, language)
    if business_type is None or business_type not in BusinessType.__members__.values():
        raise DomainError("establishment.unknown_type")
    template = inspections.template(actor, version=template_version)
    lines = tuple(ChecklistLine(i.code, i.text, i.legal_basis, i.basis_verified, i.answer.value, i.unit)
                  for i in template.items_for(business_type))
    write_checklist(path, ChecklistSheet(
        letterhead=letterhead(register), title=template.title, template_version=template.version,
        business_type_label=label(BUSINESS_TYPE_LABELS, business_type, BusinessType, language),
        lines=lines, establishment=details,
    ))
    _audit_print(register, actor, entity="establishment" if establishment_id else "checklist",
                 entity_id=establishment_id or business_type, document=f"checklist_v{template.version}")
    return Outcome(path, Changes.NONE)


def _result_lines(record: InspectionRecord, template: ChecklistTemplate, language: str) -> tuple[ResultLine, ...]:
    answers = {r.item_code: r for r in record.draft.results}
    lines = []
    for item in template.items_for(record.business_type):
        answer = answers.get(item.code)
        if answer is None:
            result, note = UNANSWERED, ""
        elif item.answer is AnswerType.CHECK:
            result, note = label(VERDICT_LABELS, answer.verdict or "", Verdict, language), answer.note
        elif item.answer is AnswerType.NUMBER:
            result, note = f"{answer.number} {item.unit}".strip(), answer.note
        else:
            result, note = "Ghi nhận", answer.note
        lines.append(ResultLine(item.text, item.legal_basis, item.basis_verified, result, note))
    return tuple(lines)


def print_inspection_record(register: Register, actor: Actor, inspection_id: str, path: Path, *,
                            inspections: InspectionService | None = None, language: str = "vi") -> Outcome[Path]:
    """The biên bản as recorded, laid out with the checklist version the inspection used."""
    require(actor, Permission.PRINT)
    inspections = inspections or InspectionService(register)
    record = inspections.get(actor, inspection_id)
    draft = record.draft
    assert draft.started_at is not None
    template = inspections.template(actor, version=draft.template_version)
    establishment = EstablishmentService(register).get(actor, draft.establishment_id).draft
    details = establishment_details(establishment, language)
    results = _result_lines(record, template, language)
    if draft.prints_formally:  # the administrative record; records made before it keep the layout they had
        check_printable(record, language)
        write_record(path, record_sheet(register, actor, record, template, establishment, details=details,
                                        results=results, label=label, language=language))
        _audit_print(register, actor, entity="inspection", entity_id=inspection_id, document="inspection_record")
        return Outcome(path, Changes.NONE)
    violations = tuple(ViolationLine(
        v.draft.description, v.citation, label(HANDLING_LABELS, v.draft.handling, Handling, language),
        v.draft.proposed_amount, v.amount_min, v.amount_max) for v in record.violations)
    write_inspection_record(path, InspectionSheet(
        letterhead=letterhead(register), started_at=draft.started_at.astimezone(LOCAL_ZONE),
        kind_label=label(KIND_LABELS, draft.kind, InspectionKind, language), team_members=draft.team_members,
        representative=draft.representative, establishment=details,
        template_version=template.version, staff_present=draft.staff_present,
        staff_without_contract=draft.staff_without_contract, staff_under_18=draft.staff_under_18,
        guests_present=draft.guests_present, results=results,
        violations=violations, findings=draft.findings, decision_reference=draft.decision_reference,
        reinspection_due=record.reinspection_due_on.strftime(DATE_FORMAT) if record.reinspection_due_on else "",
    ))
    _audit_print(register, actor, entity="inspection", entity_id=inspection_id, document="inspection_record")
    return Outcome(path, Changes.NONE)


def describe(query: EstablishmentQuery, *, year: int, language: str = "vi") -> str:
    """The filter in words, printed under the list's title."""
    parts = []
    if query.business_type:
        parts.append("Loại hình: " + label(BUSINESS_TYPE_LABELS, query.business_type, BusinessType, language))
    if query.status:
        parts.append("Tình trạng: " + label(STATUS_LABELS, query.status, EstablishmentStatus, language))
    if query.active_only:
        parts.append("đang hoạt động hoặc tạm ngừng")
    if query.not_inspected_this_year:
        parts.append(f"chưa được kiểm tra trong năm {year}")
    if query.with_open_violations:
        parts.append("có vi phạm ở lần kiểm tra gần nhất")
    if query.search.strip():
        parts.append(f"tìm “{query.search.strip()}”")
    return "; ".join(parts)


def print_establishment_list(register: Register, actor: Actor, path: Path, query: EstablishmentQuery, *,
                             language: str = "vi") -> Outcome[Path]:
    require(actor, Permission.PRINT)
    service = EstablishmentService(register)
    rows = service.page(actor, query, offset=0, limit=service.count(actor, query))
    today = register.clock.today()
    write_establishment_list(path, EstablishmentList(
        letterhead=letterhead(register), printed_on=today,
        filter_description=describe(query, year=today.year, language=language),
        rows=tuple(ListedEstablishment(
            r.name, label(BUSINESS_TYPE_LABELS, r.business_type, BusinessType, language), r.address,
            r.representative, label(STATUS_LABELS, r.status, EstablishmentStatus, language),
            r.last_inspected_on.strftime(DATE_FORMAT) if r.last_inspected_on else "", r.open_violations)
            for r in rows),
    ))
    _audit_print(register, actor, entity="establishment", entity_id="", document="establishment_list")
    return Outcome(path, Changes.NONE)
