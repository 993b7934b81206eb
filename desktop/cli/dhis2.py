"""`hoanhap export-dhis2` and `dhis2-mapping`: the hub's DHIS2 export without a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import _login_options, command, open_services, say, covers
from desktop.domain import periods
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.reports.dhis2_export import FORMATS


def _export_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("Cli", "kỳ báo cáo: 2026-09, 2026-Q3, 2026-H2 hoặc 2026"))
    p.add_argument("--format", required=True, choices=FORMATS, help=QT_TRANSLATE_NOOP("Cli", "json: dataValueSets của DHIS2; adx: tệp XML theo chuẩn ADX"))
    p.add_argument("--output", required=True, help=QT_TRANSLATE_NOOP("Cli", "tệp cần ghi"))
    p.add_argument("--mapping", help=QT_TRANSLATE_NOOP("Cli", "tệp ánh xạ DHIS2 (mặc định: bản đã nạp trong thư mục dữ liệu)"))


@command("export-dhis2", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: xuất số liệu chỉ tiêu theo xã của một kỳ sang DHIS2 (JSON hoặc ADX)"),
         _export_options)
@covers("Dhis2ExportService.export")
def _export_dhis2(args: argparse.Namespace) -> int:
    period = periods.parse(args.period)
    services, actor = open_services(args)
    try:
        done = services.dhis2.export(actor, period, fmt=args.format, path=Path(args.output),
                                     mapping=Path(args.mapping) if args.mapping else None).value
    finally:
        services.register.close()
    say("cli.dhis2_written", path=str(done.path), values=done.values, communes=done.communes, period=done.period,
        withheld=done.withheld)
    return 0


def _mapping_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("action", choices=["show", "check", "install"], help=QT_TRANSLATE_NOOP("Cli", "show: chỗ để tệp ánh xạ của tuyến tỉnh; check: kiểm tra một tệp; install: kiểm tra rồi nạp làm bản của tuyến tỉnh"))
    p.add_argument("file", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp ánh xạ cần kiểm tra hoặc nạp"))


@command("dhis2-mapping", QT_TRANSLATE_NOOP("Cli", "xem, kiểm tra hoặc nạp tệp ánh xạ DHIS2 của tuyến tỉnh"), _mapping_options)
@covers("Dhis2ExportService.install_mapping")
def _dhis2_mapping(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        source = Path(args.file) if args.file else None
        if args.action == "install" and source is not None:
            print(services.dhis2.install_mapping(actor, source).value)
            return 0
        if args.action == "show":
            print(services.dhis2.mapping_path())
            if not services.dhis2.mapping_path().exists():
                return 0
        mapping = services.dhis2.read_mapping(actor, source)
        say("cli.dhis2_mapping", elements=len(mapping.elements), org_units=len(mapping.org_units),
            periods=", ".join(mapping.periods.values()))
    finally:
        services.register.close()
    return 0
