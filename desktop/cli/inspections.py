"""The inspection area without a window: checklists, T8 coverage, teams, plans and the authority's decisions."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import desktop.cli.text as cli_text
from desktop.cli.registry import _language, _login_options, command, covers, open_services, say
from desktop.domain import periods
from desktop.domain.establishments import BUSINESS_TYPE_LABELS, BusinessType, Coverage
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.inspection_plans import (
    PROGRESS_LABELS,
    TEAM_ROLE_LABELS,
    DecisionDraft,
    MemberDraft,
    PlanDraft,
    PlanEntryDraft,
    TeamDraft,
    TeamKind,
    TeamRole,
)
from desktop.domain.messages import render
from desktop.reports.model import Figure, IndicatorResult, Status
from desktop.services.inspections.inspection_printing import label
from desktop.services.inspections.inspection_record_sheet import decision_text


def _checklist_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--type", dest="business_type", choices=[t.value for t in BusinessType],
                   help=QT_TRANSLATE_NOOP("Cli", "phiếu kiểm tra trống cho loại hình kinh doanh này"))
    p.add_argument("--establishment", help=QT_TRANSLATE_NOOP("Cli", "phiếu điền sẵn thông tin của cơ sở này (mã định danh)"))
    p.add_argument("--version", type=int, help=QT_TRANSLATE_NOOP("Cli", "phiên bản mẫu phiếu (mặc định: mẫu đang áp dụng hôm nay)"))
    p.add_argument("path", help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))


@command("checklist", QT_TRANSLATE_NOOP("Cli", "in phiếu kiểm tra (trống theo loại hình, hoặc điền sẵn cho một cơ sở)"),
         _checklist_options)
@covers("inspection_printing.print_checklist")
def _checklist(args: argparse.Namespace) -> int:
    if bool(args.business_type) == bool(args.establishment):
        raise SystemExit(render("cli.checklist_one_of", {}, _language()))
    services, actor = open_services(args)
    try:
        written = services.printing.print_checklist(
            actor, Path(args.path), business_type=args.business_type, establishment_id=args.establishment,
            template_version=args.version, language=_language()).value
    finally:
        services.register.close()
    print(written)
    return 0


def _record_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("inspection", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của lần kiểm tra"))
    p.add_argument("path", help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))


@command("inspection-record", QT_TRANSLATE_NOOP(
    "Cli", "in biên bản kiểm tra của một lần kiểm tra (không in khi biên bản còn mâu thuẫn)"), _record_options)
@covers("inspection_printing.print_inspection_record")
def _inspection_record(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        written = services.printing.print_inspection_record(actor, args.inspection, Path(args.path),
                                                            language=_language()).value
    finally:
        services.register.close()
    print(written)
    return 0


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _lines(rows: list[Coverage], language: str) -> list[str]:
    lines = []
    for row in rows:
        name = label(BUSINESS_TYPE_LABELS, row.business_type, BusinessType, language) if row.business_type \
            else cli_text.text(QT_TRANSLATE_NOOP("Cli", "Tổng cộng"), language)
        done = f"{row.inspected}/{row.establishments}"
        met = QT_TRANSLATE_NOOP("Cli", "Đạt") if row.met else QT_TRANSLATE_NOOP("Cli", "Chưa đạt")
        lines.append(f"{name:40s} {done:>9s} {_percent(row.percent):>7s}  {cli_text.text(met, language)}")
    return lines


def _t8_lines(t8: IndicatorResult, language: str) -> list[str]:
    """T8 by business type as the year's report gives it, then the total judged against its targets."""
    def line(name: str, figure: Figure, met: str) -> str:
        done = f"{int(figure.numerator or 0)}/{int(figure.denominator or 0)}"
        share = _percent(figure.value) if figure.value is not None else "–"
        return f"{name:40s} {done:>9s} {share:>7s}  {met}".rstrip()

    breakdown = next((b for b in t8.breakdowns if b.dimension == "business_type"), None)
    lines = [line(label(BUSINESS_TYPE_LABELS, r.code, BusinessType, language), r.figure, "")
             for r in (breakdown.rows if breakdown else ()) if r.figure.denominator]
    judged = [t for t in t8.targets if t.status in (Status.MET, Status.NOT_MET)]
    met = " ".join(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Đạt") if t.status is Status.MET
                                 else QT_TRANSLATE_NOOP("Cli", "Chưa đạt"), language) for t in judged)
    return lines + [line(cli_text.text(QT_TRANSLATE_NOOP("Cli", "Tổng cộng"), language), t8.figure, met)]


