"""`hoanhap tin-bao …` and `hoanhap mo-hinh …`: the tip-off and support model registers without a window (T9, T10)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.cli.registry import _language, _login_options, command, covers, open_services, say
from desktop.domain import periods
from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.messages import render
from desktop.domain.problems import ValidationFailed
from desktop.domain.support_models import ActivityDraft, ActivityKind, ModelKind, SupportGivenDraft, SupportModelDraft
from desktop.domain.tip_offs import Channel, HandlingOutcome, Recipient, Subject, TipOffDraft, VerificationResult
from desktop.services.inspections.inspection_printing import label
from desktop.services.registers.tip_offs import TipOffQuery


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.not_a_date", {"value": text}, _language())) from None


def _action(actions: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
            help: str) -> argparse.ArgumentParser:
    """A sub-command (`tin-bao add`…): its marked Vietnamese line is also the description of its own --help."""
    return actions.add_parser(name, help=help, description=help)


def _period_label(period: periods.Period) -> str:
    """'Quý 3/2026' in the command line's language."""
    return period.label(lambda context, source: translate(context, source, _language()))


def _codes(enum: Any) -> list[str]:
    return [c.value for c in enum]


def _run(args: argparse.Namespace, work: Callable[[Any, Any], None]) -> int:
    """Log in, do the work; input problems are printed one per line (nothing was saved)."""
    services, actor = open_services(args)
    try:
        work(services, actor)
    except ValidationFailed as failed:
        for problem in failed.problems:
            where = f"{problem.field}: " if problem.field else ""
            print(where + render(problem.code, problem.params, _language()))
        return 2
    finally:
        services.register.close()
    return 0


# --- tip-offs ------------------------------------------------------------------------------------


def _tip_off_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = _action(actions, "list", QT_TRANSLATE_NOOP("Cli", "danh sách tin báo (không bao giờ in nội dung)"))
    listing.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP("Cli", "chỉ năm này"))
    listing.add_argument("--open", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "chỉ tin báo chưa xử lý xong"))
    add = _action(actions, "add", QT_TRANSLATE_NOOP("Cli", "ghi nhận tin báo mới"))
    add.add_argument("--received", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày tiếp nhận (YYYY-MM-DD)"))
    add.add_argument("--channel", choices=_codes(Channel), required=True, help=QT_TRANSLATE_NOOP("Cli", "nguồn tiếp nhận"))
    add.add_argument("--subject", choices=_codes(Subject), required=True, help=QT_TRANSLATE_NOOP("Cli", "đối tượng của tin báo"))
    add.add_argument("--description", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "ngắn gọn, trung lập, không ghi họ tên (chỉ lưu trên máy này)"))
    add.add_argument("--establishment", help=QT_TRANSLATE_NOOP("Cli", "mã (id) cơ sở trong danh sách"))
    update = _action(actions, "update", QT_TRANSLATE_NOOP("Cli", "cập nhật xác minh, chuyển xử lý, kết quả xử lý"))
    update.add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của tin báo"))
    update.add_argument("--verified", type=_day, help=QT_TRANSLATE_NOOP("Cli", "ngày xác minh (YYYY-MM-DD)"))
    update.add_argument("--result", choices=_codes(VerificationResult), help=QT_TRANSLATE_NOOP("Cli", "kết quả xác minh"))
    update.add_argument("--passed-on", type=_day, help=QT_TRANSLATE_NOOP("Cli", "ngày chuyển cơ quan chức năng (YYYY-MM-DD)"))
    update.add_argument("--to", choices=_codes(Recipient), help=QT_TRANSLATE_NOOP("Cli", "cơ quan nhận chuyển"))
    update.add_argument("--handled", type=_day, help=QT_TRANSLATE_NOOP("Cli", "ngày xử lý xong (YYYY-MM-DD)"))
    update.add_argument("--outcome", choices=_codes(HandlingOutcome), help=QT_TRANSLATE_NOOP("Cli", "kết quả xử lý"))
    summary = _action(actions, "summary", QT_TRANSLATE_NOOP("Cli", "chỉ tiêu T9 của một kỳ"))
    summary.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("Cli", "ví dụ 2026, 2026-Q3, 2026-07"))
    delete = _action(actions, "delete", QT_TRANSLATE_NOOP("Cli", "xóa tin báo"))
    delete.add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của tin báo"))
    for sub in (listing, add, update, summary, delete):
        _login_options(sub)


