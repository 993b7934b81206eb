"""The commune's home screen: records the hub held back (from its last receipt), each opening the record."""

from __future__ import annotations

import json

from sqlalchemy import select

from desktop.db.models import HeldNotice
from desktop.domain.messages import render
from desktop.domain.roles import Permission
from desktop.services.context import Actor
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.register import Register

# Tables whose page can open one record from a home item's target ("held:<table>:<id>").
OPENS_RECORD = frozenset({"outreach_sessions"})
MAX_ITEMS = 10  # one line each; beyond that one line says how many more


def held_target(table: str, record_id: str) -> str:
    """The home item's target: names the record, so the page that owns the table opens it."""
    return f"held:{table}:{record_id}"


def held_attention(register: Register, actor: Actor) -> list[AttentionItem]:
    if register.office.is_hub or not actor.can(Permission.VIEW_RECORDS):
        return []
    with register.uow() as uow:
        notices = uow.session.execute(select(HeldNotice.table_name, HeldNotice.record_id, HeldNotice.rules)
                                      .order_by(HeldNotice.table_name, HeldNotice.record_id)).all()
    items = []
    for notice in notices[:MAX_ITEMS]:
        # The rules' sentences, in the register's language (Vietnamese first), as the hub's list shows them.
        rules = " ".join(render(r["code"], r.get("params") or {}) for r in json.loads(notice.rules))
        items.append(AttentionItem("home.held_record", Severity.WARNING, {"rules": rules},
                                   held_target(notice.table_name, notice.record_id)))
    if len(notices) > MAX_ITEMS:
        items.append(AttentionItem("home.held_more", Severity.WARNING, {"count": len(notices) - MAX_ITEMS}, "sync"))
    return items
