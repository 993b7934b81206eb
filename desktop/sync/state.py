"""Where the bundle chains stand: last export, what the hub acknowledged, gaps per sending device."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import AdminUnit, ExportedBundle, ImportedBundle, OfficeCard, SyncConflict, SyncState


def last_export_time(session: Session) -> datetime | None:
    """When this office last wrote a bundle (None before the first); the home screen counts from it."""
    return session.execute(select(func.max(ExportedBundle.created_at))).scalar_one_or_none()


def device_state(session: Session, device_id: str) -> SyncState:
    state = session.get(SyncState, device_id)
    if state is None:
        state = SyncState(device_id=device_id, last_sequence=0, last_payload_sha256="")
        session.add(state)
        session.flush()
    return state


def missing_sequences(received: Iterable[int]) -> tuple[int, ...]:
    """Numbers between 1 and the highest received that never arrived."""
    seen = set(received)
    return tuple(n for n in range(1, max(seen, default=0) + 1) if n not in seen)


@dataclass(frozen=True)
class SentBundle:
    bundle_id: str
    sequence: int
    file_name: str
    created_at: datetime
    record_count: int
    file_size: int
    acknowledged_at: datetime | None


def sent_bundles(session: Session, *, unacknowledged_only: bool = False) -> list[SentBundle]:
    stmt = select(ExportedBundle).order_by(ExportedBundle.created_at.desc(), ExportedBundle.sequence.desc())
    if unacknowledged_only:
        stmt = stmt.where(ExportedBundle.acknowledged_at.is_(None))
    return [SentBundle(b.id, b.sequence, b.file_name, b.created_at, b.record_count, b.file_size, b.acknowledged_at)
            for b in session.execute(stmt).scalars()]


@dataclass(frozen=True)
class CommuneStatus:
    """One commune as the hub sees it: its latest bundle, the numbers still missing, open conflicts."""

    origin_unit: str
    unit_code: str
    unit_name: str
    enrolled: bool
    bundles: int
    last_sequence: int | None
    last_created_at: datetime | None
    last_imported_at: datetime | None
    missing: tuple[int, ...]  # sequence numbers never received, over all its devices
    open_conflicts: int


def received_sequences(session: Session) -> dict[tuple[str, str], list[int]]:
    """(sender unit, device) -> sequences imported."""
    result: dict[tuple[str, str], list[int]] = defaultdict(list)
    stmt = select(ImportedBundle.sender_unit, ImportedBundle.sender_device, ImportedBundle.sequence)
    for unit, device, sequence in session.execute(stmt):
        result[(unit, device)].append(sequence)
    return result


def commune_statuses(session: Session) -> list[CommuneStatus]:
    """Every commune that is enrolled here or has sent something, by name."""
    enrolled = {f"{c.unit_code}@{c.admin_version}": c for c in session.execute(
        select(OfficeCard).where(OfficeCard.role == "commune", OfficeCard.revoked_at.is_(None))).scalars()}
    by_unit: dict[str, list[ImportedBundle]] = defaultdict(list)
    for bundle in session.execute(select(ImportedBundle)).scalars():
        by_unit[bundle.sender_unit].append(bundle)
    conflicts = dict(session.execute(select(SyncConflict.origin_unit, func.count()).where(
        SyncConflict.status == "open").group_by(SyncConflict.origin_unit)).all())
    statuses = []
    for unit in sorted(set(enrolled) | set(by_unit)):
        code, _, version = unit.partition("@")
        bundles = by_unit.get(unit, [])
        name_row = session.get(AdminUnit, (code, version))
        devices: dict[str, list[int]] = defaultdict(list)
        for bundle in bundles:
            devices[bundle.sender_device].append(bundle.sequence)
        missing = tuple(sorted({n for seqs in devices.values() for n in missing_sequences(seqs)}))
        last = max(bundles, key=lambda b: (b.created_at, b.sequence), default=None)
        statuses.append(CommuneStatus(
            origin_unit=unit, unit_code=code, unit_name=name_row.name if name_row else code,
            enrolled=unit in enrolled, bundles=len(bundles), last_sequence=last.sequence if last else None,
            last_created_at=last.created_at if last else None, last_imported_at=last.imported_at if last else None,
            missing=missing, open_conflicts=conflicts.get(unit, 0)))
    return sorted(statuses, key=lambda s: s.unit_name)
