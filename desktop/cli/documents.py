"""`hoanhap letterhead` and `hoanhap documents`: the office's Decree 30 settings and its document register."""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop.cli.registry import _login_options, command, covers, open_services, say
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.documents.letterhead import LetterheadSettings

_FIELDS = {  # option -> (settings field, Vietnamese help, translated when the parser is built)
    "issuing-body": ("issuing_body", QT_TRANSLATE_NOOP(
        "Cli", "tên cơ quan ban hành, mỗi dòng cách nhau bằng '|' (ỦY BAN NHÂN DÂN|XÃ XUÂN LŨNG)")),
    "parent-body": ("parent_body", QT_TRANSLATE_NOOP("Cli", "cơ quan chủ quản in phía trên (để trống với UBND)")),
    "symbol": ("symbol", QT_TRANSLATE_NOOP("Cli", "chữ viết tắt tên cơ quan trong ký hiệu văn bản (UBND, SYT)")),
    "authority": ("authority", QT_TRANSLATE_NOOP(
        "Cli", "thẩm quyền, chức vụ người ký, mỗi dòng cách nhau bằng '|' (TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH)")),
    "signer": ("signer", QT_TRANSLATE_NOOP("Cli", "họ và tên người ký")),
    "recipients": ("recipients", QT_TRANSLATE_NOOP("Cli", "nơi nhận, mỗi nơi cách nhau bằng '|'")),
    "archive": ("archive", QT_TRANSLATE_NOOP("Cli", "sau “Lưu:” (VT, VHXH)")),
}


def _letterhead_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    for option, (_, text) in _FIELDS.items():
        p.add_argument(f"--{option}", help=text)
    p.add_argument("--reset", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "trở về mặc định của đơn vị"))


def _show(settings: LetterheadSettings) -> None:
    for option, (name, _) in _FIELDS.items():
        print(f"{option:13s} {getattr(settings, name).replace(chr(10), ' | ')}")


@command("letterhead", QT_TRANSLATE_NOOP(
    "Cli", "thể thức văn bản (Nghị định 30/2020): xem hoặc sửa cơ quan ban hành, người ký, nơi nhận"),
    _letterhead_options)
@covers("LetterheadService.save", "LetterheadService.reset")
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
    p.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP("Cli", "chỉ năm này"))
    p.add_argument("--remove", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "xóa một số đã vào sổ nhầm"))


@command("documents", QT_TRANSLATE_NOOP("Cli", "sổ đăng ký văn bản đi: các số đã cấp và số tiếp theo"),
         _documents_options)
@covers("DocumentService.remove")
def _documents(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.remove:
            services.documents.remove(actor, args.remove)
        year = args.year or services.register.clock.today().year
        say("cli.next_document_number", year=year, number=f"{services.documents.next_number(actor, year=year):02d}")
        for entry in services.documents.entries(actor, year=args.year):
            print(f"{entry.document_number.line:22s} {entry.issued_on:%d/%m/%Y} {entry.period_code:10s} "
                  f"{entry.title}  [{entry.id}]")
    finally:
        services.register.close()
    return 0
