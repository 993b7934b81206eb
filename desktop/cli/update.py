"""CLI for releases: `update PACKAGE` (or `--rollback`), `version`, and the `health-check` a new release runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli import text as cli_text
from desktop.cli.registry import _login_options, command, covers, open_services, say
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError


@command("update", QT_TRANSLATE_NOOP(
    "Cli", "cài gói cập nhật có chữ ký từ USB (hoặc --rollback để quay lại phiên bản trước)"),
    lambda p: (_login_options(p),
               p.add_argument("package", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp gói cập nhật có chữ ký")),
               p.add_argument("--rollback", action="store_true", help=QT_TRANSLATE_NOOP(
                   "Cli", "quay lại phiên bản đã chạy trước lần cập nhật gần nhất"))))
@covers("updates.install_update", "updates.roll_back")
def _update(args: argparse.Namespace) -> int:
    from desktop.services.updates.updates import default_installation, install_update, roll_back

    if not args.rollback and not args.package:
        print(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Cách dùng: hoanhap update GÓI | --rollback")), file=sys.stderr)
        return 2
    services, actor = open_services(args)
    installation = default_installation()
    try:
        if args.rollback:
            say("cli.rolled_back", version=roll_back(services.register, actor, installation=installation).value)
        else:
            result = install_update(services.register, actor, Path(args.package), installation=installation).value
            say("cli.updated", previous=result.previous, version=result.version, backup=result.backup.name)
    finally:
        services.register.close()
    return 0


@command("version", QT_TRANSLATE_NOOP("Cli", "in số phiên bản đang chạy"))
def _version(args: argparse.Namespace) -> int:
    print(__version__)
    return 0


@command("health-check", QT_TRANSLATE_NOOP(
    "Cli", "(do `update` chạy) mở sổ đăng ký bằng khóa đọc từ stdin, nâng cấp, kiểm tra, báo ok"))
def _health_check(args: argparse.Namespace) -> int:
    import importlib

    from desktop.db import datadir
    from desktop.services import audit
    from desktop.services.context import SystemClock
    from desktop.services.register import open_register

    # Everything the window and the reports load: a release that cannot import them must not stay.
    for module in ("desktop.bootstrap", "desktop.reports.engine", "desktop.gui.main_window"):
        importlib.import_module(module)
    key = bytes.fromhex(sys.stdin.readline().strip())
    register = open_register(datadir.resolve(args.data_dir), key, SystemClock())
    try:
        with register.uow() as uow:
            integrity = uow.session.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one()
            chain = audit.verify(uow.session)
    finally:
        register.close()
    if integrity != "ok" or not chain.ok:
        raise DomainError("store.corrupt")
    print(f"ok {__version__}")
    return 0
