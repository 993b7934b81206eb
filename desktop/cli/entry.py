"""`hoanhap` without arguments opens the window; `hoanhap <command>` runs the same services headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# Each area's commands register themselves when imported: every module is named here, so a missing
# one fails loudly at start instead of dropping its commands. The order is the order of `--help`.
# Each command module registers its commands when imported (explicit: a missing module fails loudly). Imported
# by their full names, not `from desktop.cli import …`, so this module never imports its own package back.
import desktop.cli.maintenance  # noqa: F401
import desktop.cli.sync  # noqa: F401
import desktop.cli.reports  # noqa: F401
import desktop.cli.inspections  # noqa: F401
import desktop.cli.registers  # noqa: F401
import desktop.cli.documents  # noqa: F401
import desktop.cli.update  # noqa: F401
import desktop.cli.help  # noqa: F401
import desktop.cli.national  # noqa: F401
import desktop.cli.dhis2  # noqa: F401
import desktop.cli.imports  # noqa: F401
import desktop.cli.server  # noqa: F401
import desktop.cli.outreach  # noqa: F401
import desktop.cli.establishments  # noqa: F401
import desktop.cli.inspection_records  # noqa: F401
import desktop.cli.clients  # noqa: F401
import desktop.cli.admin  # noqa: F401
import desktop.cli.access  # noqa: F401
import desktop.cli.text as cli_text
from desktop.cli.registry import COMMANDS, _language
from desktop.db import datadir
from desktop.db.instance_lock import InstanceLock
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.domain.problems import DomainError


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


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.services.updates.updates import relaunch_if_updated

    # An installed update runs instead of this (launcher) release.
    relaunched = relaunch_if_updated(list(sys.argv[1:] if argv is None else argv))
    if relaunched is not None:
        return relaunched
    with cli_text.argparse_words(_language()):
        args = _parser().parse_args(argv)
    if args.command is None:
        return main_gui(args)
    data_dir = datadir.resolve(args.data_dir)
    try:
        # health-check runs on behalf of the `update` that holds the lock and waits for it.
        if args.command in ("init", "demo", "version", "health-check", "join-hub"):
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
        from desktop.services.updates.updates import relaunch_if_updated

        relaunched = relaunch_if_updated([])
        if relaunched is not None:
            return relaunched
        with cli_text.argparse_words(_language()):
            args = _parser().parse_args([])
    return run(data_dir_option=args.data_dir, demo=args.demo)
