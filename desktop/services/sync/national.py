"""National forwarding: a province hub sends its suppressed report of a closed period; the national hub reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.db.errors import storage_errors
from desktop.db.models import ReceivedAggregate, SentAggregate
from desktop.domain import periods
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Permission
from desktop.reports import suppression
from desktop.reports.issue import REPORT_KIND, Issue
from desktop.reports.model import NOT_REPORTED, Figure, Report
from desktop.reports.national import NationalReport, compute_national
from desktop.reports.pdf.document import DocumentNumber
from desktop.reports.pdf.national_report import write_national_pdf
from desktop.reports.xlsx_national import write_national_xlsx
from desktop.services import audit
from desktop.services.documents import letterhead as office_letterhead
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.services.reports.reports import ReportService
from desktop.sync.aggregate import AggregateContent, read_aggregate, write_aggregate
from desktop.sync.aggregate_store import store_aggregate
from desktop.sync.periods_close import months_of


@dataclass(frozen=True)
class SentInfo:
    bundle_id: str
    period_code: str
    sequence: int
    file_name: str
    communes: int
    communes_reporting: int
    created_at: datetime
    path: Path | None = None


@dataclass(frozen=True)
class AggregateItem:
    """One file of an import at the national hub: what happened, or the refusal's code and parameters."""

    path: Path
    status: str  # imported | already_imported | older | refused
    province: str = ""
    period_code: str = ""
    sequence: int = 0
    replaced: str | None = None
    error_code: str = ""
    error_params: dict[str, Any] | None = None


@dataclass(frozen=True)
class ProvincePeriod:
    """Which provinces sent which periods: the aggregate in force, and how many sends there were."""

    province_unit: str
    province_name: str
    period_code: str
    sent_at: datetime
    sequence: int
    sends: int
    communes: int
    communes_reporting: int


def aggregate_content(report: Report) -> AggregateContent:
    """The suppressed province report as the aggregate format's lines: figures only, hidden ones without numbers."""
    indicators, values = [], []
    for section in report.sections:
        for ind in section.indicators:
            indicators.append({"code": ind.code, "section": section.title, "name_vi": ind.name, "unit": ind.unit,
                               "sensitive": ind.sensitive, "share": ind.is_share})
            values.append(_value(ind.code, "", ind.figure))
            if ind.by_unit is not None:
                values += [_value(ind.code, row.code, row.figure) for row in ind.by_unit.rows]
    coverage = report.coverage
    completeness = []
    if coverage is not None:
        reporting = {u.code for u in coverage.reporting}
        months = months_of(report.period)
        for unit in coverage.per_unit:
            for month, status, nil in zip(months, unit.statuses, unit.nil_reports, strict=True):
                completeness.append({"unit_code": unit.unit.code, "name": unit.unit.name,
                                     "reported": unit.unit.code in reporting, "month": month.code, "status": status,
                                     "nil_report": nil})
    p = report.period
    return AggregateContent(p.code, p.start.isoformat(), p.end.isoformat(), report.programme, report.definitions,
                            tuple(indicators), tuple(values), tuple(completeness))


def _value(indicator: str, unit: str, figure: Figure) -> dict[str, Any]:
    if figure.hidden == NOT_REPORTED:
        return {"indicator": indicator, "unit_code": unit, "reported": False, "value": None, "numerator": None,
                "denominator": None, "hidden": ""}
    if figure.hidden:
        # Hidden means hidden: the number stays at the province, only the mark travels.
        return {"indicator": indicator, "unit_code": unit, "reported": True, "value": None, "numerator": None,
                "denominator": None, "hidden": figure.hidden}
    return {"indicator": indicator, "unit_code": unit, "reported": True, "value": figure.value,
            "numerator": figure.numerator, "denominator": figure.denominator, "hidden": ""}


def _sent_info(row: SentAggregate, path: Path | None = None) -> SentInfo:
    return SentInfo(row.id, row.period_code, row.sequence, row.file_name, row.communes, row.communes_reporting,
                    row.created_at, path)


