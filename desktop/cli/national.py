"""National forwarding commands: a province hub sends its period report up; the national hub imports and reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import _login_options, command, open_services, covers
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.reports.national import total_text

_PERIOD = QT_TRANSLATE_NOOP("Cli", "mã kỳ báo cáo đã kết thúc, ví dụ 2026-10, 2026-Q3 hoặc 2026")


@command("send-national", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: chốt một kỳ và ghi báo cáo tổng hợp (đã ẩn số nhỏ) gửi tuyến quốc gia vào THƯ MỤC"), lambda p: (
    _login_options(p), p.add_argument("period", help=_PERIOD),
    p.add_argument("folder", type=Path, help=QT_TRANSLATE_NOOP("Cli", "thư mục cần ghi (ví dụ ổ USB)")),
))
@covers("NationalService.send_to_national")
def _send(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        sent = services.national.send_to_national(actor, args.period, args.folder).value
    finally:
        services.register.close()
    print(f"{sent.path} period={sent.period_code} sequence={sent.sequence} "
          f"communes={sent.communes_reporting}/{sent.communes}")
    return 0


@command("import-aggregate", QT_TRANSLATE_NOOP("Cli", "tuyến quốc gia: nhập báo cáo tổng hợp của các tỉnh (tệp .hna)"), lambda p: (
    _login_options(p), p.add_argument("paths", nargs="+", type=Path, help=QT_TRANSLATE_NOOP("Cli", "các tệp báo cáo tổng hợp (.hna)")),
))
@covers("NationalService.import_aggregates")
def _import(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        items = services.national.import_aggregates(actor, args.paths).value
    finally:
        services.register.close()
    refused = 0
    for item in items:
        if item.status == "refused":
            refused += 1
            print(f"refused {item.path.name}: {item.error_code}: {render(item.error_code, item.error_params or {})}")
        else:
            replaced = f" replaced={item.replaced}" if item.replaced else ""
            print(f"{item.status} {item.path.name} ({item.province}) period={item.period_code} "
                  f"#{item.sequence}{replaced}")
    return 3 if refused else 0


@command("national-status", QT_TRANSLATE_NOOP("Cli", "tuyến quốc gia: tỉnh nào đã gửi kỳ nào (lần gửi đang dùng)"), _login_options)
def _status(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        rows = services.national.received(actor)
    finally:
        services.register.close()
    for r in rows:
        print(f"{r.province_unit.partition('@')[0]} {r.province_name}: {r.period_code} #{r.sequence} "
              f"{r.sent_at:%d/%m/%Y} sends={r.sends} communes={r.communes_reporting}/{r.communes}")
    return 0


@command("national-report", QT_TRANSLATE_NOOP("Cli", "tuyến quốc gia: báo cáo toàn quốc theo tỉnh và tổng (PDF, Excel)"), lambda p: (
    _login_options(p), p.add_argument("--period", required=True, help=_PERIOD),
    p.add_argument("--xlsx", type=Path, help=QT_TRANSLATE_NOOP("Cli", "ghi bảng tính Excel vào đây")),
    p.add_argument("--pdf", type=Path, help=QT_TRANSLATE_NOOP("Cli", "ghi tệp PDF vào đây")),
))
@covers("NationalService.export_national_report")
def _report(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        report = services.national.national_report(actor, args.period)
        if args.xlsx or args.pdf:
            services.national.export_national_report(actor, report, xlsx=args.xlsx, pdf=args.pdf)
    finally:
        services.register.close()
    print(f"{report.period.code}: {report.sent}/{len(report.provinces)}")
    for ind in report.indicators:
        print(f"{ind.code} ({ind.unit}): {total_text(ind.total, share=ind.share)}")
    return 0
