"""CLI for releases: `update PACKAGE` (or `--rollback`), `version`, and the `health-check` a new release runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
import desktop.cli.text as cli_text
from desktop.cli.registry import _login_options, _password, command, covers, open_services, say
from desktop.db import datadir
from desktop.db.datadir import DataDir
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError

if TYPE_CHECKING:
    from desktop.services.updates.updates import Installation


@command("update", QT_TRANSLATE_NOOP(
    "Cli", "cài gói cập nhật có chữ ký từ USB (hoặc --rollback để quay lại phiên bản trước)"),
    lambda p: (_login_options(p),
               p.add_argument("package", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp gói cập nhật có chữ ký")),
               p.add_argument("--rollback", action="store_true", help=QT_TRANSLATE_NOOP(
                   "Cli", "quay lại phiên bản đã chạy trước lần cập nhật gần nhất"))))
@covers("updates.install_update", "updates.roll_back", "updates.install_beside_newer_server")
def _update(args: argparse.Namespace) -> int:
    from desktop.services.updates.updates import default_installation, install_update, roll_back

    if not args.rollback and not args.package:
        print(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Cách dùng: hoanhap update GÓI | --rollback")), file=sys.stderr)
        return 2
    installation = default_installation()
    data_dir = datadir.resolve(args.data_dir)
    if not args.rollback and data_dir.server.exists():
        from desktop.services.accounts.server_hub import schema_is_newer

        if schema_is_newer(data_dir):  # another analyst's PC updated the shared hub first
            return _update_beside_newer_server(args, data_dir, installation)
    services, actor = open_services(args)
    try:
        if args.rollback:
            say("cli.rolled_back", version=roll_back(services.register, actor, installation=installation).value)
        else:
            result = install_update(services.register, actor, Path(args.package), installation=installation).value
            say("cli.updated", previous=result.previous, version=result.version, backup=result.backup.name)
    finally:
        services.register.close()
    return 0


def _update_beside_newer_server(args: argparse.Namespace, data_dir: DataDir, installation: Installation) -> int:
    from desktop.services.accounts.server_hub import open_for_update
    from desktop.services.context import SystemClock
    from desktop.services.updates.updates import install_beside_newer_server

    register, actor = open_for_update(data_dir, args.user, _password(args), clock=SystemClock())
    try:
        result = install_beside_newer_server(register, actor, Path(args.package), installation=installation).value
    finally:
        register.close()
    say("cli.updated", previous=result.previous, version=result.version, backup=result.backup.name)
    return 0


@command("version", QT_TRANSLATE_NOOP("Cli", "in số phiên bản đang chạy"))
def _version(args: argparse.Namespace) -> int:
    print(__version__)
    return 0


@command("health-check", QT_TRANSLATE_NOOP(
    "Cli", "(do `update` chạy) mở sổ đăng ký bằng khóa đọc từ stdin, nâng cấp, kiểm tra, báo ok"))
def _health_check(args: argparse.Namespace) -> int:
    import importlib

    from desktop.services import audit
    from desktop.services.context import SystemClock
    from desktop.services.register import open_register

    # Everything the window and the reports load: a release that cannot import them must not stay.
    for module in ("desktop.bootstrap", "desktop.reports.engine", "desktop.gui.main_window"):
        importlib.import_module(module)
    key = bytes.fromhex(sys.stdin.readline().strip())
    data_dir = datadir.resolve(args.data_dir)
    if data_dir.server.exists():
        from desktop.services.accounts.server_hub import open_server_register

        # A hub on a server (no key on the pipe): the first new release migrates it, one PC at a time.
        register = open_server_register(data_dir, SystemClock())
    else:
        register = open_register(data_dir, key, SystemClock())
    try:
        with register.uow() as uow:
            # PostgreSQL checks its pages itself (and has no PRAGMA): the audit chain is checked on both.
            integrity = "ok" if register.on_server else \
                uow.session.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one()
            chain = audit.verify(uow.session)
    finally:
        register.close()
    if integrity != "ok" or not chain.ok:
        raise DomainError("store.corrupt")
    print(f"ok {__version__}")
    return 0
