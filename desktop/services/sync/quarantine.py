"""The hub's quarantine: records held back because they break a domain rule, listed and released with a reason."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.db.errors import storage_errors
from desktop.db.models import QuarantinedRecord
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission, Role
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.sync.importer import import_session, unit_name
from desktop.sync.quarantine import held_counts, release

_DATA = Changes.ALL & ~(Changes.ACCOUNTS | Changes.SETTINGS | Changes.BACKUP)


@dataclass(frozen=True)
class HeldView:
    id: str
    table_name: str
    record_id: str
    version: int
    origin_unit: str
    unit_name: str
    bundle_id: str
    rules: tuple[dict[str, Any], ...]  # {"code", "field", "params"}
    content: dict[str, Any]
    held_at: datetime
    status: str
    release_reason: str

    def rule_text(self, language: str = "vi") -> str:
        """The broken rules as sentences of the user's language, with the field each concerns."""
        return " ".join(f"{r['field']}: {render(r['code'], r['params'], language)}" if r["field"]
                         else render(r["code"], r["params"], language) for r in self.rules)


def _view(row: QuarantinedRecord, name: str) -> HeldView:
    return HeldView(row.id, row.table_name, row.record_id, row.record_version, row.origin_unit, name, row.bundle_id,
                    tuple(json.loads(row.rules)), json.loads(row.content), row.held_at, row.status,
                    row.release_reason)


class QuarantineService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def held(self, actor: Actor, *, open_only: bool = True) -> list[HeldView]:
        require(actor, Permission.VIEW_RECORDS)
        stmt = select(QuarantinedRecord).order_by(QuarantinedRecord.held_at, QuarantinedRecord.origin_unit,
                                                  QuarantinedRecord.table_name)
        if open_only:
            stmt = stmt.where(QuarantinedRecord.status == "held")
        with self._register.uow() as uow:
            names: dict[str, str] = {}
            rows = uow.session.execute(stmt).scalars().all()
            return [_view(row, names.setdefault(row.origin_unit, unit_name(uow.session, row.origin_unit)))
                    for row in rows]

    def held_counts(self, actor: Actor) -> dict[str, int]:
        """Records held back per commune (origin unit): the completeness view shows them."""
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return held_counts(uow.session)

    def release(self, actor: Actor, hold_id: str, *, reason: str) -> Outcome[HeldView]:
        """An officer or administrator lets a held record into the figures; the reason goes to the audit log."""
        if actor.role is Role.VIEWER:
            raise DomainError("sync.quarantine_viewer")
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        with import_session(self._register.engine) as session:
            row = release(session, hold_id, reason=reason, now=now, actor_id=actor.account_id)
            audit.record(session, actor, "sync.quarantine_release", at=now, entity=row.table_name,
                         entity_id=row.record_id, detail={"hold": row.id, "reason": row.release_reason,
                                                          "rules": [r["code"] for r in json.loads(row.rules)]})
            view = _view(row, unit_name(session, row.origin_unit))
            with storage_errors():
                session.commit()
        return Outcome(view, _DATA)
