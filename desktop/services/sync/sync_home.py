"""Home-screen items of the sync area: unacknowledged bundles and unclosed periods, conflicts and missing reports."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from desktop.db.models import SyncConflict
from desktop.domain import periods
from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.home.first_week import start_date
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.register import Register
from desktop.sync.periods_close import completeness, unclosed_periods
from desktop.sync.state import sent_bundles

# A hub usually answers within days; after this long an unacknowledged bundle may be lost.
UNACKNOWLEDGED_WARN_DAYS = 14


def sync_attention(register: Register, actor: Actor) -> list[AttentionItem]:
    if not actor.can(Permission.SYNC):
        return []
    return _hub_items(register) if register.office.is_hub else _commune_items(register)


def _commune_items(register: Register) -> list[AttentionItem]:
    now, today = register.clock.now(), register.clock.today()
    items = []
    with register.uow() as uow:
        waiting = sent_bundles(uow.session, unacknowledged_only=True)
        unclosed = unclosed_periods(uow.session, today=today, not_before=start_date(uow.session))
    if waiting:
        oldest = min(b.created_at for b in waiting)
        late = now - oldest > timedelta(days=UNACKNOWLEDGED_WARN_DAYS)
        items.append(AttentionItem("home.bundles_unacknowledged", Severity.WARNING if late else Severity.INFO,
                                   {"count": len(waiting), "since": f"{oldest:%d/%m/%Y}"}, "sync"))
    if unclosed:
        items.append(AttentionItem("home.periods_unclosed", Severity.WARNING,
                                   {"count": len(unclosed), "periods": ", ".join(p.label_vi() for p in unclosed),
                                    "period_codes": [p.code for p in unclosed]},
                                   "sync"))
    return items


def _hub_items(register: Register) -> list[AttentionItem]:
    today = register.clock.today()
    last_month = periods.containing(periods.containing(today, periods.PeriodKind.MONTH).start - timedelta(days=1),
                                    periods.PeriodKind.MONTH)
    with register.uow() as uow:
        conflicts = uow.session.execute(select(func.count()).select_from(SyncConflict)
                                        .where(SyncConflict.status == "open")).scalar_one()
        status = completeness(uow.session, province_code=register.office.province_code,
                              period_codes=[last_month.code])
    items = []
    if conflicts:
        items.append(AttentionItem("home.sync_conflicts", Severity.WARNING, {"count": conflicts}, "sync"))
    if status.missing:
        items.append(AttentionItem("home.reports_missing", Severity.INFO,
                                   {"count": status.missing, "expected": status.expected,
                                    "period": last_month.label_vi(), "period_code": last_month.code}, "sync"))
    return items
