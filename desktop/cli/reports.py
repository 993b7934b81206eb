"""`hoanhap report`, `export-list`, `indicators` and `report-parameter`: the report services without a window."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from desktop.bootstrap import Services
import desktop.cli.text as cli_text
from desktop.cli.registry import _language, _login_options, command, covers, open_services, say
from desktop.domain import periods
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.reports.issue import parse_narrative
from desktop.reports.layout import number_text, status_text
from desktop.reports.lists import LISTS
from desktop.reports.model import Report
from desktop.services.context import Actor
from desktop.services.documents.documents import DocumentEntry


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise DomainError("reports.parameter_invalid", value=text) from None


def _units(args: argparse.Namespace) -> list[str] | None:
    return [u.strip() for u in args.units.split(",") if u.strip()] if getattr(args, "units", None) else None


def _report_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("Cli", "2026-07, 2026-Q3, 2026-H2, 2026 hoặc 2026-01-05..2026-02-01"))
    p.add_argument("--xlsx", help=QT_TRANSLATE_NOOP("Cli", "ghi bảng tính Excel vào đây"))
    p.add_argument("--pdf", help=QT_TRANSLATE_NOOP("Cli", "ghi tệp PDF vào đây"))
    p.add_argument("--units", help=QT_TRANSLATE_NOOP("Cli", "chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy (mặc định: toàn tỉnh)"))
    p.add_argument("--number", help=QT_TRANSLATE_NOOP("Cli", "vào sổ đăng ký văn bản với số này (hoặc 'next': số tiếp theo còn trống) và in số đó"))
    p.add_argument("--narrative", help=QT_TRANSLATE_NOOP("Cli", "tệp TOML thuyết minh: situation, results, shortcomings, proposals"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("Cli", "ngày ban hành dd/mm/yyyy (mặc định: hôm nay)"))


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
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()  # noqa: DTZ007 - only the calendar day is kept
    except ValueError:
        raise DomainError("date.invalid") from None


@command("report", QT_TRANSLATE_NOOP("Cli", "lập báo cáo chỉ tiêu của một kỳ; --xlsx / --pdf ghi ra tệp"), _report_options)
@covers("ReportService.export_report", "DocumentService.save")
def _report(args: argparse.Namespace) -> int:
    period = periods.parse(args.period)
    services, actor = open_services(args)
    try:
        report = services.reports.compute(actor, period, units=_units(args))
        say("cli.report_heading", title=report.title, units=len(report.units),
            period=period.label(lambda context, source: translate(context, source, _language())))
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
    p.add_argument("name", choices=sorted(LISTS), help=QT_TRANSLATE_NOOP("Cli", "tên danh sách"))
    p.add_argument("path", help=QT_TRANSLATE_NOOP("Cli", "tệp Excel cần ghi"))
    p.add_argument("--period", help=QT_TRANSLATE_NOOP("Cli", "chỉ các dòng trong kỳ này"))
    p.add_argument("--units", help=QT_TRANSLATE_NOOP("Cli", "chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy"))
    p.add_argument("--file-password-file", help=QT_TRANSLATE_NOOP("Cli", "danh sách có dòng về người được hỗ trợ được mã hóa: tệp chứa mật khẩu bảng tính"))


@command("export-list", QT_TRANSLATE_NOOP("Cli", "xuất danh sách gốc (đủ mọi dòng) ra Excel"), _list_options)
@covers("ReportService.export_list")
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
    p.add_argument("action", choices=["show", "load"], help=QT_TRANSLATE_NOOP("Cli", "show: xem; load: nạp bộ chỉ tiêu từ tệp"))
    p.add_argument("file", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp bộ chỉ tiêu cần nạp"))


@command("indicators", QT_TRANSLATE_NOOP("Cli", "xem các bộ chỉ tiêu đang áp dụng, hoặc nạp bộ mới từ tệp"), _indicator_options)
@covers("ReportService.load_definitions")
def _indicators(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.action == "load":
            if not args.file:
                raise SystemExit(render("cli.indicators_file", {}, _language()))
            loaded = services.reports.load_definitions(actor, Path(args.file)).value
            say("cli.definitions_loaded", source=loaded.source, name=loaded.programme_name,
                programme=loaded.programme_code, count=loaded.indicators)
        for info in services.reports.definition_sets(actor):
            origin = cli_text.text(QT_TRANSLATE_NOOP("Cli", "có sẵn") if info.built_in
                                   else QT_TRANSLATE_NOOP("Cli", "quản trị viên nạp"))
            replaced = cli_text.text(QT_TRANSLATE_NOOP("Cli", "; thay bằng bộ đã nạp ở thời gian trùng")) \
                if info.replaced else ""
            valid = f"{info.valid_from:%d/%m/%Y} – {info.valid_to:%d/%m/%Y}" if info.valid_from and info.valid_to else ""
            say("cli.definition_set", valid=valid, source=info.source, name=info.programme_name,
                programme=info.programme_code, count=info.indicators, origin=origin, replaced=replaced)
    finally:
        services.register.close()
    return 0


def _target_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--year", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "năm của kế hoạch"))
    p.add_argument("indicator", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "mã chỉ tiêu, ví dụ T3; bỏ trống để xem danh sách"))
    p.add_argument("target", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "'>= 3500', '>= 100' (tỷ lệ %%); 'none' để xóa"))
    p.add_argument("--column", help=QT_TRANSLATE_NOOP("Cli", "cột mục tiêu (ví dụ plan, province); mặc định: cột cuối của bộ chỉ tiêu"))


@command("report-target", QT_TRANSLATE_NOOP("Cli", "nhập chỉ tiêu năm của đơn vị cho một chỉ tiêu (kế hoạch năm của tỉnh)"),
         _target_options)
@covers("ReportService.set_annual_target")
def _report_target(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        rows = services.reports.annual_targets(actor, args.year)
        if args.indicator and args.target:
            columns = [r.target_set for r in rows if r.indicator == args.indicator]
            column = args.column or (columns[-1] if columns else "")
            services.reports.set_annual_target(actor, year=args.year, indicator=args.indicator, target_set=column,
                                               target=None if args.target.lower() == "none" else args.target)
            rows = services.reports.annual_targets(actor, args.year)
        for row in rows:
            if row.in_file or row.entered:
                shown = row.entered or "—"
                print(f"{row.indicator:5s} {row.target_set_name:16s} {row.in_file or '—':>9s} -> {shown:9s} {row.name}")
    finally:
        services.register.close()
    return 0


def _parameter_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("Cli", "kỳ báo cáo, ví dụ 2026-07, 2026-Q3, 2026"))
    p.add_argument("code", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "mã số liệu nền"))
    p.add_argument("value", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "một số; 'none' để xóa; bỏ trống cả hai để xem danh sách"))


@command("report-parameter", QT_TRANSLATE_NOOP("Cli", "nhập số liệu nền của một kỳ (ví dụ số học sinh trên địa bàn)"),
         _parameter_options)
@covers("ReportService.set_parameter")
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
