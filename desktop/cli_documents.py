"""`hoanhap letterhead` and `hoanhap documents`: the office's Decree 30 settings and its document register."""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop.cli import _login_options, command, open_services
from desktop.services.letterhead import LetterheadSettings

_FIELDS = {  # option -> (settings field, Vietnamese help)
    "issuing-body": ("issuing_body", "tên cơ quan ban hành, mỗi dòng cách nhau bằng '|' (ỦY BAN NHÂN DÂN|XÃ XUÂN LŨNG)"),
    "parent-body": ("parent_body", "cơ quan chủ quản in phía trên (để trống với UBND)"),
    "symbol": ("symbol", "chữ viết tắt tên cơ quan trong ký hiệu văn bản (UBND, SYT)"),
    "authority": ("authority", "thẩm quyền, chức vụ người ký, mỗi dòng cách nhau bằng '|' (TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH)"),
    "signer": ("signer", "họ và tên người ký"),
    "recipients": ("recipients", "nơi nhận, mỗi nơi cách nhau bằng '|'"),
    "archive": ("archive", "sau “Lưu:” (VT, VHXH)"),
}


def _letterhead_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    for option, (_, text) in _FIELDS.items():
        p.add_argument(f"--{option}", help=text)
    p.add_argument("--reset", action="store_true", help="trở về mặc định của đơn vị / back to the defaults")


def _show(settings: LetterheadSettings) -> None:
    for option, (name, _) in _FIELDS.items():
        print(f"{option:13s} {getattr(settings, name).replace(chr(10), ' | ')}")


@command("letterhead", "thể thức văn bản (Nghị định 30/2020): xem hoặc sửa cơ quan ban hành, người ký, nơi nhận "
         "/ show or change the letterhead settings", _letterhead_options)
def _letterhead(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        changes = {name: getattr(args, option.replace("-", "_")) for option, (name, _) in _FIELDS.items()
                   if getattr(args, option.replace("-", "_")) is not None}
        if args.reset:
            settings = services.letterhead.reset(actor).value
        elif changes:
            current = services.letterhead.get(actor)
            typed = {name: value.replace("|", "\n") for name, value in changes.items()}
            settings = services.letterhead.save(actor, replace(current, **typed)).value
        else:
            settings = services.letterhead.get(actor)
        _show(settings)
    finally:
        services.register.close()
    return 0


def _documents_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--year", type=int, help="chỉ năm này / only this year")
    p.add_argument("--remove", metavar="ID", help="xóa một số đã vào sổ nhầm / take a wrongly registered entry out")


@command("documents", "sổ đăng ký văn bản đi: các số đã cấp và số tiếp theo / the document register",
         _documents_options)
def _documents(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.remove:
            services.documents.remove(actor, args.remove)
        year = args.year or services.register.clock.today().year
        print(f"Số tiếp theo năm {year}: {services.documents.next_number(actor, year=year):02d}")
        for entry in services.documents.entries(actor, year=args.year):
            print(f"{entry.document_number.line:22s} {entry.issued_on:%d/%m/%Y} {entry.period_code:10s} "
                  f"{entry.title}  [{entry.id}]")
    finally:
        services.register.close()
    return 0
