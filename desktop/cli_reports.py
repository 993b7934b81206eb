"""`hoanhap report`, `export-list`, `indicators` and `report-parameter`: the report services without a window."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from desktop.bootstrap import Services
from desktop.cli import _login_options, command, open_services
from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.reports.issue import parse_narrative
from desktop.reports.layout import number_text, status_text
from desktop.reports.lists import LISTS
from desktop.reports.model import Report
from desktop.services.context import Actor
from desktop.services.documents import DocumentEntry


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise DomainError("reports.parameter_invalid", value=text) from None


def _units(args: argparse.Namespace) -> list[str] | None:
    return [u.strip() for u in args.units.split(",") if u.strip()] if getattr(args, "units", None) else None


def _report_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--period", required=True, help="2026-07, 2026-Q3, 2026-H2, 2026 or 2026-01-05..2026-02-01")
    p.add_argument("--xlsx", help="write the Excel workbook here")
    p.add_argument("--pdf", help="write the PDF here")
    p.add_argument("--units", help="hub only: comma-separated commune codes (default: the whole province)")
    p.add_argument("--number", help="vào sổ đăng ký văn bản với số này (hoặc 'next': số tiếp theo còn trống) và in "
                                    "số đó / register the report under this number ('next' = the next free one)")
    p.add_argument("--narrative", help="tệp TOML thuyết minh: situation, results, shortcomings, proposals "
                                       "/ a TOML file with the narrative sections")
    p.add_argument("--date", help="ngày ban hành dd/mm/yyyy (mặc định: hôm nay) / date of issue")


def _document(services: Services, actor: Actor, args: argparse.Namespace, report: Report) -> DocumentEntry | None:
    """Register (or update) the report in the document register when --number or --narrative is given."""
    if not (args.number or args.narrative):
        return None
    narrative = parse_narrative(Path(args.narrative).read_text("utf-8")) if args.narrative else None
    issued_on = _day(args.date) if args.date else services.register.clock.today()
    existing = services.documents.for_period(actor, report.period.code)
    if args.number in (None, "") and existing is not None:
        number = existing.number
    elif args.number in (None, "", "next"):
        number = services.documents.next_number(actor, year=issued_on.year)
    else:
        try:
            number = int(args.number)
        except ValueError:
            raise DomainError("documents.number_invalid", value=args.number) from None
    keep = existing if existing is not None and existing.number == number else None
    return services.documents.save(
        actor, number=number, issued_on=issued_on, title=report.title, period_code=report.period.code,
        narrative=narrative or (keep.narrative if keep else None), entry_id=keep.id if keep else None).value


def _day(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise DomainError("date.invalid") from None


@command("report", "compute the indicator report of a period; --xlsx / --pdf write it", _report_options)
def _report(args: argparse.Namespace) -> int:
    period = periods.parse(args.period)
    services, actor = open_services(args)
    try:
        report = services.reports.compute(actor, period, units=_units(args))
        print(f"{report.title} — {period.label_vi()} — {len(report.units)} xã, phường")
        for ind in report.indicators:
            verdicts = ", ".join(f"{t.text}: {status_text(t, ind.figure)}" for t in ind.targets)
            print(f"{ind.code:5s} {number_text(ind.figure, share=ind.is_share):>18s} {ind.unit:6s} {ind.name}"
                  + (f" [{verdicts}]" if verdicts else ""))
        document = _document(services, actor, args, report)
        if document is not None:
            print(document.document_number.line)
        if args.xlsx or args.pdf:
            written = services.reports.export_report(actor, report, xlsx=Path(args.xlsx) if args.xlsx else None,
                                                     pdf=Path(args.pdf) if args.pdf else None,
                                                     document=document).value
            for path in written:
                print(path)
    finally:
        services.register.close()
    return 0


def _list_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("name", choices=sorted(LISTS))
    p.add_argument("path")
    p.add_argument("--period", help="only rows dated in this period")
    p.add_argument("--units", help="hub only: comma-separated commune codes")
    p.add_argument("--file-password-file", help="lists of client rows are encrypted: a file holding the workbook password")


@command("export-list", "write a raw list (every row) to Excel", _list_options)
def _export_list(args: argparse.Namespace) -> int:
    period = periods.parse(args.period) if args.period else None
    services, actor = open_services(args)
    try:
        password = Path(args.file_password_file).read_text("utf-8").strip() if args.file_password_file else None
        count = services.reports.export_list(actor, args.name, path=Path(args.path), period=period,
                                             units=_units(args), password=password).value
    finally:
        services.register.close()
    print(f"{args.path}: {count}")
    return 0


def _indicator_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("action", choices=["show", "load"])
    p.add_argument("file", nargs="?")


@command("indicators", "show the indicator definitions in force, or load a new set from a file", _indicator_options)
def _indicators(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.action == "load":
            if not args.file:
                raise SystemExit("hoanhap indicators load FILE")
            info = services.reports.load_definitions(actor, Path(args.file)).value
        else:
            info = services.reports.definitions_info(actor)
    finally:
        services.register.close()
    print(f"{info.source}: {info.programme_name} ({info.programme_code}), {info.indicators} chỉ tiêu")
    return 0


def _parameter_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--period", required=True)
    p.add_argument("code", nargs="?")
    p.add_argument("value", nargs="?", help="a number; 'none' clears it; omit both to list them")


@command("report-parameter", "enter a figure the data cannot know for a period (e.g. students in the area)",
         _parameter_options)
def _report_parameter(args: argparse.Namespace) -> int:
    period = periods.parse(args.period)
    services, actor = open_services(args)
    try:
        if args.code and args.value:
            value = None if args.value.lower() == "none" else _number(args.value)
            services.reports.set_parameter(actor, args.code, period=period, value=value)
        for item in services.reports.parameters(actor, period):
            shown = "—" if item.value is None else f"{item.value:g}"
            print(f"{item.code:20s} {shown:>10s} {item.unit:6s} {item.name}")
    finally:
        services.register.close()
    return 0