def _coverage_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--year", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "năm cần tính"))
    p.add_argument("--programme", help=QT_TRANSLATE_NOOP(
        "Cli", "kèm giai đoạn chương trình (mỗi cơ sở ít nhất một lần), ví dụ 2021-01-01..2025-12-31"))


@command("coverage", QT_TRANSLATE_NOOP("Cli", "T8: tỷ lệ cơ sở được kiểm tra trong năm, theo loại hình kinh doanh"), _coverage_options)
def _coverage(args: argparse.Namespace) -> int:
    programme = periods.parse(args.programme) if args.programme else None
    services, actor = open_services(args)
    try:
        # T8 is the indicator engine's: the definitions in force on the year, this office's targets.
        t8 = services.reports.indicator(actor, "T8", periods.year(args.year))
        whole = services.inspections.programme_coverage(actor, programme) if programme else None
    finally:
        services.register.close()
    language = _language()
    if t8 is None or t8.figure.value is None:
        say("cli.coverage_t8_no_data", year=args.year)
    else:
        judged = [t.text for t in t8.targets if t.status in (Status.MET, Status.NOT_MET)]
        targets = ", ".join(judged) if judged else render("cli.coverage_t8_no_target", {}, language)
        say("cli.coverage_t8", year=args.year, targets=targets)
        print("\n".join(_t8_lines(t8, language)))
    if whole is not None and programme is not None:
        print()
        say("cli.coverage_programme", period=programme.label(lambda context, source: translate(context, source, language)))
        print("\n".join(_lines(whole, language)))
    return 0


# --- teams, plans, decisions (issue 9) ------------------------------------------------------------------------

def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.not_a_date", {"value": text}, _language())) from None


def _member(text: str) -> MemberDraft:
    """'Full name|agency|role' (role: leader, deputy, member, secretary)."""
    name, agency, role = (text.split("|") + ["", "member"])[:3]
    return MemberDraft(name.strip(), agency.strip(), role.strip() or "member")


def _entry(text: str) -> PlanEntryDraft:
    """'ESTABLISHMENT_ID@YYYY-MM-DD' or '…@YYYY-MM-DD@surprise'."""
    parts = text.split("@")
    if len(parts) not in (2, 3):
        raise argparse.ArgumentTypeError(render("cli.plan_entry_format", {"value": text}, _language()))
    return PlanEntryDraft(parts[0], _day(parts[1]), parts[2] if len(parts) == 3 else "planned")


def _team_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("Cli", "tên đoàn kiểm tra"))
    p.add_argument("--kind", choices=[k.value for k in TeamKind], default=TeamKind.INTER_AGENCY_178.value,
                   help=QT_TRANSLATE_NOOP("Cli", "loại đoàn"))
    p.add_argument("--decision-number", required=True, help=QT_TRANSLATE_NOOP("Cli", "số quyết định thành lập đoàn"))
    p.add_argument("--decision-date", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày ký quyết định (YYYY-MM-DD)"))
    p.add_argument("--issuer", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "người ký quyết định thành lập, ví dụ \"Chủ tịch UBND xã Xuân Lũng\""))
    p.add_argument("--from", dest="valid_from", type=_day, help=QT_TRANSLATE_NOOP(
        "Cli", "danh sách thành viên có hiệu lực từ ngày (mặc định: ngày quyết định)"))
    p.add_argument("--to", dest="valid_to", type=_day, help=QT_TRANSLATE_NOOP("Cli", "danh sách thành viên có hiệu lực đến ngày (bỏ trống: không thời hạn)"))
    p.add_argument("--member", action="append", type=_member, default=[], help=QT_TRANSLATE_NOOP(
        "Cli", "\"Họ và tên|cơ quan|vai trò\" (vai trò: leader, deputy, member, secretary); mỗi thành viên một lần"))
    p.add_argument("--team", help=QT_TRANSLATE_NOOP("Cli", "sửa đoàn này (mã id) thay vì thêm đoàn mới"))


