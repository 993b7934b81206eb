"""`hoanhap outreach …`: the outreach sessions register without a window (list, add, edit, delete, attendance sheet)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

import desktop.cli.records as records
from desktop.cli.registry import command, covers, say
from desktop.domain import periods
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.outreach import OutreachDraft, OutreachForm, TargetGroup
from desktop.services.outreach.outreach import OutreachQuery

HELPS = {
    "held_on": QT_TRANSLATE_NOOP("Cli", "ngày tổ chức (YYYY-MM-DD)"),
    "place": QT_TRANSLATE_NOOP("Cli", "địa điểm"),
    "form": QT_TRANSLATE_NOOP("Cli", "hình thức truyền thông"),
    "target_group": QT_TRANSLATE_NOOP("Cli", "nhóm đối tượng"),
    "topics": QT_TRANSLATE_NOOP("Cli", "chủ đề (mã, cách nhau bởi dấu phẩy)"),
    "participants_total": QT_TRANSLATE_NOOP("Cli", "tổng số người tham dự"),
    "participants_male": QT_TRANSLATE_NOOP("Cli", "số nam"),
    "participants_female": QT_TRANSLATE_NOOP("Cli", "số nữ"),
    "participants_other": QT_TRANSLATE_NOOP("Cli", "số người giới tính khác"),
    "target_members": QT_TRANSLATE_NOOP("Cli", "số người thuộc nhóm đối tượng"),
    "newly_reached": QT_TRANSLATE_NOOP("Cli", "trong đó lần đầu được tiếp cận trong năm"),
    "leaflets": QT_TRANSLATE_NOOP("Cli", "số tờ rơi phát ra"),
    "condoms": QT_TRANSLATE_NOOP("Cli", "số bao cao su phát ra"),
    "lubricant": QT_TRANSLATE_NOOP("Cli", "số gói chất bôi trơn phát ra"),
    "organiser": QT_TRANSLATE_NOOP("Cli", "đơn vị tổ chức"),
    "partners": QT_TRANSLATE_NOOP("Cli", "đơn vị phối hợp"),
    "notes": QT_TRANSLATE_NOOP("Cli", "ghi chú (chỉ lưu trên máy này)"),
}
CHOICES = {"form": OutreachForm, "target_group": TargetGroup}
_ID = QT_TRANSLATE_NOOP("Cli", "mã (id) của buổi truyền thông")


def _options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP(
        "Cli", "danh sách buổi truyền thông (xuất ra JSON, CSV)"))
    listing.add_argument("--period", help=QT_TRANSLATE_NOOP("Cli", "chỉ kỳ này, ví dụ 2026, 2026-Q3, 2026-07"))
    records.format_option(listing)
    add = records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "ghi buổi truyền thông mới"))
    records.draft_options(add, OutreachDraft, HELPS, adding=True, choices=CHOICES)
    edit = records.action(actions, "edit", QT_TRANSLATE_NOOP("Cli", "sửa buổi truyền thông (chỉ các trường được nêu)"))
    edit.add_argument("id", help=_ID)
    records.draft_options(edit, OutreachDraft, HELPS, adding=False, choices=CHOICES)
    delete = records.action(actions, "delete", QT_TRANSLATE_NOOP("Cli", "xóa buổi truyền thông"))
    delete.add_argument("id", help=_ID)
    sheet = records.action(actions, "attendance", QT_TRANSLATE_NOOP(
        "Cli", "in danh sách tham dự ra PDF (trống, hoặc điền số liệu của một buổi)"))
    sheet.add_argument("pdf", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))
    sheet.add_argument("--id", help=_ID)


@command("outreach", QT_TRANSLATE_NOOP("Cli", "sổ buổi truyền thông: liệt kê, thêm, sửa, xóa, in danh sách tham dự"),
         _options)
@covers("OutreachService.save", "OutreachService.delete", "printing.print_attendance")
def _outreach(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.outreach
        if args.action == "list":
            query = OutreachQuery(period=periods.parse(args.period) if args.period else None, descending=False)
            rows = records.rows_of(s.page(actor, query, offset=0, limit=1_000_000))
            records.emit(rows, args.format, ("id", "held_on", "form", "target_group", "participants_total", "place"))
        elif args.action == "add":
            print(s.save(actor, OutreachDraft(**records.draft_values(args, OutreachDraft))).value.id)
        elif args.action == "edit":
            record = s.get(actor, args.id)
            draft = replace(record.draft, **records.draft_values(args, OutreachDraft))
            print(s.save(actor, draft, record_id=record.id, expected_version=record.version).value.id)
        elif args.action == "delete":
            s.delete(actor, args.id)
            say("cli.deleted", id=args.id)
        else:
            path = services.printing.print_attendance(actor, args.pdf, record_id=args.id).value
            say("cli.written", path=str(path))

    return records.run(args, work)
