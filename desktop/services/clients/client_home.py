"""Home-screen items of the client area: overdue referral follow-ups and clients due for erasure."""

from __future__ import annotations

from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, HomeSources, Severity


def client_attention(sources: HomeSources, actor: Actor) -> list[AttentionItem]:
    """Counts only, so a viewer sees them too; opening the list needs the client permission."""
    if sources.register.office.is_hub or not actor.can(Permission.VIEW_COUNTS):
        return []
    overdue = sources.referrals.count_overdue(actor)
    items = [AttentionItem("home.referrals_overdue", Severity.WARNING, {"count": overdue}, "referrals.overdue")
             if overdue else AttentionItem("home.referrals_on_time", Severity.OK, {}, "referrals.overdue")]
    rights = sources.client_rights
    due = rights.count_due_for_erasure(actor)
    if due:
        items.append(AttentionItem("home.clients_due_erasure", Severity.WARNING,
                                   {"count": due, "months": rights.retention_months(actor)}, "clients.erasure"))
    return items
