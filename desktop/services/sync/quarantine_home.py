"""The commune's home screen: records the hub held back (from its last receipt), each opening the record."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.base import Base
from desktop.db.models import HeldNotice
from desktop.domain.messages import render
from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.register import Register

# Tables whose page can open one record from a home item's target ("held:<table>:<id>").
OPENS_RECORD = frozenset({"outreach_sessions", "clients", "establishments", "inspections", "tip_offs",
                          "support_models"})
# A record edited inside another's form: its table -> (the owner's table, the column naming the owner).
# A held service contact opens its client's record; a held violation, its inspection; and so on up the chain.
OWNERS: dict[str, tuple[str, str]] = {
    "client_contacts": ("clients", "client_id"), "client_status_changes": ("clients", "client_id"),
    "consents": ("clients", "client_id"), "referrals": ("clients", "client_id"),
    "inspection_results": ("inspections", "inspection_id"), "violations": ("inspections", "inspection_id"),
    "sanction_decisions": ("violations", "violation_id"),
    "support_activities": ("support_models", "model_id"), "support_given": ("support_models", "model_id"),
}
MAX_ITEMS = 10  # one line each; beyond that one line says how many more


def held_target(table: str, record_id: str) -> str:
    """The home item's target: names the record, so the page that owns the table opens it."""
    return f"held:{table}:{record_id}"


def record_to_open(session: Session, table: str, record_id: str) -> tuple[str, str] | None:
    """The record whose form shows a held one (itself, or its owner), or None when no page opens it."""
    seen = 0
    while table in OWNERS and seen < len(OWNERS):
        owner, column = OWNERS[table]
        found = Base.metadata.tables[table]
        owner_id = session.execute(select(found.c[column]).where(found.c.id == record_id)).scalar_one_or_none()
        if owner_id is None:
            return None  # the commune no longer has it (erased): nothing to open
        table, record_id, seen = owner, str(owner_id), seen + 1
    return (table, record_id) if table in OPENS_RECORD else None


def held_attention(register: Register, actor: Actor) -> list[AttentionItem]:
    if register.office.is_hub or not actor.can(Permission.VIEW_RECORDS):
        return []
    with register.uow() as uow:
        notices = uow.session.execute(select(HeldNotice.table_name, HeldNotice.record_id, HeldNotice.rules)
                                      .order_by(HeldNotice.table_name, HeldNotice.record_id)).all()
        opened = [record_to_open(uow.session, n.table_name, n.record_id) for n in notices[:MAX_ITEMS]]
    items = []
    for notice, found in zip(notices[:MAX_ITEMS], opened, strict=True):
        # The rules' sentences, in the register's language (Vietnamese first), as the hub's list shows them.
        rules = " ".join(render(r["code"], r.get("params") or {}) for r in json.loads(notice.rules))
        # A record no page opens (a partner, a period closure…) leads to the sync page, where receipts are.
        target = held_target(*found) if found is not None else "sync"
        items.append(AttentionItem("home.held_record", Severity.WARNING, {"rules": rules}, target))
    if len(notices) > MAX_ITEMS:
        items.append(AttentionItem("home.held_more", Severity.WARNING, {"count": len(notices) - MAX_ITEMS}, "sync"))
    return items
