"""Sync commands: office cards, bundles out and in, receipts, closing periods, conflicts (same services as the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import _language, _login_options, command, covers, open_services, say
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.sync.importer import BundleReport

_MB = 1024 * 1024
_FOLDER = QT_TRANSLATE_NOOP("Cli", "thư mục cần ghi (ví dụ ổ USB)")


def _report_line(report: BundleReport) -> str:
    c = report.counts
    periods = ",".join(report.periods) or "-"
    closed = f" closed={','.join(report.periods_closed)}" if report.periods_closed else ""
    missing = f" missing={','.join(map(str, report.missing))}" if report.missing else ""
    return (f"{report.status} {report.sender_unit} ({report.sender_name}) #{report.sequence} periods={periods} "
            f"new={c.new} changed={c.changed} deleted={c.deleted} conflicts={c.conflicts} "
            f"unchanged={c.unchanged} erased={c.erased} held={c.held}{closed}{missing}")


@command("card", QT_TRANSLATE_NOOP("Cli", "ghi thẻ đơn vị này (để bên kia đăng ký) vào THƯ MỤC"), lambda p: (
    _login_options(p), p.add_argument("folder", type=Path, help=_FOLDER),
))
@covers("SyncService.export_card")
def _card(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        card = services.sync.export_card(actor, args.folder).value
    finally:
        services.register.close()
    print(args.folder / card.name)
    say("cli.fingerprint", fingerprint=card.fingerprint)
    return 0


@command("enrol", QT_TRANSLATE_NOOP("Cli", "tin cậy thẻ của đơn vị khác sau khi xác nhận dấu vân tay qua điện thoại"), lambda p: (
    _login_options(p), p.add_argument("card_file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp thẻ đơn vị (.hnc) nhận từ bên kia")),
    p.add_argument("--fingerprint", help=QT_TRANSLATE_NOOP("Cli", "sáu nhóm chữ số đọc qua điện thoại (chỉ bỏ qua khi thay khóa)")),
))
@covers("SyncService.enrol")
def _enrol(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        info = services.sync.enrol(actor, args.card_file, confirmed_fingerprint=args.fingerprint).value
    finally:
        services.register.close()
    say("cli.enrolled", role=info.role, unit=info.unit_code, name=info.unit_name, key=info.key_id)
    return 0


@command("cards", QT_TRANSLATE_NOOP("Cli", "liệt kê thẻ đơn vị đã đăng ký; `--revoke KEY_ID` thôi tin cậy một thẻ"), lambda p: (
    _login_options(p), p.add_argument("--revoke", metavar="KEY_ID", help=QT_TRANSLATE_NOOP("Cli", "thôi tin cậy thẻ có mã khóa này")),
))
@covers("SyncService.revoke")
def _cards(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        cards = services.sync.cards(actor)
        if args.revoke:
            chosen = [c for c in cards if c.key_id == args.revoke.upper()]
            if not chosen:
                say("sync.card_not_found")
                return 2
            services.sync.revoke(actor, chosen[0].id)
            cards = services.sync.cards(actor)
    finally:
        services.register.close()
    for c in cards:
        state = "revoked" if c.revoked_at else "replaced" if c.replaced else "trusted"
        print(f"{c.key_id} {c.role:8s} {c.unit_code} {state:8s} {c.unit_name} [{c.fingerprint}]")
    return 0


@command("rotate-keys", QT_TRANSLATE_NOOP("Cli", "tạo khóa mới cho máy và ghi thẻ mới (khóa cũ ký xác nhận) vào THƯ MỤC"),
         lambda p: (_login_options(p), p.add_argument("folder", type=Path, help=_FOLDER)))
@covers("SyncService.rotate_keys", "SyncService.export_card")
def _rotate(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        card = services.sync.rotate_keys(actor).value
        services.sync.export_card(actor, args.folder)
    finally:
        services.register.close()
    print(args.folder / card.name)
    say("cli.fingerprint", fingerprint=card.fingerprint)
    return 0


@command("export-bundle", QT_TRANSLATE_NOOP("Cli", "ghi gói dữ liệu tiếp theo (các thay đổi kể từ gói trước) vào THƯ MỤC"), lambda p: (
    _login_options(p), p.add_argument("folder", type=Path, help=_FOLDER),
    p.add_argument("--full", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "gửi lại toàn bộ bản ghi, không chỉ các thay đổi")),
    p.add_argument("--close-period", metavar="CODE", help=QT_TRANSLATE_NOOP("Cli", "khóa sổ một kỳ báo cáo trước, ví dụ 2026-10 hoặc 2026-Q3")),
    p.add_argument("--nil", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "cùng --close-period: báo cáo không phát sinh")),
    p.add_argument("--split-mb", type=int, help=QT_TRANSLATE_NOOP("Cli", "chia thành các phần không quá số MB này")),
))
@covers("SyncService.export_bundle")
def _export(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        result = services.sync.export_bundle(actor, args.folder, full=args.full, close_period=args.close_period,
                                             nil=args.nil, split_bytes=args.split_mb * _MB if args.split_mb else None)
    finally:
        services.register.close()
    for f in result.value.files:
        say("cli.bundle_file", path=f.path, size=f.size, records=f.records, part=f.part, parts=f.parts)
    if result.value.over_email_limit:
        say("cli.bundle_too_big")
    return 0


@command("import-bundle", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: nhập gói dữ liệu (tệp hoặc thư mục); --dry-run chỉ xem trước"), lambda p: (
    _login_options(p), p.add_argument("paths", nargs="+", type=Path, help=QT_TRANSLATE_NOOP("Cli", "các tệp gói dữ liệu, hoặc thư mục chứa gói")),
    p.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "chỉ xem trước, không nhập gì")),
    p.add_argument("--receipts", type=Path, help=QT_TRANSLATE_NOOP("Cli", "thư mục ghi biên nhận (mặc định: hộp thư đi)")),
))
@covers("SyncService.import_bundles")
def _import(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        summary = services.sync.import_bundles(actor, args.paths, dry_run=args.dry_run,
                                               receipt_folder=args.receipts).value
    finally:
        services.register.close()
    refused = 0
    for item in summary.items:
        if item.report is None:
            refused += 1
            say("cli.bundle_refused", file=item.path.name, error=item.error_code,
                reason=render(item.error_code, item.error_params, _language()))
        else:
            print(f"{item.path.name}: {_report_line(item.report)}")
            for held in item.report.held:
                # A preview shows what would be held; an import, what was: the rule's sentence per record.
                rules = "; ".join(f"{p.code} ({p.field}): {render(p.code, p.params, _language())}"
                                  for p in held.problems)
                say("cli.record_held", table=held.table, id=held.record_id, version=held.version, rules=rules)
    for receipt in summary.receipts:
        say("cli.receipt_written", path=str(receipt))
    return 3 if refused else 0


@command("verify-bundle", QT_TRANSLATE_NOOP("Cli", "kiểm tra một gói mà không nhập (tuyến tỉnh: xem trước; xã: gói của chính mình)"), lambda p: (
    _login_options(p), p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp gói dữ liệu cần kiểm tra")),
))
def _verify(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        report = services.sync.verify_bundle(actor, args.file)
    finally:
        services.register.close()
    print(f"{args.file.name}: {_report_line(report)}")
    return 0


@command("receipt", QT_TRANSLATE_NOOP("Cli", "nhập biên nhận của tuyến tỉnh để đánh dấu các gói đã được nhận"), lambda p: (
    _login_options(p), p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp biên nhận của tuyến tỉnh")),
))
@covers("SyncService.import_receipt")
def _receipt(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        result = services.sync.import_receipt(actor, args.file).value
    finally:
        services.register.close()
    say("cli.receipt_again" if result.already_imported else "cli.receipt", hub=result.hub_name,
        acknowledged=result.acknowledged, listed=result.listed)
    if result.missing:
        say("cli.hub_missing", numbers=", ".join(map(str, result.missing)))
    if result.held:
        say("cli.receipt_held", count=result.held)
    for table, record in result.unknown_held:
        say("sync.receipt_held_unknown", table=table, record=record)
    for refusal in result.refused:
        say("sync.receipt_refused", sequence=refusal.sequence, format=refusal.bundle_format, reads=refusal.hub_reads)
    return 0


@command("close-period", QT_TRANSLATE_NOOP("Cli", "khóa sổ một kỳ báo cáo (xác nhận có chữ ký, gửi kèm gói tiếp theo)"), lambda p: (
    _login_options(p), p.add_argument("period", help=QT_TRANSLATE_NOOP("Cli", "mã kỳ báo cáo, ví dụ 2026-10 hoặc 2026-Q3")),
    p.add_argument("--nil", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "báo cáo không phát sinh")),
))
@covers("SyncService.close_period")
def _close(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        code = services.sync.close_period(actor, args.period, nil=args.nil).value
    finally:
        services.register.close()
    say("cli.period_closed", period=code)
    return 0


@command("sync-status", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: từng xã, gói gần nhất, số gói còn thiếu và xung đột chưa xử lý"), _login_options)
def _status(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        statuses = services.sync.commune_statuses(actor)
    finally:
        services.register.close()
    for s in statuses:
        missing = ",".join(map(str, s.missing)) or "-"
        last = f"#{s.last_sequence} {s.last_imported_at:%d/%m/%Y %H:%M}" if s.last_imported_at else "-"
        say("cli.sync_status", unit=s.unit_code, name=s.unit_name, last=last, missing=missing,
            conflicts=s.open_conflicts)
    return 0


@command("conflicts", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: liệt kê xung đột; `--resolve ID --choose local|incoming` xử lý một xung đột"), lambda p: (
    _login_options(p), p.add_argument("--resolve", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của xung đột cần xử lý")),
    p.add_argument("--choose", choices=["local", "incoming"], help=QT_TRANSLATE_NOOP("Cli", "local: giữ bản đang có ở đây; incoming: nhận bản gửi đến")),
))
@covers("SyncService.resolve_conflict")
def _conflicts(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.resolve:
            view = services.sync.resolve_conflict(actor, args.resolve, choose=args.choose or "").value
            say("cli.conflict_resolved", table=view.table_name, id=view.record_id, resolution=view.resolution)
            return 0
        for c in services.sync.conflicts(actor):
            say("cli.conflict_line", id=c.id, unit=c.unit_name, table=c.table_name, record=c.record_id,
                local=c.local_version, incoming=c.incoming_version)
    finally:
        services.register.close()
    return 0