@command("tin-bao", QT_TRANSLATE_NOOP("Cli", "sổ tin báo, tố giác về mại dâm (chỉ tiêu T9)"), _tip_off_options)
@covers("TipOffService.save", "TipOffService.delete")
def _tip_offs(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.tip_offs
        if args.action == "list":
            query = TipOffQuery(period=periods.year(args.year) if args.year else None, descending=False)
            for row in s.page(actor, query, offset=0, limit=100_000):
                if args.open and row.handled_on is not None:
                    continue
                days = "" if row.days_to_handle is None else str(row.days_to_handle)
                print(f"{row.id}  {row.received_on:%d/%m/%Y}  {row.channel:13s} {row.subject_kind:14s} "
                      f"{row.stage:10s} {days}")
        elif args.action == "add":
            record = s.save(actor, TipOffDraft(received_on=args.received, channel=args.channel,
                                               subject_kind=args.subject, description=args.description,
                                               establishment_id=args.establishment)).value
            print(record.id)
        elif args.action == "update":
            record = s.get(actor, args.id)
            changes = {name: value for name, value in (
                ("verified_on", args.verified), ("verification_result", args.result),
                ("passed_on_on", args.passed_on), ("passed_on_to", args.to),
                ("handled_on", args.handled), ("outcome", args.outcome)) if value is not None}
            s.save(actor, replace(record.draft, **changes), record_id=record.id, expected_version=record.version)
            print(record.id)
        elif args.action == "delete":
            s.delete(actor, args.id)
            say("cli.deleted", id=args.id)
        else:
            period = periods.parse(args.period)
            t9 = s.summary(actor, period)
            share = "–" if t9.handled_percent is None else f"{t9.handled_percent:.1f}".replace(".", ",") + "%"
            median = "–" if t9.median_days is None else f"{t9.median_days:g}".replace(".", ",")
            say("cli.t9_heading", period=_period_label(period))
            say("cli.t9_received", count=t9.received)
            say("cli.t9_verified", count=t9.verified)
            say("cli.t9_passed_on", count=t9.passed_on)
            say("cli.t9_handled", count=t9.handled, share=share)
            say("cli.t9_within", days=t9.within_days, count=t9.handled_within)
            say("cli.t9_median", days=median)

    return _run(args, work)


# --- support models ------------------------------------------------------------------------------


def _model_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = _action(actions, "list", QT_TRANSLATE_NOOP("Cli", "các mô hình và số liệu hoạt động năm nay"))
    add = _action(actions, "add", QT_TRANSLATE_NOOP("Cli", "thêm mô hình"))
    add.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("Cli", "tên mô hình"))
    add.add_argument("--kind", choices=_codes(ModelKind), required=True, help=QT_TRANSLATE_NOOP("Cli", "loại mô hình"))
    add.add_argument("--established", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày thành lập (YYYY-MM-DD)"))
    add.add_argument("--host", default="", help=QT_TRANSLATE_NOOP("Cli", "tổ chức chủ trì"))
    add.add_argument("--core", type=int, default=0, help=QT_TRANSLATE_NOOP("Cli", "số thành viên nòng cốt"))
    add.add_argument("--members", type=int, default=0, help=QT_TRANSLATE_NOOP("Cli", "tổng số thành viên"))
    activity = _action(actions, "activity", QT_TRANSLATE_NOOP("Cli", "ghi một buổi hoạt động"))
    activity.add_argument("model", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của mô hình"))
    activity.add_argument("--date", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày (YYYY-MM-DD)"))
    activity.add_argument("--kind", choices=_codes(ActivityKind), required=True, help=QT_TRANSLATE_NOOP("Cli", "loại hoạt động"))
    activity.add_argument("--participants", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "số người tham gia"))
    activity.add_argument("--new", type=int, default=0, help=QT_TRANSLATE_NOOP(
        "Cli", "số người lần đầu được tiếp cận trong năm"))
    given = _action(actions, "supported", QT_TRANSLATE_NOOP("Cli", "ghi số người được hỗ trợ (chỉ ghi số lượng)"))
    given.add_argument("model", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của mô hình"))
    given.add_argument("--date", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày (YYYY-MM-DD)"))
    given.add_argument("--category", choices=_codes(ServiceCategory), required=True, help=QT_TRANSLATE_NOOP("Cli", "loại hỗ trợ"))
    given.add_argument("--people", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "số người được hỗ trợ"))
    summary = _action(actions, "summary", QT_TRANSLATE_NOOP("Cli", "chỉ tiêu T10 của một kỳ"))
    summary.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("Cli", "ví dụ 2026, 2026-Q3, 2026-07"))
    deletions = [_action(actions, name, help) for name, help in (
        ("delete", QT_TRANSLATE_NOOP("Cli", "xóa mô hình")),
        ("delete-activity", QT_TRANSLATE_NOOP("Cli", "xóa một buổi hoạt động đã ghi")),
        ("delete-supported", QT_TRANSLATE_NOOP("Cli", "xóa một lần ghi số người được hỗ trợ")))]
    for deletion in deletions:
        deletion.add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "mã (id)"))
    for sub in (listing, add, activity, given, summary, *deletions):
        _login_options(sub)


