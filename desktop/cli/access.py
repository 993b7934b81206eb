"""Commands for getting in: change one's own password, replace the recovery key, recover with the printed key."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

import desktop.cli.text as cli_text
from desktop.cli.registry import _login_options, _password, command, covers, open_services, say
from desktop.db import datadir
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.services.accounts import auth
from desktop.services.context import SystemClock

_NEW_PASSWORD_FILE = QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu mới (không gõ mật khẩu trên dòng lệnh)")
_KEY_SHOWN_ONCE = QT_TRANSLATE_NOOP("Cli", "Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):")


def _new_password(path: Path) -> str:
    return path.read_text("utf-8").strip()


@command("password", QT_TRANSLATE_NOOP("Cli", "đổi mật khẩu của chính mình (mật khẩu cũ như khi đăng nhập)"), lambda p: (
    _login_options(p), p.add_argument("--new-password-file", type=Path, required=True, help=_NEW_PASSWORD_FILE),
))
@covers("auth.change_password")
def _change_password(args: argparse.Namespace) -> int:
    old = _password(args)  # asked once: logging in and the change both check it
    services, actor = open_services(args, old)
    try:
        new = _new_password(args.new_password_file)
        auth.change_password(services.register, actor, old=old, new=new, confirm=new)
    finally:
        services.register.close()
    say("cli.password_changed", user=actor.username)
    return 0


@command("recovery-key", QT_TRANSLATE_NOOP(
    "Cli", "tạo mã khôi phục mới (phiếu cũ không còn dùng được); mã mới chỉ hiện một lần"), _login_options)
@covers("auth.replace_recovery_key")
def _recovery_key(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        key = auth.replace_recovery_key(services.register, actor).value
    finally:
        services.register.close()
    print(cli_text.text(_KEY_SHOWN_ONCE))
    print(key)
    return 0


@command("recover", QT_TRANSLATE_NOOP(
    "Cli", "quên mọi mật khẩu: mở sổ bằng mã khôi phục đã in và đặt mật khẩu mới cho một tài khoản"), lambda p: (
    p.add_argument("--user", default=os.environ.get("HOANHAP_USER", "admin"), help=QT_TRANSLATE_NOOP(
        "Cli", "tên đăng nhập của tài khoản được đặt mật khẩu mới (mặc định: biến $HOANHAP_USER, nếu không: admin)")),
    p.add_argument("--recovery-key-file", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "tệp chứa mã khôi phục (nếu không: hỏi khi chạy)")),
    p.add_argument("--new-password-file", type=Path, required=True, help=_NEW_PASSWORD_FILE),
))
@covers("auth.recover")
def _recover(args: argparse.Namespace) -> int:
    data_dir = datadir.resolve(args.data_dir)
    if not data_dir.is_initialised():
        raise DomainError("store.not_initialised", path=str(data_dir.root))
    if args.recovery_key_file:
        key = args.recovery_key_file.read_text("utf-8").strip()
    else:
        key = getpass.getpass(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Mã khôi phục: ")))
    new = _new_password(args.new_password_file)
    register, actor = auth.recover(data_dir, key, username=args.user, new_password=new, confirm=new,
                                   clock=SystemClock()).value
    register.close()
    say("cli.recovered", user=actor.username)
    return 0
