"""Home-screen item of the tip-off register: tip-offs still open past the province's yardstick."""

from __future__ import annotations

from desktop.domain.roles import Permission
from desktop.domain.tip_offs import HANDLING_DAYS
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.register import Register
from desktop.services.registers.tip_offs import TipOffQuery, TipOffService


def tip_off_attention(register: Register, actor: Actor) -> list[AttentionItem]:
    if register.office.is_hub or not actor.can(Permission.VIEW_TIP_OFFS):
        return []
    late = TipOffService(register).count(actor, TipOffQuery(overdue_only=True))
    if not late:
        return []
    return [AttentionItem("home.tip_offs_overdue", Severity.WARNING, {"count": late, "days": HANDLING_DAYS},
                          "tip_offs")]
