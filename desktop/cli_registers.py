"""`hoanhap tin-bao …` and `hoanhap mo-hinh …`: the tip-off and support model registers without a window (T9, T10)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.cli import _language, _login_options, command, open_services
from desktop.domain import periods
from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.messages import render
from desktop.domain.problems import ValidationFailed
from desktop.domain.support_models import ActivityDraft, ActivityKind, ModelKind, SupportGivenDraft, SupportModelDraft
from desktop.domain.tip_offs import Channel, HandlingOutcome, Recipient, Subject, TipOffDraft, VerificationResult
from desktop.services.inspection_printing import label
from desktop.services.tip_offs import TipOffQuery


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày phải viết dạng YYYY-MM-DD (date as YYYY-MM-DD): {text}") from None


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
    listing = actions.add_parser("list", help="danh sách tin báo (list tip-offs; never the description)")
    listing.add_argument("--year", type=int)
    listing.add_argument("--open", action="store_true", help="chỉ tin báo chưa xử lý xong (open ones only)")
    add = actions.add_parser("add", help="ghi nhận tin báo mới (record a tip-off)")
    add.add_argument("--received", type=_day, required=True)
    add.add_argument("--channel", choices=_codes(Channel), required=True)
    add.add_argument("--subject", choices=_codes(Subject), required=True)
    add.add_argument("--description", required=True, help="ngắn gọn, trung lập, không ghi họ tên (stays on this PC)")
    add.add_argument("--establishment", help="mã (id) cơ sở trong danh sách")
    update = actions.add_parser("update", help="cập nhật xác minh, chuyển, xử lý (update verification/handling)")
    update.add_argument("id")
    update.add_argument("--verified", type=_day)
    update.add_argument("--result", choices=_codes(VerificationResult))
    update.add_argument("--passed-on", type=_day)
    update.add_argument("--to", choices=_codes(Recipient))
    update.add_argument("--handled", type=_day)
    update.add_argument("--outcome", choices=_codes(HandlingOutcome))
    summary = actions.add_parser("summary", help="chỉ tiêu T9 của một kỳ (T9 for a period)")
    summary.add_argument("--period", required=True, help="ví dụ 2026, 2026-Q3, 2026-07")
    for sub in (listing, add, update, summary):
        _login_options(sub)


@command("tin-bao", "sổ tin báo, tố giác về mại dâm (tip-offs register, T9)", _tip_off_options)
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
        else:
            period = periods.parse(args.period)
            t9 = s.summary(actor, period)
            share = "–" if t9.handled_percent is None else f"{t9.handled_percent:.1f}".replace(".", ",") + "%"
            median = "–" if t9.median_days is None else f"{t9.median_days:g}".replace(".", ",")
            print(f"T9 — {period.label_vi()}")
            print(f"Tiếp nhận: {t9.received}\nĐã xác minh: {t9.verified}\nĐã chuyển xử lý: {t9.passed_on}\n"
                  f"Đã xử lý xong: {t9.handled} ({share})\nXử lý trong {t9.within_days} ngày: {t9.handled_within}\n"
                  f"Số ngày xử lý (trung vị): {median}")

    return _run(args, work)


# --- support models ------------------------------------------------------------------------------


def _model_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="các mô hình và hoạt động năm nay (models and this year's figures)")
    add = actions.add_parser("add", help="thêm mô hình (add a model)")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=_codes(ModelKind), required=True)
    add.add_argument("--established", type=_day, required=True)
    add.add_argument("--host", default="")
    add.add_argument("--core", type=int, default=0, help="số thành viên nòng cốt (core members)")
    add.add_argument("--members", type=int, default=0)
    activity = actions.add_parser("activity", help="ghi một buổi hoạt động (record an activity)")
    activity.add_argument("model")
    activity.add_argument("--date", type=_day, required=True)
    activity.add_argument("--kind", choices=_codes(ActivityKind), required=True)
    activity.add_argument("--participants", type=int, required=True)
    activity.add_argument("--new", type=int, default=0, help="người mới trong năm (people new this year)")
    given = actions.add_parser("supported", help="ghi số người được hỗ trợ (people supported, a count)")
    given.add_argument("model")
    given.add_argument("--date", type=_day, required=True)
    given.add_argument("--category", choices=_codes(ServiceCategory), required=True)
    given.add_argument("--people", type=int, required=True)
    summary = actions.add_parser("summary", help="chỉ tiêu T10 của một kỳ (T10 for a period)")
    summary.add_argument("--period", required=True)
    for sub in (listing, add, activity, given, summary):
        _login_options(sub)


@command("mo-hinh", "sổ mô hình hỗ trợ tại cộng đồng (community support models, T10)", _model_options)
def _models(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.support_models
        if args.action == "list":
            for r in s.list_models(actor):
                state = f"ngừng {r.closed_on:%d/%m/%Y}" if r.closed_on else "đang hoạt động"
                print(f"{r.id}  {r.name} ({r.kind}) — nòng cốt {r.core_members}/{r.members}, "
                      f"năm nay: {r.activities} hoạt động, {r.reached} người tiếp cận, {r.supported} người được hỗ trợ;"
                      f" {state}")
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
        else:
            period = periods.parse(args.period)
            t10 = s.summary(actor, period)
            print(f"T10 — {period.label_vi()}")
            print(f"Mô hình đang hoạt động: {t10.models_operating}\nThành viên nòng cốt: {t10.core_members} / "
                  f"{t10.members}\nBuổi hoạt động: {t10.activities} ({t10.participants} lượt người)\n"
                  f"Người được tiếp cận: {t10.people_reached}\nNgười được hỗ trợ: {t10.people_supported}")
            for category in ServiceCategory:  # the code list's order, in the CLI's language
                if category.value in t10.supported_by_category:
                    name = label(SERVICE_LABELS, category.value, ServiceCategory, _language())
                    print(f"  {name}: {t10.supported_by_category[category.value]}")

    return _run(args, work)
