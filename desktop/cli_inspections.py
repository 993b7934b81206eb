"""`hoanhap checklist` and `hoanhap coverage`: the inspection area's printing and T8 figures without a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import _language, _login_options, command, open_services
from desktop.domain import periods
from desktop.domain.establishments import BUSINESS_TYPE_LABELS, BusinessType, Coverage
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.services.inspection_printing import label, print_checklist


def _checklist_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--type", dest="business_type", choices=[t.value for t in BusinessType],
                   help=QT_TRANSLATE_NOOP("Cli", "phiếu kiểm tra trống cho loại hình kinh doanh này"))
    p.add_argument("--establishment", help=QT_TRANSLATE_NOOP("Cli", "phiếu điền sẵn thông tin của cơ sở này (mã định danh)"))
    p.add_argument("--version", type=int, help=QT_TRANSLATE_NOOP("Cli", "phiên bản mẫu phiếu (mặc định: mẫu đang áp dụng hôm nay)"))
    p.add_argument("path", help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))


@command("checklist", QT_TRANSLATE_NOOP("Cli", "in phiếu kiểm tra (trống theo loại hình, hoặc điền sẵn cho một cơ sở)"),
         _checklist_options)
def _checklist(args: argparse.Namespace) -> int:
    if bool(args.business_type) == bool(args.establishment):
        raise SystemExit(render("cli.checklist_one_of", {}, _language()))
    services, actor = open_services(args)
    try:
        written = print_checklist(services.register, actor, Path(args.path), business_type=args.business_type,
                                  establishment_id=args.establishment, template_version=args.version,
                                  inspections=services.inspections, language=_language()).value
    finally:
        services.register.close()
    print(written)
    return 0


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _lines(rows: list[Coverage], language: str) -> list[str]:
    lines = []
    for row in rows:
        name = label(BUSINESS_TYPE_LABELS, row.business_type, BusinessType, language) if row.business_type \
            else "Tổng cộng"
        done = f"{row.inspected}/{row.establishments}"
        lines.append(f"{name:40s} {done:>9s} {_percent(row.percent):>7s}  {'Đạt' if row.met else 'Chưa đạt'}")
    return lines


def _coverage_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--programme", help=QT_TRANSLATE_NOOP(
        "Cli", "kèm giai đoạn chương trình (mỗi cơ sở ít nhất một lần), ví dụ 2021-01-01..2025-12-31"))


@command("coverage", QT_TRANSLATE_NOOP("Cli", "T8: tỷ lệ cơ sở được kiểm tra trong năm, theo loại hình kinh doanh"), _coverage_options)
def _coverage(args: argparse.Namespace) -> int:
    programme = periods.parse(args.programme) if args.programme else None
    services, actor = open_services(args)
    try:
        yearly = services.inspections.yearly_coverage(actor, args.year)
        whole = services.inspections.programme_coverage(actor, programme) if programme else None
    finally:
        services.register.close()
    language = _language()
    target = round(float(yearly[-1].target) * 100)
    print(f"Năm {args.year} — chỉ tiêu T8: kiểm tra ít nhất {target}% số cơ sở mỗi năm")
    print("\n".join(_lines(yearly, language)))
    if whole is not None and programme is not None:
        print(f"\nGiai đoạn {programme.label_vi()} — mỗi cơ sở được kiểm tra ít nhất một lần")
        print("\n".join(_lines(whole, language)))
    return 0
