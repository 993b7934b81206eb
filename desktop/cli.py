"""`hoanhap` without arguments opens the window; `hoanhap <command>` runs the same services headless."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.bootstrap import Services, build_services
from desktop.db import datadir, migrate
from desktop.db.instance_lock import InstanceLock
from desktop.domain.codes import OfficeRole
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services import auth
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
    return os.environ.get("HOANHAP_LANG", "vi")


def say(code: str, **params: object) -> None:
    print(render(code, params, _language()))


def _password(args: argparse.Namespace, prompt: str = "Mật khẩu: ") -> str:
    if getattr(args, "password_file", None):
        return Path(args.password_file).read_text("utf-8").strip()
    env = os.environ.get("HOANHAP_PASSWORD")
    if env:
        return env
    return getpass.getpass(prompt)


def open_services(args: argparse.Namespace) -> tuple[Services, Actor]:
    """Log in for a command (user from --user, password from --password-file, $HOANHAP_PASSWORD or a prompt)."""
    data_dir = datadir.resolve(args.data_dir)
    if not data_dir.is_initialised():
        raise DomainError("store.not_initialised", path=str(data_dir.root))
    register, actor = auth.login(data_dir, args.user, _password(args), clock=SystemClock())
    return build_services(register), actor


def _login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=os.environ.get("HOANHAP_USER", "admin"))
    parser.add_argument("--password-file", help="a file holding the password (else $HOANHAP_PASSWORD or a prompt)")


@command("init", "create a new register (first-run setup without the window)", lambda p: (
    p.add_argument("--role", choices=[r.value for r in OfficeRole], default="commune"),
    p.add_argument("--province", required=True, help="province code, e.g. 25"),
    p.add_argument("--commune", help="commune code, e.g. 08500 (commune offices)"),
    p.add_argument("--admin", default="admin"), p.add_argument("--admin-name", default="Quản trị viên"),
    p.add_argument("--password-file"),
))
def _init(args: argparse.Namespace) -> int:
    from desktop.services.setup import SetupRequest, initialise

    password = _password(args, "Mật khẩu quản trị: ")
    result = initialise(datadir.resolve(args.data_dir), SetupRequest(
        OfficeRole(args.role), args.province, args.commune, args.admin, args.admin_name, password, password,
    ), clock=SystemClock())
    print(f"{result.unit_name}: OK")
    print("Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):")
    print(result.recovery_key)
    return 0


@command("migrate", "upgrade the register's schema (a backup is taken first)", _login_options)
def _migrate(args: argparse.Namespace) -> int:
    services, _ = open_services(args)  # logging in opens the register, which migrates it
    print(migrate.current_revision(services.register.engine))
    services.register.close()
    return 0


@command("backup", "write an encrypted copy of the register to the backups folder", _login_options)
def _backup(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        print(services.maintenance.backup_now(actor).value.path)
    finally:
        services.register.close()
    return 0


@command("restore", "replace the register with a backup (the current one is kept as a safety copy)", lambda p: (
    _login_options(p), p.add_argument("backup_file", nargs="?"), p.add_argument("--list", action="store_true"),
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


@command("demo", "build a demo register (synthetic data) in --data-dir", lambda p: (
    p.add_argument("--hub", action="store_true", help="a hub (province office) instead of a commune"),
))
def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSWORD, DEMO_USERNAME, build_demo

    data_dir = datadir.resolve(args.data_dir)
    build_demo(data_dir, clock=SystemClock(), office_role=OfficeRole.HUB if args.hub else OfficeRole.COMMUNE)
    print(f"{data_dir.root}: {DEMO_USERNAME} / {DEMO_PASSWORD}")
    return 0


@command("audit", "check the audit log's hash chain (`hoanhap audit verify`)", lambda p: (
    _login_options(p), p.add_argument("action", choices=["verify", "list"]),
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
    parser.add_argument("--data-dir", help=f"data folder (else ${datadir.ENV_VAR}, else the user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the window on a fresh demo register")
    # --data-dir is accepted before or after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    for cmd in COMMANDS.values():
        cmd.configure(sub.add_parser(cmd.name, help=cmd.help, parents=[common]))
    return parser


def _load_command_modules() -> None:
    # Areas keep their commands beside their services; importing registers them.
    import importlib

    for name in ("desktop.cli_sync", "desktop.cli_reports", "desktop.cli_inspections", "desktop.cli_help"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def main(argv: Sequence[str] | None = None) -> int:
    _load_command_modules()
    args = _parser().parse_args(argv)
    if args.command is None:
        return main_gui(args)
    data_dir = datadir.resolve(args.data_dir)
    try:
        if args.command in ("init", "demo"):
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
        return 2


def main_gui(args: argparse.Namespace | None = None) -> int:
    from desktop.gui.app import run

    if args is None:
        _load_command_modules()
        args = _parser().parse_args([])
    return run(data_dir_option=args.data_dir, demo=args.demo)
