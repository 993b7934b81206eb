"""`hoanhap inspection …`: inspection visits without a window (list, add, edit, delete from a JSON draft), and the
deletions and settings the inspection area's other commands do not cover (teams, plans, decisions, follow-up days)."""

from __future__ import annotations

import argparse
from typing import Any

import desktop.cli.records as records
from desktop.cli.registry import command, covers, say
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inspections import InspectionDraft

_ID = QT_TRANSLATE_NOOP("Cli", "mã (id) của lần kiểm tra")
_JSON = QT_TRANSLATE_NOOP("Cli", "tệp JSON với các trường của biểu mẫu (kết quả từng mục, hành vi vi phạm)")


def _options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP(
        "Cli", "các lần kiểm tra một cơ sở (xuất ra JSON, CSV)"))
    listing.add_argument("establishment", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của cơ sở"))
    records.format_option(listing)
    show = records.action(actions, "show", QT_TRANSLATE_NOOP("Cli", "toàn bộ một lần kiểm tra dạng JSON"))
    show.add_argument("id", help=_ID)
    add = records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "ghi một lần kiểm tra"))
    add.add_argument("json", help=_JSON)
    edit = records.action(actions, "edit", QT_TRANSLATE_NOOP(
        "Cli", "sửa một lần kiểm tra (các trường có trong tệp JSON thay cho bản đã ghi)"))
    edit.add_argument("id", help=_ID)
    edit.add_argument("json", help=_JSON)
    delete = records.action(actions, "delete", QT_TRANSLATE_NOOP("Cli", "xóa một lần kiểm tra"))
    delete.add_argument("id", help=_ID)
    days = records.action(actions, "reinspection-days", QT_TRANSLATE_NOOP(
        "Cli", "số ngày sau lần kiểm tra có vi phạm thì đến hạn kiểm tra lại"))
    days.add_argument("days", type=int, nargs="?", help=QT_TRANSLATE_NOOP("Cli", "số ngày mới (bỏ trống: xem)"))
    for name, help in (("delete-team", QT_TRANSLATE_NOOP("Cli", "xóa một đoàn kiểm tra")),
                       ("delete-plan", QT_TRANSLATE_NOOP("Cli", "xóa một kế hoạch kiểm tra")),
                       ("delete-decision", QT_TRANSLATE_NOOP("Cli", "xóa một quyết định xử lý đã ghi nhầm"))):
        records.action(actions, name, help).add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "mã (id)"))


@command("inspection", QT_TRANSLATE_NOOP("Cli", "sổ kiểm tra cơ sở: liệt kê, ghi, sửa, xóa lần kiểm tra; xóa đoàn, "
                                                "kế hoạch, quyết định"), _options)
@covers("InspectionService.record", "InspectionService.amend", "InspectionService.delete",
        "InspectionService.set_reinspection_days", "InspectionPlanService.delete_team",
        "InspectionPlanService.delete_plan", "SanctionDecisionService.delete")
def _inspection(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.inspections
        if args.action == "list":
            records.emit(records.rows_of(s.history(actor, args.establishment)), args.format,
                         ("id", "started_at", "kind", "violations", "reinspection_due_on"))
        elif args.action == "show":
            records.emit(records.rows_of([s.get(actor, args.id)]), "json", ())
        elif args.action == "add":
            print(s.record(actor, records.draft_from_json(InspectionDraft, records.read_json(args.json))).value.id)
        elif args.action == "edit":
            current = s.get(actor, args.id)
            draft = records.draft_from_json(InspectionDraft, records.read_json(args.json), current.draft)
            print(s.amend(actor, current.id, draft, expected_version=current.version).value.id)
        elif args.action == "delete":
            s.delete(actor, args.id)
            say("cli.deleted", id=args.id)
        elif args.action == "reinspection-days":
            days = s.reinspection_days(actor) if args.days is None else s.set_reinspection_days(actor, args.days).value
            say("cli.reinspection_days", days=days)
        else:
            if args.action == "delete-team":
                services.inspection_plans.delete_team(actor, args.id)
            elif args.action == "delete-plan":
                services.inspection_plans.delete_plan(actor, args.id)
            else:
                services.decisions.delete(actor, args.id)
            say("cli.deleted", id=args.id)

    return records.run(args, work)
