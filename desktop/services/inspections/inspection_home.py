"""Home-screen items of the inspection area: follow-ups due, and establishments not yet inspected this year."""

from __future__ import annotations

from desktop.domain import periods
from desktop.domain.inspections import DATE_FORMAT
from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.reports.model import Status
from desktop.services.home.attention import AttentionItem, HomeSources, Severity

TARGET_PAGE = "establishments"


def inspection_items(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    if sources.register.office.is_hub or not actor.can(Permission.VIEW_RECORDS):
        return []
    return _due_item(sources, actor) + _not_inspected_item(sources, actor) + _plan_items(sources, actor)


def _plan_items(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    """Each plan running today: planned / done / overdue, with T8 against the plan and against every business."""
    plans = sources.inspection_plans
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


def _due_item(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    due = sources.inspections.due_reinspections(actor)
    if not due:
        return []
    overdue = sum(1 for d in due if d.overdue)
    return [AttentionItem("home.reinspections_due", Severity.URGENT if overdue else Severity.WARNING,
                          {"count": len(due), "overdue": overdue, "first_due": due[0].due_on.strftime(DATE_FORMAT)},
                          TARGET_PAGE)]


def _not_inspected_item(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    establishments = sources.establishments
    active = establishments.count(actor, EstablishmentQuery(active_only=True))
    if active == 0:
        return []
    year = sources.register.clock.today().year
    missing = establishments.count(actor, EstablishmentQuery(active_only=True, not_inspected_this_year=True))
    params: dict[str, object] = {"count": missing, "total": active, "year": year}
    severity = Severity.OK if missing == 0 else Severity.INFO
    if missing and actor.can(Permission.VIEW_COUNTS):
        # T8 as the year's report computes it (the definitions in force, this office's targets).
        t8 = sources.reports.indicator(actor, "T8", periods.year(year))
        judged = [t for t in t8.targets if t.status in (Status.MET, Status.NOT_MET)] if t8 else []
        if t8 is not None and t8.figure.value is not None:
            params |= {"percent": round(t8.figure.value, 1)}
        if judged:
            params |= {"target": judged[0].text}
        # Below a yearly T8 target the commune misses it: worth more than a note.
        severity = Severity.WARNING if any(t.status is Status.NOT_MET for t in judged) else Severity.INFO
    return [AttentionItem("home.not_inspected_this_year", severity, params, TARGET_PAGE)]


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")  # Vietnamese decimal comma, as the reports print it
