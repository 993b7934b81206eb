"""Printable documents of the outreach area (attendance sheets), with the office's letterhead."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.domain.i18n import translate
from desktop.domain.age_bands import AGE_BANDS
from desktop.domain.outreach import FORM_LABELS, TARGET_GROUP_LABELS, TOPIC_LABELS, OutreachDraft, OutreachForm, TargetGroup, Topic, counts_only
from desktop.domain.roles import Permission
from desktop.reports.pdf.attendance_sheet import AttendanceCounts, AttendanceSheet, write_attendance_sheet
from desktop.reports.pdf.document import Letterhead
from desktop.services import audit
from desktop.services.documents.letterhead import letterhead_of
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.outreach.outreach import OutreachService
from desktop.services.register import Register


def letterhead(register: Register) -> Letterhead:
    """The issuing body every printed document carries, from the office's letterhead settings."""
    return letterhead_of(register)


def _label(table: Mapping[Any, str], code: str, kind: type, language: str) -> str:
    try:
        return translate("Codes", table[kind(code)], language)
    except ValueError:
        return code


def attendance_sheet(register: Register, draft: OutreachDraft | None, *, with_counts: bool,
                     language: str = "vi", count_only: bool | None = None) -> AttendanceSheet:
    """The sheet for a session: a count sheet when its target group is one a signed list would expose
    (`count_only` None decides from the session; True asks for a count sheet, e.g. a blank one)."""
    head = letterhead(register)
    bands = tuple(translate("Codes", band.label, language) for band in AGE_BANDS)
    if draft is None:
        return AttendanceSheet(letterhead=head, held_on=None, place="", form_label="", target_group_label="",
                               topics_labels=(), organiser="", partners="", counts=None,
                               count_only=bool(count_only), age_bands=bands)
    counts = AttendanceCounts(
        total=draft.participants_total, male=draft.participants_male, female=draft.participants_female,
        other=draft.participants_other, target_members=draft.target_members, leaflets=draft.leaflets,
        condoms=draft.condoms, lubricant=draft.lubricant,
    ) if with_counts else None
    return AttendanceSheet(
        letterhead=head, held_on=draft.held_on, place=draft.place,
        form_label=_label(FORM_LABELS, draft.form, OutreachForm, language),
        target_group_label=_label(TARGET_GROUP_LABELS, draft.target_group, TargetGroup, language),
        topics_labels=tuple(_label(TOPIC_LABELS, t, Topic, language) for t in draft.topics),
        organiser=draft.organiser, partners=draft.partners, counts=counts,
        count_only=counts_only(draft.target_group) or bool(count_only), age_bands=bands,
        expected=draft.participants_total,
    )


def print_attendance(register: Register, actor: Actor, path: Path, *, outreach: OutreachService,
                     record_id: str | None = None, with_counts: bool = True,
                     count_only: bool | None = None) -> Outcome[Path]:
    """Blank before the session (no record, or with_counts=False), filled with the counts after it.

    A session with sex workers always gets the count sheet; `count_only=True` asks for it otherwise too.
    """
    require(actor, Permission.PRINT)
    draft = outreach.get(actor, record_id).draft if record_id else None
    sheet = attendance_sheet(register, draft, with_counts=with_counts, count_only=count_only)
    write_attendance_sheet(path, sheet)
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "print", at=register.clock.now(), entity="outreach_session",
                     entity_id=record_id or "", detail={"document": "attendance_sheet", "filled": bool(draft and with_counts),
                                                        "count_only": sheet.count_only})
        uow.commit()
    return Outcome(path, Changes.NONE)
