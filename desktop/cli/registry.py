"""The command registry every area's CLI module adds to, and what commands share: log in, say a message."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.bootstrap import Services, open_session
import desktop.cli.text as cli_text
from desktop.db import datadir
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.context import Actor, SystemClock


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], object]  # what it returns is not used
    run: Callable[[argparse.Namespace], int]
    # The data-changing service methods ("ClassName.method", or "module.function") this command reaches;
    # tests/cli/test_cli_parity.py checks that every such method is reached by some command.
    covers: tuple[str, ...] = ()


Run = Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str,
            configure: Callable[[argparse.ArgumentParser], object] = lambda p: None) -> Callable[[Run], Run]:
    """Register a CLI command: the registry keeps every command next to the service it calls."""
    def decorate(run: Run) -> Run:
        COMMANDS[name] = Command(name, help, configure, run, getattr(run, "covers", ()))
        return run
    return decorate


def covers(*methods: str) -> Callable[[Run], Run]:
    """Name the data-changing service methods a command calls (below `@command`): the parity test reads them."""
    def mark(run: Run) -> Run:
        run.covers = methods  # type: ignore[attr-defined]  # read back by @command
        return run
    return mark


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


def open_services(args: argparse.Namespace, password: str | None = None) -> tuple[Services, Actor]:
    """Log in for a command (user from --user, password from --password-file, $HOANHAP_PASSWORD or a prompt,
    unless the command already asked for it)."""
    data_dir = datadir.resolve(args.data_dir)
    if not data_dir.is_initialised():
        raise DomainError("store.not_initialised", path=str(data_dir.root))
    # The instance lock is already held by main() for the whole command.
    session = open_session(data_dir, args.user, _password(args) if password is None else password, clock=SystemClock())
    return session.services, session.actor


def _login_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """--user and --password-file; returns the parser for a command's `configure` lambda."""
    parser.add_argument("--user", default=os.environ.get("HOANHAP_USER", "admin"), help=QT_TRANSLATE_NOOP("Cli", "tên đăng nhập (mặc định: biến $HOANHAP_USER, nếu không: admin)"))
    parser.add_argument("--password-file", help=QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)"))
    return parser
