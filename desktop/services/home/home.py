"""The home screen's "needs attention" list; each area contributes items through a provider."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from desktop.db import backup as backups
from desktop.db.models import synced_models
from desktop.domain import periods
from desktop.domain.roles import Permission
from desktop.domain.time import office_time
from desktop.services.clients.client_home import client_attention
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, HomeSources, Provider, Severity
from desktop.services.inspections.inspection_home import inspection_items
from desktop.services.register import Register
from desktop.services.registers.registers_home import tip_off_attention
from desktop.services.sync.quarantine_home import held_attention
from desktop.services.sync.sync_home import sync_attention


def outreach_target(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    register = sources.register
    if register.office.is_hub or not actor.can(Permission.VIEW_COUNTS):
        return []
    period = periods.containing(register.clock.today(), periods.PeriodKind.MONTH)
    summary = sources.outreach.summary(actor, period)
    severity = Severity.OK if summary.t1_met else Severity.WARNING
    return [AttentionItem("home.outreach_t1", severity,
                          {"period": period.label_vi(), "period_code": period.code, "sessions": summary.sessions,
                           "participants": summary.participants}, "outreach")]


def last_backup(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    register = sources.register
    if register.on_server:  # the hub's newest dump, whichever analyst's PC took it
        from desktop.services.maintenance.server_maintenance import last_dump_time

        latest = last_dump_time(register)
    else:
        latest = backups.latest_backup_time(register.data_dir.backups)
    if latest is None:
        return [AttentionItem("home.backup_never", Severity.WARNING, {}, "settings")]
    age = register.clock.now() - latest
    severity = Severity.OK if age < timedelta(days=2) else Severity.WARNING
    # The office's clock (+07), whatever zone the PC (or the copy's name) is in.
    return [AttentionItem("home.backup_last", severity, {"when": office_time(latest).strftime("%d/%m/%Y %H:%M"),
                                                         "days": age.days}, "settings")]


def external_backup(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    """A copy on a USB stick or disk is what survives a stolen or burnt PC: remind when it gets old."""
    register = sources.register
    from desktop.db import config as config_file
    from desktop.services.maintenance.maintenance import last_external_backup
    from desktop.domain.time import office_date

    if not actor.can(Permission.BACKUP):
        return []
    with register.uow() as uow:
        latest = last_external_backup(uow.session)
    if latest is None:
        return [AttentionItem("home.external_backup_never", Severity.WARNING, {}, "settings")]
    limit = config_file.load(register.data_dir.config).external_backup_days
    age = register.clock.now() - latest
    when = office_date(latest).strftime("%d/%m/%Y")  # the office's day, not the PC's
    if age > timedelta(days=limit):
        return [AttentionItem("home.external_backup_old", Severity.WARNING, {"days": age.days, "when": when},
                              "settings")]
    return [AttentionItem("home.external_backup_recent", Severity.OK, {"when": when}, "settings")]


def unsent_data(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    """Records changed since the last bundle this office exported (all of them before the first)."""
    register = sources.register
    if register.office.is_hub:
        return []
    if not _hub_card_installed(register):
        # Nothing can be sent before the hub's card is installed: say so rather than "all sent".
        return [AttentionItem("home.no_hub", Severity.INFO, {}, "sync")]
    total = unsent_count(register)
    if total == 0:
        return [AttentionItem("home.all_sent", Severity.OK, {}, "sync")]
    return [AttentionItem("home.unsent", Severity.INFO, {"count": total}, "sync")]


def unsent_count(register: Register) -> int:
    """Records the next bundle would carry: changed since the last export (all of them before the first)."""
    since = _last_export_time(register)
    total = 0
    with register.uow() as uow:
        for model in synced_models():
            stmt = select(func.count()).select_from(model)
            if since is not None:
                stmt = stmt.where(model.updated_at > since)  # type: ignore[attr-defined]  # a Synced model
            total += uow.session.execute(stmt).scalar_one()
    return total


def _hub_card_installed(register: Register) -> bool:
    from desktop.sync.cards import hub_recipients

    with register.uow() as uow:
        return bool(hub_recipients(uow.session))


def _last_export_time(register: Register) -> datetime | None:
    try:
        from desktop.sync.state import last_export_time
    except ImportError:  # the sync area is optional in this build
        return None
    with register.uow() as uow:
        return last_export_time(uow.session)


def inspections_due(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    return inspection_items(sources, actor)


def client_follow_ups(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    return client_attention(sources, actor)


def sync_items(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    return sync_attention(sources.register, actor)


def tip_offs_overdue(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    return tip_off_attention(sources, actor)


def held_back(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    return held_attention(sources.register, actor)


# Areas append their providers here (overdue referrals, inspections due, periods not closed...).
PROVIDERS: list[Provider] = [outreach_target, last_backup, external_backup, unsent_data, inspections_due,
                             client_follow_ups, sync_items, tip_offs_overdue, held_back]


def attention(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    items: list[AttentionItem] = []
    for provider in PROVIDERS:
        items.extend(provider(sources, actor))
    order = [Severity.URGENT, Severity.WARNING, Severity.INFO, Severity.OK]
    return sorted(items, key=lambda i: order.index(i.severity))


class HomeService:
    """The home screen's list and the sync page's pending count, over sources bootstrap built once."""

    def __init__(self, sources: HomeSources) -> None:
        self.sources = sources

    def attention(self, actor: Actor) -> list[AttentionItem]:
        return attention(self.sources, actor)

    def unsent_count(self) -> int:
        return unsent_count(self.sources.register)