class NationalService:
    def __init__(self, register: Register, *, reports: ReportService) -> None:
        self._register = register
        self._reports = reports  # the province's own report, computed as its report page does

    # --- a province hub: sending up ---------------------------------------------------------

    def send_to_national(self, actor: Actor, period_code: str, folder: Path) -> Outcome[SentInfo]:
        """Close `period` at the province and write its aggregate bundle for the national hub to `folder`."""
        require(actor, Permission.SYNC)
        require(actor, Permission.EXPORT)
        if self._register.office.role.value != "hub":
            raise DomainError("national.province_only")
        period = periods.parse(period_code)
        fail_if(periods.closure_problems(period, closed_on=self._register.clock.today()))
        report = suppression.suppress_report(self._reports.compute(actor, period))
        if report.no_definitions:
            raise DomainError("reports.no_set", period=period.label_vi())
        content = aggregate_content(report)
        now = self._register.clock.now()
        with storage_errors(str(folder)):
            folder.mkdir(parents=True, exist_ok=True)
        with self._register.uow() as uow:
            written = write_aggregate(uow.session, content, folder=folder, now=now, author_id=actor.account_id)
            audit.record(uow.session, actor, "national.send", at=now, entity="aggregate", entity_id=written.bundle_id,
                         detail={"period": period.code, "sequence": written.sequence, "file": written.path.name,
                                 "indicators": len(content.indicators)})
            uow.commit()
            row = uow.session.get(SentAggregate, written.bundle_id)
            assert row is not None
            return Outcome(_sent_info(row, written.path), Changes.SYNC)

    def sent(self, actor: Actor) -> list[SentInfo]:
        require(actor, Permission.SYNC)
        with self._register.uow() as uow:
            rows = uow.session.execute(select(SentAggregate).order_by(SentAggregate.sequence)).scalars()
            return [_sent_info(row) for row in rows]

    # --- the national hub: receiving and reporting --------------------------------------------

    def import_aggregates(self, actor: Actor, paths: Sequence[Path]) -> Outcome[tuple[AggregateItem, ...]]:
        """Import each aggregate file on its own (one refusal does not stop the others); all audited."""
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        items = []
        for path in paths:
            with self._register.uow() as uow:
                try:
                    received = read_aggregate(uow.session, path)
                    stored = store_aggregate(uow.session, received, now=now, actor_id=actor.account_id)
                except DomainError as error:
                    uow.session.rollback()
                    audit.record(uow.session, actor, "national.import_refused", at=now, entity="aggregate",
                                 detail={"file": path.name, "code": error.code})
                    uow.commit()
                    items.append(AggregateItem(path, "refused", error_code=error.code, error_params=dict(error.params)))
                    continue
                if stored.status != "already_imported":
                    audit.record(uow.session, actor, "national.import", at=now, entity="aggregate",
                                 entity_id=stored.bundle_id, detail={
                                     "file": path.name, "province": stored.province_unit, "period": stored.period_code,
                                     "sequence": stored.sequence, "status": stored.status,
                                     "replaced": stored.replaced})
                uow.commit()
                items.append(AggregateItem(path, stored.status, stored.province_name, stored.period_code,
                                           stored.sequence, stored.replaced))
        changed = Changes.SYNC if any(i.status in ("imported", "older") for i in items) else Changes.NONE
        return Outcome(tuple(items), changed)

    def received(self, actor: Actor) -> list[ProvincePeriod]:
        """Which provinces sent which periods (the send in force of each), by province then period."""
        require(actor, Permission.VIEW_COUNTS)
        r = ReceivedAggregate
        with self._register.uow() as uow:
            rows = uow.session.execute(select(r).order_by(r.province_unit, r.period_code, r.created_at)).scalars().all()
            sends: dict[tuple[str, str], int] = {}
            for row in rows:
                sends[(row.province_unit, row.period_code)] = sends.get((row.province_unit, row.period_code), 0) + 1
            return [ProvincePeriod(row.province_unit, row.province_name, row.period_code, row.created_at, row.sequence,
                                   sends[(row.province_unit, row.period_code)], row.communes, row.communes_reporting)
                    for row in rows if row.replaced_by is None]

    def national_report(self, actor: Actor, period_code: str) -> NationalReport:
        require(actor, Permission.VIEW_COUNTS)
        if not self._register.office.is_national:
            raise DomainError("national.national_only")
        period = periods.parse(period_code)
        with self._register.uow() as uow:
            return compute_national(uow.session.connection(), period=period, generated_on=self._register.clock.today())

    def export_national_report(self, actor: Actor, report: NationalReport, *, xlsx: Path | None = None,
                               pdf: Path | None = None) -> Outcome[tuple[Path, ...]]:
        """Write the workbook and/or the PDF with the office's letterhead (Decree 30); each whole or not at all."""
        require(actor, Permission.EXPORT)
        settings = office_letterhead.stored(self._register)
        issue = Issue(letterhead=office_letterhead.letterhead_of(self._register, settings),
                      signatory=office_letterhead.signatory_of(settings),
                      number=DocumentNumber(None, REPORT_KIND, settings.symbol),
                      recipients=office_letterhead.recipients_of(settings))
        written: list[Path] = []
        if xlsx is not None:
            write_national_xlsx(report, xlsx, issue=issue)
            written.append(xlsx)
        if pdf is not None:
            write_national_pdf(report, pdf, issue=issue)
            written.append(pdf)
        with self._register.uow() as uow:
            audit.record(uow.session, actor, "export", at=self._register.clock.now(), entity="report",
                         detail={"kind": "national_report", "period": report.period.code, "provinces": report.sent,
                                 "files": [p.name for p in written]})
            uow.commit()
        return Outcome(tuple(written), Changes.NONE)
