"""`hoanhap establishments …`: the businesses to inspect, without a window (list, add, edit, delete, import, print)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

import desktop.cli.records as records
from desktop.cli.registry import _language, command, covers, say
from desktop.domain.establishments import BusinessType, EstablishmentDraft, EstablishmentStatus
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.establishments.establishments import EstablishmentQuery

HELPS = {
    "name": QT_TRANSLATE_NOOP("Cli", "tên cơ sở"),
    "business_type": QT_TRANSLATE_NOOP("Cli", "loại hình kinh doanh"),
    "address": QT_TRANSLATE_NOOP("Cli", "địa chỉ"),
    "representative": QT_TRANSLATE_NOOP("Cli", "người đại diện"),
    "registration_number": QT_TRANSLATE_NOOP("Cli", "số giấy chứng nhận đăng ký kinh doanh"),
    "registration_date": QT_TRANSLATE_NOOP("Cli", "ngày cấp giấy đăng ký kinh doanh (YYYY-MM-DD)"),
    "licence_number": QT_TRANSLATE_NOOP("Cli", "số giấy phép đủ điều kiện kinh doanh"),
    "licence_date": QT_TRANSLATE_NOOP("Cli", "ngày cấp giấy phép (YYYY-MM-DD)"),
    "security_certificate_number": QT_TRANSLATE_NOOP("Cli", "số giấy chứng nhận đủ điều kiện về an ninh, trật tự"),
    "security_certificate_date": QT_TRANSLATE_NOOP("Cli", "ngày cấp giấy chứng nhận an ninh, trật tự (YYYY-MM-DD)"),
    "status": QT_TRANSLATE_NOOP("Cli", "tình trạng hoạt động"),
    "opened_on": QT_TRANSLATE_NOOP("Cli", "ngày bắt đầu hoạt động (YYYY-MM-DD)"),
    "closed_on": QT_TRANSLATE_NOOP("Cli", "ngày ngừng hoạt động (YYYY-MM-DD)"),
    "notes": QT_TRANSLATE_NOOP("Cli", "ghi chú (chỉ lưu trên máy này)"),
}
CHOICES = {"business_type": BusinessType, "status": EstablishmentStatus}
_ID = QT_TRANSLATE_NOOP("Cli", "mã (id) của cơ sở")


def _options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP("Cli", "danh sách cơ sở (xuất ra JSON, CSV)"))
    listing.add_argument("--active", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "chỉ cơ sở đang hoạt động hoặc tạm ngừng"))
    records.format_option(listing)
    add = records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "thêm cơ sở"))
    records.draft_options(add, EstablishmentDraft, HELPS, adding=True, choices=CHOICES)
    edit = records.action(actions, "edit", QT_TRANSLATE_NOOP("Cli", "sửa thông tin cơ sở (chỉ các trường được nêu)"))
    edit.add_argument("id", help=_ID)
    records.draft_options(edit, EstablishmentDraft, HELPS, adding=False, choices=CHOICES)
    delete = records.action(actions, "delete", QT_TRANSLATE_NOOP("Cli", "xóa cơ sở"))
    delete.add_argument("id", help=_ID)
    imported = records.action(actions, "import", QT_TRANSLATE_NOOP(
        "Cli", "nhập danh sách cơ sở từ tệp Excel (các dòng có lỗi hoặc trùng được bỏ qua)"))
    imported.add_argument("xlsx", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp Excel (.xlsx)"))
    imported.add_argument("--all-or-nothing", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "không nhập gì nếu có dòng lỗi"))
    printed = records.action(actions, "print", QT_TRANSLATE_NOOP("Cli", "in danh sách cơ sở ra PDF"))
    printed.add_argument("pdf", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))
    printed.add_argument("--active", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "chỉ cơ sở đang hoạt động hoặc tạm ngừng"))


@command("establishments", QT_TRANSLATE_NOOP("Cli", "sổ cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm: liệt kê, thêm, "
                                                    "sửa, xóa, nhập từ Excel"), _options)
@covers("EstablishmentService.save", "EstablishmentService.delete", "EstablishmentImportService.apply",
        "inspection_printing.print_establishment_list")
def _establishments(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.establishments
        if args.action == "list":
            query = EstablishmentQuery(active_only=args.active)
            rows = records.rows_of(s.page(actor, query, offset=0, limit=1_000_000))
            records.emit(rows, args.format, ("id", "name", "business_type", "status", "address"))
        elif args.action == "add":
            print(s.save(actor, EstablishmentDraft(**records.draft_values(args, EstablishmentDraft))).value.id)
        elif args.action == "edit":
            record = s.get(actor, args.id)
            draft = replace(record.draft, **records.draft_values(args, EstablishmentDraft))
            print(s.save(actor, draft, record_id=record.id, expected_version=record.version).value.id)
        elif args.action == "delete":
            s.delete(actor, args.id)
            say("cli.deleted", id=args.id)
        elif args.action == "print":
            query = EstablishmentQuery(active_only=args.active)
            path = services.printing.print_establishment_list(actor, args.pdf, query, language=_language()).value
            say("cli.written", path=str(path))
        else:
            preview = services.establishment_import.preview(actor, args.xlsx)
            added = services.establishment_import.apply(actor, preview, all_or_nothing=args.all_or_nothing).value
            say("cli.imported", added=added, skipped=len(preview.rows) - added)

    return records.run(args, work)