@command("team", QT_TRANSLATE_NOOP("Cli", "thêm hoặc sửa đoàn kiểm tra và danh sách thành viên (theo quyết định thành lập)"),
         _team_options)
@covers("InspectionPlanService.save_team")
def _team(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        saved = services.inspection_plans.save_team(actor, TeamDraft(
            name=args.name, kind=args.kind, decision_number=args.decision_number, decision_date=args.decision_date,
            decision_issuer=args.issuer, valid_from=args.valid_from or args.decision_date, valid_to=args.valid_to,
            members=tuple(args.member)), team_id=args.team).value
    finally:
        services.register.close()
    print(saved.id)
    return 0


@command("teams", QT_TRANSLATE_NOOP("Cli", "liệt kê các đoàn kiểm tra với quyết định thành lập và thành viên"),
         _login_options)
def _teams(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        teams = services.inspection_plans.teams(actor)
    finally:
        services.register.close()
    for team in teams:
        d = team.draft
        print(f"{team.id}  {d.name} — {d.decision_reference}")
        for m in d.members:
            role = translate("Codes", TEAM_ROLE_LABELS[TeamRole(m.team_role)], _language())
            print(f"    {m.full_name} ({m.agency}) — {role}")
    return 0


def _plan_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--number", required=True, help=QT_TRANSLATE_NOOP("Cli", "số kế hoạch, ví dụ \"12/KH-UBND\""))
    p.add_argument("--title", required=True, help=QT_TRANSLATE_NOOP("Cli", "tên kế hoạch"))
    p.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "kỳ của kế hoạch, ví dụ 2026, 2026-Q3, 2026-01-01..2026-06-30"))
    p.add_argument("--team", required=True, help=QT_TRANSLATE_NOOP("Cli", "mã (id) của đoàn kiểm tra (hoanhap teams)"))
    p.add_argument("--approved", type=_day, help=QT_TRANSLATE_NOOP("Cli", "ngày phê duyệt kế hoạch (YYYY-MM-DD)"))
    p.add_argument("--entry", action="append", type=_entry, default=[], help=QT_TRANSLATE_NOOP(
        "Cli", "MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]; mỗi cơ sở một lần"))
    p.add_argument("--plan", help=QT_TRANSLATE_NOOP("Cli", "sửa kế hoạch này (mã id) thay vì thêm kế hoạch mới"))


@command("plan", QT_TRANSLATE_NOOP("Cli", "thêm hoặc sửa kế hoạch kiểm tra của một kỳ"), _plan_options)
@covers("InspectionPlanService.save_plan")
def _plan(args: argparse.Namespace) -> int:
    period = periods.parse(args.period)
    services, actor = open_services(args)
    try:
        saved = services.inspection_plans.save_plan(actor, PlanDraft(
            number=args.number, title=args.title, period_start=period.start, period_end=period.end,
            team_id=args.team, approved_on=args.approved, entries=tuple(args.entry)), plan_id=args.plan).value
    finally:
        services.register.close()
    print(saved.id)
    return 0


@command("plan-progress", QT_TRANSLATE_NOOP(
    "Cli", "các kế hoạch đang thực hiện: trong kế hoạch / đã kiểm tra / chưa kiểm tra, và T8 so với kế hoạch và "
    "mọi cơ sở"), _login_options)
