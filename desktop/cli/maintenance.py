"""Commands that set up and look after the register itself: init, migrate, backup, restore, demo, audit."""

from __future__ import annotations

import argparse
from pathlib import Path

import desktop.cli.text as cli_text
from desktop.cli.registry import _login_options, _password, command, covers, open_services, say
from desktop.db import datadir, migrate
from desktop.domain.codes import OfficeRole
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.services.context import SystemClock


@command("init", QT_TRANSLATE_NOOP("Cli", "tạo sổ đăng ký mới (thiết lập lần đầu, không cần cửa sổ)"), lambda p: (
    p.add_argument("--role", choices=[r.value for r in OfficeRole], default="commune", help=QT_TRANSLATE_NOOP("Cli", "commune: xã, phường; hub: tuyến tỉnh; national: tuyến quốc gia")),
    p.add_argument("--hub", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "đơn vị tổng hợp (như --role hub); cùng --level national: tuyến quốc gia")),
    p.add_argument("--level", choices=["province", "national"], default="province", help=QT_TRANSLATE_NOOP("Cli", "cùng --hub: province = tuyến tỉnh, national = tuyến quốc gia (Bộ Y tế)")),
    p.add_argument("--province", help=QT_TRANSLATE_NOOP("Cli", "mã tỉnh, ví dụ 25 (không cần với --level national)")),
    p.add_argument("--commune", help=QT_TRANSLATE_NOOP("Cli", "mã xã, phường, ví dụ 08500 (với đơn vị cấp xã)")),
    p.add_argument("--admin", default="admin", help=QT_TRANSLATE_NOOP("Cli", "tên đăng nhập của quản trị viên")),
    p.add_argument("--admin-name", default="Quản trị viên", help=QT_TRANSLATE_NOOP("Cli", "họ và tên của quản trị viên")),
    p.add_argument("--password-file", help=QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu quản trị (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)")),
    p.add_argument("--database", help=QT_TRANSLATE_NOOP("Cli", "chỉ với tuyến tỉnh hoặc quốc gia: cơ sở dữ liệu PostgreSQL trống, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full (mật khẩu: trong địa chỉ hoặc biến $PGPASSWORD)")),
))
@covers("setup.initialise", "server_hub.initialise_on_server")
def _init(args: argparse.Namespace) -> int:
    from desktop.services.accounts.setup import SetupRequest, initialise

    role = OfficeRole(args.role)
    if args.hub or role is not OfficeRole.COMMUNE:
        role = OfficeRole.NATIONAL if args.level == "national" or role is OfficeRole.NATIONAL else OfficeRole.HUB
    if role is not OfficeRole.NATIONAL and not args.province:
        raise DomainError("setup.unknown_unit", code="")
    password = _password(args, QT_TRANSLATE_NOOP("Cli", "Mật khẩu quản trị: "))
    request = SetupRequest(role, args.province or "", args.commune, args.admin, args.admin_name, password, password)
    if args.database:
        from desktop.cli.server import server_address
        from desktop.services.accounts.server_hub import initialise_on_server

        result = initialise_on_server(datadir.resolve(args.data_dir), request, server_address(args.database),
                                      clock=SystemClock()).value
    else:
        result = initialise(datadir.resolve(args.data_dir), request, clock=SystemClock()).value
    say("cli.init_done", unit=result.unit_name)
    print(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):")))
    print(result.recovery_key)
    return 0


@command("migrate", QT_TRANSLATE_NOOP("Cli", "nâng cấp cấu trúc sổ đăng ký (sao lưu trước khi nâng cấp)"), _login_options)
def _migrate(args: argparse.Namespace) -> int:
    services, _ = open_services(args)  # logging in opens the register, which migrates it
    print(migrate.current_revision(services.register.engine))
    services.register.close()
    return 0


@command("backup", QT_TRANSLATE_NOOP("Cli", "ghi bản sao lưu đã mã hóa của sổ đăng ký vào thư mục sao lưu"), _login_options)
@covers("MaintenanceService.backup_now")
def _backup(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        print(services.maintenance.backup_now(actor).value.path)
    finally:
        services.register.close()
    return 0


@command("restore", QT_TRANSLATE_NOOP("Cli", "khôi phục sổ đăng ký từ bản sao lưu (bản hiện tại được giữ lại để phòng)"), lambda p: (
    _login_options(p), p.add_argument("backup_file", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp sao lưu cần khôi phục (bỏ trống: liệt kê các bản sao lưu)")),
    p.add_argument("--list", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "liệt kê các bản sao lưu")),
))
def _restore(args: argparse.Namespace) -> int:
    from desktop.services.maintenance.maintenance import restore_backup

    services, actor = open_services(args)
    try:
        if args.list or not args.backup_file:
            for info in services.maintenance.list_backups(actor):
                print(info.path)
            return 0
        safety = restore_backup(services.register, actor, Path(args.backup_file))
    finally:
        # A refused restore leaves the register open, a done one closed it already: close it either way.
        services.register.close()
    say("cli.restored", path=str(safety))
    return 0


@command("move-data", QT_TRANSLATE_NOOP(
    "Cli", "chép thư mục dữ liệu của máy này sang THƯ MỤC (dùng từ lần mở sau; thư mục cũ giữ nguyên)"), lambda p: (
    _login_options(p), p.add_argument("folder", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "thư mục dữ liệu mới (trống, trong hồ sơ của người dùng này)")),
))
@covers("relocation.move_register")
def _move_data(args: argparse.Namespace) -> int:
    from desktop.services.maintenance.relocation import move_register

    services, actor = open_services(args)
    try:
        on_server = services.register.on_server
        moved = move_register(services.register, actor, args.folder).value
    finally:
        services.register.close()
    say("cli.moved_server" if on_server else "cli.moved", path=str(moved.root))
    return 0


@command("demo", QT_TRANSLATE_NOOP("Cli", "tạo sổ đăng ký mẫu (dữ liệu giả) trong --data-dir"), lambda p: (
    p.add_argument("--hub", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "đơn vị tổng hợp (tuyến tỉnh) thay vì xã")),
))
def _demo(args: argparse.Namespace) -> int:
    from desktop.demo.builder import DEMO_PASSWORD, DEMO_USERNAME, build_demo

    data_dir = datadir.resolve(args.data_dir)
    build_demo(data_dir, clock=SystemClock(), office_role=OfficeRole.HUB if args.hub else OfficeRole.COMMUNE)
    print(f"{data_dir.root}: {DEMO_USERNAME} / {DEMO_PASSWORD}")
    return 0


@command("audit", QT_TRANSLATE_NOOP("Cli", "kiểm tra chuỗi băm của nhật ký (`hoanhap audit verify`)"), lambda p: (
    _login_options(p), p.add_argument("action", choices=["verify", "list"], help=QT_TRANSLATE_NOOP("Cli", "verify: kiểm tra chuỗi băm; list: 50 dòng nhật ký gần nhất")),
))
def _audit(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.action == "list":
            for row in reversed(services.maintenance.recent_audit(actor, limit=50)):
                print(f"{row.seq:6d} {row.at:%Y-%m-%d %H:%M:%S} {row.account_name:12s} {row.action} {row.entity} {row.entity_id}")
            return 0
        check = services.maintenance.verify_audit(actor)
    finally:
        services.register.close()
    if check.ok:
        say("cli.audit_ok", entries=check.entries)
        return 0
    say("audit.broken", seq=check.first_bad_seq)
    return 3
