"""Commands of a hub on a PostgreSQL server: test a connection, join an existing hub from another analyst's PC."""

from __future__ import annotations

import argparse
import os

from desktop.cli.registry import command, covers
from desktop.cli.text import text
from desktop.db import datadir
from desktop.db.server import ServerAddress
from desktop.domain.i18n import QT_TRANSLATE_NOOP


def server_address(url: str) -> ServerAddress:
    """The URL as typed; a password in $PGPASSWORD (kept out of the process list) joins it."""
    address = ServerAddress.parse(url)
    password = os.environ.get("PGPASSWORD")
    if address.password is None and password:
        address = ServerAddress(address.url.set(password=password))
    return address


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", required=True, help=QT_TRANSLATE_NOOP("Cli", "địa chỉ cơ sở dữ liệu PostgreSQL, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full"))


@command("server-check", QT_TRANSLATE_NOOP("Cli", "thử kết nối tới máy chủ cơ sở dữ liệu (không ghi gì)"), _database_option)
def _server_check(args: argparse.Namespace) -> int:
    from desktop.services.accounts.server_hub import check_connection

    found = check_connection(server_address(args.database))
    print(text(QT_TRANSLATE_NOOP("Cli", "Kết nối được: PostgreSQL {version}.")).format(version=found.version))
    if found.holds.empty:
        print(text(QT_TRANSLATE_NOOP("Cli", "Cơ sở dữ liệu trống: dùng được để thiết lập tuyến tỉnh mới.")))
    else:
        print(text(QT_TRANSLATE_NOOP("Cli", "Cơ sở dữ liệu đã có dữ liệu của: {unit}")).format(
            unit=found.holds.unit_name or "?"))
    return 0


@command("join-hub", QT_TRANSLATE_NOOP("Cli", "dùng máy này cho một cơ quan tổng hợp (tuyến tỉnh, quốc gia) đã có trên máy chủ cơ sở dữ liệu (nhiều cán bộ cùng làm)"), _database_option)
@covers("server_hub.join")
def _join_hub(args: argparse.Namespace) -> int:
    from desktop.services.accounts.server_hub import join

    found = join(datadir.resolve(args.data_dir), server_address(args.database)).value
    print(f"{found.unit_name}: OK")
    return 0
