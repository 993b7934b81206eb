"""Home-screen items of the client area: overdue referral follow-ups and clients due for erasure."""

from __future__ import annotations

from desktop.domain.roles import Permission
from desktop.services.clients.client_rights import ClientRightsService
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.clients.referrals import ReferralService
from desktop.services.register import Register


def client_attention(register: Register, actor: Actor) -> list[AttentionItem]:
    """Counts only, so a viewer sees them too; opening the list needs the client permission."""
    if register.office.is_hub or not actor.can(Permission.VIEW_COUNTS):
        return []
    overdue = ReferralService(register).count_overdue(actor)
    items = [AttentionItem("home.referrals_overdue", Severity.WARNING, {"count": overdue}, "referrals.overdue")
             if overdue else AttentionItem("home.referrals_on_time", Severity.OK, {}, "referrals.overdue")]
    rights = ClientRightsService(register)
    due = rights.count_due_for_erasure(actor)
    if due:
        items.append(AttentionItem("home.clients_due_erasure", Severity.WARNING,
                                   {"count": due, "months": rights.retention_months(actor)}, "clients.erasure"))
    return items
