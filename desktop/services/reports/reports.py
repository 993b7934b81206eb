"""Reports: compute indicators, export them and raw lists, manage the definition set and period parameters."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AdminUnit, ReportParameter
from desktop.domain import admin_units
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.domain.text import fold
from desktop.reports import indicators, lists, suppression
from desktop.reports.engine import compute_report, no_set_report
from desktop.reports.scope import Scope, parameter_values
from desktop.reports.indicators import DefinitionSet
from desktop.reports.issue import REPORT_KIND, Issue, Narrative
from desktop.reports.model import IndicatorResult, Report, UnitRef
from desktop.reports.pdf.document import DocumentNumber
from desktop.reports.pdf.report import write_pdf
from desktop.reports.protect import check_export_password, encrypt_workbook
from desktop.reports.xlsx import write_xlsx
from desktop.services import audit
from desktop.services.documents import letterhead as office_letterhead
from desktop.services.documents.documents import DocumentEntry
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import bury, edit_record, new_record
from desktop.services.register import Register, require_commune
from desktop.services.reports.annual_targets import AnnualTargetService, TargetRow, with_annual_targets
from desktop.services.reports.report_coverage import hub_coverage
from desktop.services.reports.report_sets import SET_PREFIX, SetCache, SetInForce

@dataclass(frozen=True)
class DefinitionsInfo:
    source: str
    programme_code: str
    programme_name: str
    indicators: int
    built_in: bool  # shipped with the application, not loaded by an administrator
    valid_from: date | None = None
    valid_to: date | None = None
    replaced: bool = False  # a shipped set a loaded one overlaps: the loaded one is used for those dates


def _info(entry: SetInForce) -> DefinitionsInfo:
    d = entry.definitions
    return DefinitionsInfo(d.source, d.programme.code, d.programme.name_vi, len(d.indicators), entry.built_in,
                           entry.valid_from, entry.valid_to, entry.replaced)


@dataclass(frozen=True)
class ParameterValue:
    code: str
    name: str
    unit: str
    value: float | None


class ReportService:
    def __init__(self, register: Register, *, targets: AnnualTargetService, sets: SetCache) -> None:
        self._register = register
        self._sets = sets  # shared with `targets`: both read the definitions in force from one cache
        self._targets = targets

    # --- an office's own targets per year (kept beside the report so the composition root stays as it is)

    def annual_targets(self, actor: Actor, year: int) -> list[TargetRow]:
        return self._targets.rows(actor, year)

    def set_annual_target(self, actor: Actor, *, year: int, indicator: str, target_set: str,
                          target: str | None) -> Outcome[None]:
        return self._targets.set_target(actor, year=year, indicator=indicator, target_set=target_set, target=target)

    def set_annual_targets(self, actor: Actor, *, year: int,
                           entries: list[tuple[str, str, str | None]]) -> Outcome[None]:
        return self._targets.set_targets(actor, year=year, entries=entries)

    # --- the definition sets, each valid for a span of dates -------------------------------------

    def _for_period(self, session: Session, period: Period) -> DefinitionSet | None:
        return self._sets.for_period(session, period)

    def definition_sets(self, actor: Actor) -> list[DefinitionsInfo]:
        """Every set in force, by date: shipped ones and those an administrator loaded."""
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return [_info(entry) for entry in self._sets.in_force(uow.session)]

    def definitions_info(self, actor: Actor) -> DefinitionsInfo | None:
        """The set today's reports use; None when no set covers today."""
        require(actor, Permission.VIEW_COUNTS)
        today = self._register.clock.today()
        with self._register.uow() as uow:
            for entry in sorted(self._sets.in_force(uow.session), key=lambda e: e.built_in):
                if entry.valid_from <= today <= entry.valid_to:
                    return _info(entry)
        return None

    def load_definitions(self, actor: Actor, path: Path) -> Outcome[DefinitionsInfo]:
        """Validate a new set completely before storing it; any problem (an overlap with another loaded set
        included) leaves the sets in force as they were. A set with the programme code of one in force
        replaces it."""
        require(actor, Permission.MANAGE_SETTINGS)
        loaded = indicators.load_file(path)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            self._sets.check_new(uow.session, loaded)
            self._sets.store(uow.session, loaded)
            audit.record(uow.session, actor, "indicators.load", at=now, entity="settings",
                         entity_id=SET_PREFIX + loaded.programme.code,
                         detail={"file": loaded.source, "programme": loaded.programme.code,
                                 "indicators": len(loaded.indicators),
                                 "valid": f"{loaded.programme_period.start}..{loaded.programme_period.end}"})
            uow.commit()
        return Outcome(_info(SetInForce(loaded, built_in=False)), Changes.SETTINGS)

    # --- per-period parameters (denominators the data cannot know) ---------------------------------

    def parameters(self, actor: Actor, period: Period, *, units: Sequence[str] | None = None) -> list[ParameterValue]:
        """This commune's values; at a hub the province's (sum over `units`, see scope.parameter_values)."""
        require(actor, Permission.VIEW_COUNTS)
        scope = self._scope(actor, units)
        with self._register.uow() as uow:
            found = self._for_period(uow.session, period)
            if found is None:
                return []
            values = parameter_values(uow.session.connection(), period=period, units=scope.codes)
        return [ParameterValue(p.code, p.name_vi, p.extra, values.total(p.code)) for p in found.parameters]

    def set_parameter(self, actor: Actor, code: str, *, period: Period, value: float | None) -> Outcome[None]:
        """Enter (or clear, with None) a denominator such as the number of students for one period.

        The value is a synced record: it travels to the hub in the next bundle. Clearing leaves a
        tombstone; entering the value again revives the same record with a higher version.
        """
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        if value is not None and (not math.isfinite(value) or value < 0):
            raise DomainError("reports.parameter_invalid", value=str(value))
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            found = self._for_period(uow.session, period)
            if found is None:
                raise DomainError("reports.no_set", period=period.label_vi())
            if code not in {p.code for p in found.parameters}:
                raise DomainError("reports.unknown_parameter", name=code)
            rows = uow.session.execute(
                select(ReportParameter)
                .where(ReportParameter.origin_unit == office.origin_unit, ReportParameter.code == code,
                       ReportParameter.period_code == period.code)
                .order_by(ReportParameter.deleted_at.is_not(None), ReportParameter.updated_at.desc())
            ).scalars().all()
            row = rows[0] if rows else None  # the live one, else the latest tombstone
            live = row is not None and row.deleted_at is None
            if value is None:
                if live and row is not None:
                    bury([row], actor=actor, now=now)
            elif row is None:
                row = new_record(uow.session, ReportParameter, actor=actor, office=office, now=now, code=code,
                                 period_code=period.code, value=float(value))
            elif not live or row.value != float(value):
                row.deleted_at = None  # revived: the same record, a higher version
                row.value = float(value)
                edit_record(row, actor=actor, now=now)
            uow.session.flush()
            # written here, not by `saved`: a clear with nothing to clear is still audited, under code:period
            audit.record(uow.session, actor, "indicators.parameter", at=now, entity="report_parameter",
                         entity_id=row.id if row is not None else f"{code}:{period.code}",
                         detail={"code": code, "period": period.code, "value": value})
            uow.commit()
        return Outcome(None, Changes.SETTINGS)

    # --- reports ---------------------------------------------------------------------------------

    def communes(self, actor: Actor) -> list[UnitRef]:
        """The communes a report may cover: this commune, or every commune of the hub's province."""
        require(actor, Permission.VIEW_COUNTS)
        office = self._register.office
        if not office.is_hub:
            return [UnitRef(office.origin_unit, office.unit_name)]
        with self._register.uow() as uow:
            rows = uow.session.execute(
                select(AdminUnit.code, AdminUnit.admin_version, AdminUnit.name)
                .where(AdminUnit.province_code == office.province_code, AdminUnit.code != office.province_code)
            ).all()
        return sorted((UnitRef(f"{code}@{version}", name) for code, version, name in rows), key=lambda u: fold(u.name))

    def compute(self, actor: Actor, period: Period, *, units: Sequence[str] | None = None,
                only: str | None = None) -> Report:
        """The report of `period`; at a hub over `units` (plain or tagged codes), by default the whole province.

        `only` computes one indicator of the set (the establishments page's T8) the way the report does.
        """
        require(actor, Permission.VIEW_COUNTS)
        scope = self._scope(actor, units)
        with self._register.uow() as uow:
            found = self._for_period(uow.session, period)
            coverage = None
            if scope.is_hub:
                coverage = hub_coverage(uow.session, province_code=self._register.office.province_code,
                                        period=period, units=scope.units)
                scope = dataclasses.replace(scope, reporting=frozenset(u.code for u in coverage.reporting))
            today = self._register.clock.today()
            if found is None:  # no set covers the period: the report says so and asks for one
                return dataclasses.replace(no_set_report(period=period, scope=scope, generated_on=today),
                                           coverage=coverage)
            # This office's own figures for the year (a hub's for the province report) replace the file's.
            found = with_annual_targets(uow.session, found, period=period, origin_unit=self._register.office.origin_unit)
            if only is not None:
                found = replace(found, indicators=tuple(i for i in found.indicators if i.code == only))
            report = compute_report(uow.session.connection(), found, period=period, scope=scope, generated_on=today)
            return dataclasses.replace(report, coverage=coverage)

    def indicator(self, actor: Actor, code: str, period: Period) -> IndicatorResult | None:
        """One indicator as the report of `period` gives it, from the definitions in force on that period
        with this office's targets for its year; None when no set in force has it."""
        report = self.compute(actor, period, only=code)
        return next((i for section in report.sections for i in section.indicators if i.code == code), None)

    def programme_period(self, actor: Actor) -> Period | None:
        """The programme period of the definitions in force today (None when no set covers today)."""
        require(actor, Permission.VIEW_COUNTS)
        today = self._register.clock.today()
        with self._register.uow() as uow:
            found = self._sets.for_period(uow.session, Period(today, today))
            return found.programme_period if found is not None else None

    def _scope(self, actor: Actor, units: Sequence[str] | None) -> Scope:
        office = self._register.office
        available = self.communes(actor)
        if units is not None and office.is_hub:
            wanted = {u if "@" in u else f"{u}@{office.admin_version}" for u in units}
            unknown = sorted(wanted - {u.code for u in available})
            if unknown:
                raise DomainError("reports.unknown_unit", code=unknown[0].partition("@")[0])
            available = [u for u in available if u.code in wanted]
        province = "" if office.is_hub else admin_units.unit(office.province_code).name
        return Scope(tuple(available), office.is_hub, office.unit_name, province)

    def issue(self, *, number: DocumentNumber | None = None, narrative: Narrative | None = None) -> Issue:
        """The letterhead, signatory and recipients from the office's settings, with a number and narrative."""
        settings = office_letterhead.stored(self._register)
        return Issue(letterhead=office_letterhead.letterhead_of(self._register, settings),
                     signatory=office_letterhead.signatory_of(settings),
                     number=number or DocumentNumber(None, REPORT_KIND, settings.symbol),
                     recipients=office_letterhead.recipients_of(settings), narrative=narrative or Narrative())

    def export_report(self, actor: Actor, report: Report, *, xlsx: Path | None = None, pdf: Path | None = None,
                      document: DocumentEntry | None = None) -> Outcome[tuple[Path, ...]]:
        """Write the workbook and/or the PDF; each file is written whole or not at all.

        `document` is the report's entry in the document register: its number, date and narrative are
        printed; without it the report carries a blank number for the clerk. Client-derived counts of
        1–4 are hidden in every file, at a commune too: the files leave the office (DOMAIN §7).
        """
        require(actor, Permission.EXPORT)
        if document is not None:
            issue = self.issue(number=document.document_number, narrative=document.narrative)
            report = replace(report, generated_on=document.issued_on)
        else:
            issue = self.issue()
        report = suppression.suppress_report(report)
        written: list[Path] = []
        if xlsx is not None:
            write_xlsx(report, xlsx, issue=issue)
            written.append(xlsx)
        if pdf is not None:
            write_pdf(report, pdf, issue=issue)
            written.append(pdf)
        self._audit_export(actor, {"kind": "report", "period": report.period.code, "units": len(report.units),
                                   "files": [p.name for p in written]})
        return Outcome(tuple(written), Changes.NONE)

    def export_list(self, actor: Actor, name: str, *, path: Path, period: Period | None = None,
                    units: Sequence[str] | None = None, password: str | None = None,
                    progress: Callable[[int], None] | None = None) -> Outcome[int]:
        """A raw list (sessions, contacts, referrals, inspections) with every row, streamed to Excel.

        Lists of client rows are written only password-protected (DOMAIN §7): `password` is required.
        """
        require(actor, Permission.EXPORT)
        spec = lists.spec_for(name)
        require(actor, Permission.VIEW_CLIENTS if spec.about_clients else Permission.VIEW_RECORDS)
        if spec.about_clients:
            check_export_password(password)
        scope = self._scope(actor, units)
        names = {u.code: u.name for u in scope.units}
        with contextlib.ExitStack() as stack:
            # Client rows are first written to a private temporary folder, then encrypted into place.
            written = path
            if spec.about_clients:
                written = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="hn-"))) / "plain.xlsx"
            with self._register.uow() as uow:
                count = lists.export_list(uow.session.connection(), spec, path=written, period=period,
                                          units=scope.codes if units is not None else None, unit_names=names,
                                          progress=progress)
            if spec.about_clients:
                encrypt_workbook(written, path, password or "")
        self._audit_export(actor, {"kind": "list", "list": name, "period": period.code if period else "",
                                   "rows": count, "files": [path.name]})
        return Outcome(count, Changes.NONE)

    def _audit_export(self, actor: Actor, detail: dict[str, object]) -> None:
        with self._register.uow(write=True) as uow:
            audit.record(uow.session, actor, "export", at=self._register.clock.now(), entity="report", detail=detail)
            uow.commit()