@command("mo-hinh", QT_TRANSLATE_NOOP("Cli", "sổ mô hình hỗ trợ tại cộng đồng (chỉ tiêu T10)"), _model_options)
@covers("SupportModelService.save", "SupportModelService.save_activity", "SupportModelService.save_support_given",
        "SupportModelService.delete", "SupportModelService.delete_activity", "SupportModelService.delete_support_given")
def _models(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.support_models
        if args.action == "list":
            for r in s.list_models(actor):
                state = render("cli.model_closed", {"date": f"{r.closed_on:%d/%m/%Y}"}, _language()) if r.closed_on \
                    else translate("Cli", QT_TRANSLATE_NOOP("Cli", "đang hoạt động"), _language())
                say("cli.model_line", id=r.id, name=r.name, kind=r.kind, core=r.core_members, members=r.members,
                    activities=r.activities, reached=r.reached, supported=r.supported, state=state)
        elif args.action == "add":
            print(s.save(actor, SupportModelDraft(name=args.name, kind=args.kind, established_on=args.established,
                                                  host_organisation=args.host, core_members=args.core,
                                                  members=args.members)).value.id)
        elif args.action == "activity":
            print(s.save_activity(actor, args.model, ActivityDraft(args.date, args.kind, args.participants,
                                                                   args.new)).value.id)
        elif args.action == "supported":
            print(s.save_support_given(actor, args.model, SupportGivenDraft(args.date, args.category,
                                                                            args.people)).value.id)
        elif args.action in ("delete", "delete-activity", "delete-supported"):
            if args.action == "delete":
                s.delete(actor, args.id)
            elif args.action == "delete-activity":
                s.delete_activity(actor, args.id)
            else:
                s.delete_support_given(actor, args.id)
            say("cli.deleted", id=args.id)
        else:
            period = periods.parse(args.period)
            t10 = s.summary(actor, period)
            say("cli.t10_heading", period=_period_label(period))
            say("cli.t10_models", count=t10.models_operating)
            say("cli.t10_core", core=t10.core_members, members=t10.members)
            say("cli.t10_activities", count=t10.activities, participants=t10.participants)
            say("cli.t10_reached", count=t10.people_reached)
            say("cli.t10_supported", count=t10.people_supported)
            for category in ServiceCategory:  # the code list's order, in the CLI's language
                if category.value in t10.supported_by_category:
                    name = label(SERVICE_LABELS, category.value, ServiceCategory, _language())
                    print(f"  {name}: {t10.supported_by_category[category.value]}")

    return _run(args, work)
