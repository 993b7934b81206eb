"""`hoanhap` without arguments opens the window; `hoanhap <command>` runs the same services headless."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import cli_text
from desktop.bootstrap import Services, open_session
from desktop.db import datadir, migrate
from desktop.db.instance_lock import InstanceLock
from desktop.domain.codes import OfficeRole
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.context import Actor, SystemClock


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, configure: Callable[[argparse.ArgumentParser], None] = lambda p: None):  # type: ignore[no-untyped-def]
    """Register a CLI command: the registry keeps every command next to the service it calls."""
    def decorate(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = Command(name, help, configure, run)
        return run
    return decorate


def _language() -> str:
    return cli_text.language()


def say(code: str, **params: object) -> None:
    print(render(code, params, _language()))


def _password(args: argparse.Namespace, prompt: str = QT_TRANSLATE_NOOP("Cli", "Mật khẩu: ")) -> str:
    if getattr(args, "password_file", None):
        return Path(args.password_file).read_text("utf-8").strip()
    env = os.environ.get("HOANHAP_PASSWORD")
    if env:
        return env
    return getpass.getpass(cli_text.text(prompt))


def open_services(args: argparse.Namespace) -> tuple[Services, Actor]:
    """Log in for a command (user from --user, password from --password-file, $HOANHAP_PASSWORD or a prompt)."""
    data_dir = datadir.resolve(args.data_dir)
    if not data_dir.is_initialised():
        raise DomainError("store.not_initialised", path=str(data_dir.root))
    # The instance lock is already held by main() for the whole command.
    session = open_session(data_dir, args.user, _password(args), clock=SystemClock())
    return session.services, session.actor


def _login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=os.environ.get("HOANHAP_USER", "admin"), help=QT_TRANSLATE_NOOP("Cli", "tên đăng nhập (mặc định: biến $HOANHAP_USER, nếu không: admin)"))
    parser.add_argument("--password-file", help=QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)"))


@command("init", QT_TRANSLATE_NOOP("Cli", "tạo sổ đăng ký mới (thiết lập lần đầu, không cần cửa sổ)"), lambda p: (
    p.add_argument("--role", choices=[r.value for r in OfficeRole], default="commune", help=QT_TRANSLATE_NOOP("Cli", "commune: xã, phường; hub: tuyến tỉnh")),
    p.add_argument("--province", required=True, help=QT_TRANSLATE_NOOP("Cli", "mã tỉnh, ví dụ 25")),
    p.add_argument("--commune", help=QT_TRANSLATE_NOOP("Cli", "mã xã, phường, ví dụ 08500 (với đơn vị cấp xã)")),
    p.add_argument("--admin", default="admin", help=QT_TRANSLATE_NOOP("Cli", "tên đăng nhập của quản trị viên")),
    p.add_argument("--admin-name", default="Quản trị viên", help=QT_TRANSLATE_NOOP("Cli", "họ và tên của quản trị viên")),
    p.add_argument("--password-file", help=QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu quản trị (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)")),
))
def _init(args: argparse.Namespace) -> int:
    from desktop.services.setup import SetupRequest, initialise

    password = _password(args, QT_TRANSLATE_NOOP("Cli", "Mật khẩu quản trị: "))
    result = initialise(datadir.resolve(args.data_dir), SetupRequest(
        OfficeRole(args.role), args.province, args.commune, args.admin, args.admin_name, password, password,
    ), clock=SystemClock())
    print(f"{result.unit_name}: OK")
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
    from desktop.services.maintenance import restore_backup

    services, actor = open_services(args)
    if args.list or not args.backup_file:
        for info in services.maintenance.list_backups(actor):
            print(info.path)
        services.register.close()
        return 0
    safety = restore_backup(services.register, actor, Path(args.backup_file))
    print(f"OK ({safety})")
    return 0


@command("demo", QT_TRANSLATE_NOOP("Cli", "tạo sổ đăng ký mẫu (dữ liệu giả) trong --data-dir"), lambda p: (
    p.add_argument("--hub", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "đơn vị tổng hợp (tuyến tỉnh) thay vì xã")),
))
def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSWORD, DEMO_USERNAME, build_demo

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
        print(f"OK: {check.entries}")
        return 0
    say("audit.broken", seq=check.first_bad_seq)
    return 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hoanhap", description="Hòa Nhập")
    parser.add_argument("--data-dir", help=QT_TRANSLATE_NOOP(
        "Cli", "thư mục dữ liệu (nếu không: biến $HOANHAP_DATA_DIR, rồi thư mục đã chọn, rồi thư mục người dùng)"))
    parser.add_argument("--demo", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "mở cửa sổ với một sổ đăng ký mẫu mới"))
    # --data-dir is accepted before or after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    cli_text.localise(parser)  # before the commands: each command parser is localised once, below
    sub = parser.add_subparsers(dest="command")
    for cmd in COMMANDS.values():
        described = cli_text.text(cmd.help)  # Vietnamese in the source, English when HOANHAP_LANG=en
        command_parser = sub.add_parser(cmd.name, help=described, description=described, parents=[common])
        cmd.configure(command_parser)
        cli_text.localise(command_parser)
    return parser


def _load_command_modules() -> None:
    # Areas keep their commands beside their services; importing registers them.
    import importlib

    for name in ("desktop.cli_sync", "desktop.cli_reports", "desktop.cli_inspections", "desktop.cli_registers",
                 "desktop.cli_documents", "desktop.cli_update", "desktop.cli_help"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.services.updates import relaunch_if_updated

    # An installed update runs instead of this (launcher) release.
    relaunched = relaunch_if_updated(list(sys.argv[1:] if argv is None else argv))
    if relaunched is not None:
        return relaunched
    _load_command_modules()
    with cli_text.argparse_words(_language()):
        args = _parser().parse_args(argv)
    if args.command is None:
        return main_gui(args)
    data_dir = datadir.resolve(args.data_dir)
    try:
        # health-check runs on behalf of the `update` that holds the lock and waits for it.
        if args.command in ("init", "demo", "version", "health-check"):
            return COMMANDS[args.command].run(args)
        lock = InstanceLock(data_dir.lock) if data_dir.root.exists() else None
        if lock:
            lock.acquire()
        try:
            return COMMANDS[args.command].run(args)
        finally:
            if lock:
                lock.release()
    except DomainError as error:
        print(render(error.code, error.params, _language()), file=sys.stderr)
        for problem in getattr(error, "problems", ()):  # ValidationFailed: each broken rule on its own line
            print(f"  {problem.field}: {render(problem.code, problem.params, _language())}", file=sys.stderr)
        return 2


def main_gui(args: argparse.Namespace | None = None) -> int:
    from desktop.gui.app import run

    if args is None:
        from desktop.services.updates import relaunch_if_updated

        relaunched = relaunch_if_updated([])
        if relaunched is not None:
            return relaunched
        _load_command_modules()
        with cli_text.argparse_words(_language()):
            args = _parser().parse_args([])
    return run(data_dir_option=args.data_dir, demo=args.demo)