def _plan_progress(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        plans = services.inspection_plans
        found = [(p, plans.t8(actor, p.period_start, p.period_end, unit=p.origin_unit))
                 for p in plans.current_progress(actor)]
    finally:
        services.register.close()
    language = _language()
    if not found:
        say("cli.no_plan_running")
    for progress, t8 in found:
        say("cli.plan_heading", number=progress.number, title=progress.title,
            start=f"{progress.period_start:%d/%m/%Y}", end=f"{progress.period_end:%d/%m/%Y}")
        print("  " + render("cli.plan_counts", {"planned": progress.planned, "done": progress.done,
                                                "not_done": progress.not_done}, language))
        print("  " + render("cli.plan_t8", {
            "plan_percent": _percent(t8.plan_percent), "planned_inspected": t8.planned_inspected,
            "planned": t8.planned, "operating_percent": _percent(t8.operating_percent),
            "operating_inspected": t8.operating_inspected, "operating": t8.operating}, language))
        for row in progress.rows:
            state = translate("Codes", PROGRESS_LABELS[row.progress], language)
            print(f"    {row.planned_on:%d/%m/%Y}  {row.establishment_name:40s} {state}")
    return 0


def _decision_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--violation", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "mã (id) của hành vi vi phạm (hoanhap decisions --inspection MÃ)"))
    p.add_argument("--number", required=True, help=QT_TRANSLATE_NOOP("Cli", "số quyết định, ví dụ \"18/QĐ-XPHC\""))
    p.add_argument("--date", dest="decided_on", type=_day, required=True, help=QT_TRANSLATE_NOOP("Cli", "ngày ra quyết định (YYYY-MM-DD)"))
    p.add_argument("--authority", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "người có thẩm quyền ra quyết định, ví dụ \"Chủ tịch UBND xã Xuân Lũng\""))
    p.add_argument("--amount", type=int, help=QT_TRANSLATE_NOOP(
        "Cli", "số tiền phạt ghi trong quyết định, đơn vị đồng (ứng dụng không tự tính)"))
    p.add_argument("--penalties", default="", help=QT_TRANSLATE_NOOP(
        "Cli", "hình thức xử phạt bổ sung, ghi đúng như trong quyết định"))
    p.add_argument("--suspends", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "quyết định đình chỉ hoạt động kinh doanh hoặc tước giấy phép"))
    p.add_argument("--paid-on", type=_day, help=QT_TRANSLATE_NOOP("Cli", "ngày đã nộp phạt"))
    p.add_argument("--decision", help=QT_TRANSLATE_NOOP("Cli", "sửa quyết định này (mã id) thay vì thêm mới"))


@command("decision", QT_TRANSLATE_NOOP("Cli", "ghi quyết định của người có thẩm quyền về một hành vi vi phạm"),
         _decision_options)
@covers("SanctionDecisionService.record")
def _decision(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        saved = services.decisions.record(actor, DecisionDraft(
            violation_id=args.violation, number=args.number, decided_on=args.decided_on, authority=args.authority,
            amount_fined=args.amount, additional_penalties=args.penalties, suspends_business=args.suspends,
            paid=args.paid_on is not None, paid_on=args.paid_on), decision_id=args.decision).value
    finally:
        services.register.close()
    print(saved.id)
    return 0


def _decisions_options(p: argparse.ArgumentParser) -> None:
    _login_options(p)
    p.add_argument("--inspection", required=True, help=QT_TRANSLATE_NOOP("Cli", "mã (id) của lần kiểm tra"))


@command("decisions", QT_TRANSLATE_NOOP(
    "Cli", "các hành vi vi phạm của một lần kiểm tra (kèm mã id) và quyết định xử lý từng hành vi"), _decisions_options)
def _decisions(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        record = services.inspections.get(actor, args.inspection)
        decisions = services.decisions.for_inspection(actor, args.inspection)
    finally:
        services.register.close()
    for n, violation in enumerate(record.violations, start=1):
        print(f"{n}. {violation.id}  {violation.draft.description} — {violation.citation}")
        for decision in (d for d in decisions if d.draft.violation_id == violation.id):
            print(f"     {decision.id}  {decision_text(decision.draft)}")
    return 0
