"""Home-screen items of the inspection area: follow-ups due, and establishments not yet inspected this year."""

from __future__ import annotations

from desktop.domain.inspections import DATE_FORMAT
from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.establishments.establishments import EstablishmentQuery, EstablishmentService
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.inspections.inspections import InspectionService
from desktop.services.register import Register

TARGET_PAGE = "establishments"


def inspection_items(register: Register, actor: Actor) -> list[AttentionItem]:
    if register.office.is_hub or not actor.can(Permission.VIEW_RECORDS):
        return []
    return _due_item(register, actor) + _not_inspected_item(register, actor) + _plan_items(register, actor)


def _plan_items(register: Register, actor: Actor) -> list[AttentionItem]:
    """Each plan running today: planned / done / overdue, with T8 against the plan and against every business."""
    from desktop.services.inspections.inspection_plans import InspectionPlanService  # late: keeps home's imports light

    plans = InspectionPlanService(register)
    items = []
    for progress in plans.current_progress(actor):
        t8 = plans.t8(actor, progress.period_start, progress.period_end) if actor.can(Permission.VIEW_COUNTS) \
            else None
        severity = Severity.WARNING if progress.not_done else Severity.OK if progress.done == progress.planned \
            else Severity.INFO
        items.append(AttentionItem("home.plan_progress", severity, {
            "number": progress.number, "planned": progress.planned, "done": progress.done,
            "not_done": progress.not_done,
            "plan_percent": _percent(t8.plan_percent) if t8 else "–",
            "all_percent": _percent(t8.operating_percent) if t8 else "–"},
            TARGET_PAGE))
    return items


def _due_item(register: Register, actor: Actor) -> list[AttentionItem]:
    due = InspectionService(register).due_reinspections(actor)
    if not due:
        return []
    overdue = sum(1 for d in due if d.overdue)
    return [AttentionItem("home.reinspections_due", Severity.URGENT if overdue else Severity.WARNING,
                          {"count": len(due), "overdue": overdue, "first_due": due[0].due_on.strftime(DATE_FORMAT)},
                          TARGET_PAGE)]


def _not_inspected_item(register: Register, actor: Actor) -> list[AttentionItem]:
    establishments = EstablishmentService(register)
    active = establishments.count(actor, EstablishmentQuery(active_only=True))
    if active == 0:
        return []
    year = register.clock.today().year
    missing = establishments.count(actor, EstablishmentQuery(active_only=True, not_inspected_this_year=True))
    params: dict[str, object] = {"count": missing, "total": active, "year": year}
    severity = Severity.OK if missing == 0 else Severity.INFO
    if missing and actor.can(Permission.VIEW_COUNTS):
        total = InspectionService(register).yearly_coverage(actor, year)[-1]
        params |= {"percent": total.percent, "target": round(float(total.target) * 100)}
        # Below the yearly T8 share the commune misses its target: worth more than a note.
        severity = Severity.INFO if total.met else Severity.WARNING
    return [AttentionItem("home.not_inspected_this_year", severity, params, TARGET_PAGE)]


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")  # Vietnamese decimal comma, as the reports print it
