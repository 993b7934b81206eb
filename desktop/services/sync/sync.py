"""Sync use cases: office cards, sending bundles, receiving them at the hub, receipts, conflicts, closures."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.errors import storage_errors
from desktop.db.files import write_atomically
from desktop.db.models import OfficeCard, SyncConflict
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.sync import cards as office_cards
from desktop.sync import receipts, refusals
from desktop.sync.export import BUNDLE_SUFFIX, ExportResult, export_bundle
from desktop.sync.batch import ImportItem, import_many
from desktop.sync.importer import BundleReport, Limits, import_bundle, import_session, unit_name, verify_own_bundle
from desktop.sync.keys import rotate_device_keys
from desktop.sync.merge import resolve_conflict
from desktop.sync.periods_close import Completeness, close_period, completeness
from desktop.sync.state import CommuneStatus, SentBundle, commune_statuses, sent_bundles

# Everything a sync action can change: the records it carries and the sync pages themselves.
_DATA = Changes.ALL & ~(Changes.ACCOUNTS | Changes.SETTINGS | Changes.BACKUP)


@dataclass(frozen=True)
class CardInfo:
    id: str
    role: str
    unit_code: str
    unit_name: str
    device_id: str
    key_id: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    replaced: bool


@dataclass(frozen=True)
class CardFile:
    name: str
    data: bytes
    fingerprint: str


@dataclass(frozen=True)
class ImportSummary:
    items: tuple[ImportItem, ...]
    receipts: tuple[Path, ...]
    dry_run: bool


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    record_id: str
    origin_unit: str
    unit_name: str
    local_version: int
    local_content: dict[str, Any]
    incoming_version: int
    incoming_content: dict[str, Any]
    detected_at: datetime
    status: str
    resolution: str


def _card_info(row: OfficeCard) -> CardInfo:
    return CardInfo(row.id, row.role, row.unit_code, row.unit_name, row.device_id, row.key_id, row.fingerprint,
                    row.enrolled_at, row.revoked_at, row.replaced_by is not None)


def _conflict_view(row: SyncConflict, name: str) -> ConflictView:
    return ConflictView(row.id, row.table_name, row.record_id, row.origin_unit, name, row.local_version,
                        json.loads(row.local_content), row.incoming_version, json.loads(row.incoming_content),
                        row.detected_at, row.status, row.resolution)


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The bundles named or found (one level deep) in folders, in file-name order: unit, then sequence."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # A name starting with a dot is an export still being written (or one a crash cut short).
            found.extend(sorted(p for p in path.iterdir()
                                if p.suffix == BUNDLE_SUFFIX and not p.name.startswith(".") and p.is_file()))
        else:
            found.append(path)
    if not found:
        raise DomainError("sync.nothing_found", path=", ".join(str(p) for p in paths))
    return found


class SyncService:
    def __init__(self, register: Register, *, limits: Limits = Limits()) -> None:
        self._register = register
        self._limits = limits

    # --- office cards and keys -------------------------------------------------------------

    def own_card(self, actor: Actor) -> CardFile:
        require(actor, Permission.SYNC)
        with self._register.uow() as uow:
            name, data = office_cards.own_card(uow.session, now=self._register.clock.now())
        return CardFile(name, data, office_cards.read_card(data).fingerprint)

    def export_card(self, actor: Actor, folder: Path) -> Outcome[CardFile]:
        card = self.own_card(actor)
        if not folder.is_dir():  # a stick not plugged in: say so, never create a folder on another drive
            raise DomainError("store.folder_missing", path=str(folder))
        write_atomically(folder / card.name, card.data)
        self._audit(actor, "sync.card_export", detail={"file": card.name})
        return Outcome(card, Changes.NONE)

    def read_card(self, actor: Actor, source: Path | bytes) -> office_cards.Card:
        """A card file's contents, to show its unit and fingerprint before anyone trusts it."""
        require(actor, Permission.SYNC)
        return office_cards.read_card(_bytes(source, limit=office_cards.CARD_MAX_BYTES))

    def enrol(self, actor: Actor, source: Path | bytes, *, confirmed_fingerprint: str | None) -> Outcome[CardInfo]:
        require(actor, Permission.MANAGE_SETTINGS)
        card = self.read_card(actor, source)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = office_cards.enrol_card(uow.session, card, confirmed_fingerprint=confirmed_fingerprint, now=now,
                                          actor_id=actor.account_id)
            audit.record(uow.session, actor, "sync.enrol", at=now, entity="office_card", entity_id=row.id,
                         detail={"unit": card.unit_code, "key_id": card.key_id,
                                 "by": "fingerprint" if confirmed_fingerprint is not None else "rotation"})
            uow.commit()
            return Outcome(_card_info(row), Changes.SYNC)

    def revoke(self, actor: Actor, card_id: str) -> Outcome[CardInfo]:
        require(actor, Permission.MANAGE_SETTINGS)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = office_cards.revoke_card(uow.session, card_id, now=now, actor_id=actor.account_id)
            audit.record(uow.session, actor, "sync.revoke", at=now, entity="office_card", entity_id=row.id,
                         detail={"unit": row.unit_code, "key_id": row.key_id})
            uow.commit()
            return Outcome(_card_info(row), Changes.SYNC)

    def cards(self, actor: Actor) -> list[CardInfo]:
        require(actor, Permission.SYNC)
        with self._register.uow() as uow:
            rows = uow.session.execute(select(OfficeCard).order_by(OfficeCard.unit_name, OfficeCard.enrolled_at))
            return [_card_info(row) for row in rows.scalars()]

    def rotate_keys(self, actor: Actor) -> Outcome[CardFile]:
        """New signing and encryption keys; the returned card (countersigned by the old key) goes to the other side."""
        require(actor, Permission.MANAGE_SETTINGS)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            key = rotate_device_keys(uow.session, now=now)
            audit.record(uow.session, actor, "sync.rotate", at=now, entity="device_key", entity_id=key.key_id_hex)
            uow.commit()
        return Outcome(self.own_card(actor), Changes.SYNC)

    # --- the commune: sending ---------------------------------------------------------------

    def export_bundle(self, actor: Actor, folder: Path, *, full: bool = False, close_period: str | None = None,
                      nil: bool = False, split_bytes: int | None = None) -> Outcome[ExportResult]:
        """Write the next bundle (or a full re-send) to `folder`, closing a period first if asked."""
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            if close_period is not None:
                self._close(uow.session, actor, close_period, nil=nil, now=now)

            def commit(result: ExportResult) -> None:
                audit.record(uow.session, actor, "sync.export", at=now, entity="bundle",
                             entity_id=result.files[0].bundle_id, detail={
                                 "files": [f.path.name for f in result.files], "records": result.record_count,
                                 "full": full, "periods_closed": list(result.periods_closed)})
                uow.commit()

            result = export_bundle(uow.session, folder=folder, now=now, author_id=actor.account_id, full=full,
                                   split_bytes=split_bytes, commit=commit)
        return Outcome(result, Changes.SYNC)

    def close_period(self, actor: Actor, period_code: str, *, nil: bool = False) -> Outcome[str]:
        """Sign off a period without sending yet; the declaration travels in the next bundle."""
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            code = self._close(uow.session, actor, period_code, nil=nil, now=now)
            uow.commit()
        return Outcome(code, Changes.SYNC)

    def _close(self, session: Any, actor: Actor, period_code: str, *, nil: bool, now: datetime) -> str:
        row = close_period(session, period_code=period_code, nil_report=nil, now=now,
                           today=self._register.clock.today(), author_id=actor.account_id, signed_by=actor.username)
        audit.record(session, actor, "sync.close_period", at=now, entity="period_closure", entity_id=row.id,
                     detail={"period": row.period_code, "nil": nil})
        return row.period_code

    def sent(self, actor: Actor, *, unacknowledged_only: bool = False) -> list[SentBundle]:
        require(actor, Permission.SYNC)
        with self._register.uow() as uow:
            return sent_bundles(uow.session, unacknowledged_only=unacknowledged_only)

    def import_receipt(self, actor: Actor, source: Path | bytes) -> Outcome[receipts.ReceiptResult]:
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            result = receipts.import_receipt(uow.session, source, now=now)
            audit.record(uow.session, actor, "sync.receipt", at=now, entity="receipt", entity_id=result.receipt_id,
                         detail={"acknowledged": result.acknowledged, "again": result.already_imported})
            uow.commit()
        return Outcome(result, Changes.SYNC)

    def verify_bundle(self, actor: Actor, source: Path | bytes) -> BundleReport:
        """Check a bundle without importing: a dry run at the hub, the commune's own bundle at a commune."""
        require(actor, Permission.SYNC)
        if self._register.office.is_hub:
            with import_session(self._register.engine) as session:
                return import_bundle(session, source, now=self._register.clock.now(), actor_id=actor.account_id,
                                     dry_run=True, limits=self._limits)
        with self._register.uow() as uow:
            return verify_own_bundle(uow.session, source, limits=self._limits)

    # --- the hub: receiving -----------------------------------------------------------------

    def import_bundles(self, actor: Actor, paths: Sequence[Path], *, dry_run: bool = False,
                       receipt_folder: Path | None = None,
                       progress: Callable[[int, int], None] | None = None) -> Outcome[ImportSummary]:
        """Import (or preview) each bundle atomically; one refusal does not stop the others.

        After a real import, a signed receipt per sending commune is written to `receipt_folder`
        (the outbox by default) for that commune to import.
        """
        require(actor, Permission.SYNC)
        now = self._register.clock.now()

        def record(session: Session, item: ImportItem) -> None:
            if item.report is None:
                audit.record(session, actor, "sync.import_refused", at=now, entity="bundle",
                             detail={"file": item.path.name, "code": item.error_code})
            elif item.report.status == "imported":
                r = item.report
                audit.record(session, actor, "sync.import", at=now, entity="bundle", entity_id=r.bundle_id,
                             detail={"file": item.path.name, "sender": r.sender_unit, "sequence": r.sequence,
                                     "new": r.counts.new, "changed": r.counts.changed, "deleted": r.counts.deleted,
                                     "conflicts": r.counts.conflicts, "erased": r.counts.erased, "held": r.counts.held})

        if not dry_run:
            self._refuse_newer_server()
        files = bundle_files(paths)
        with storage_errors():  # a server connection lost mid-import: the open batch was never committed
            items = import_many(self._register.engine, files, now=now, actor_id=actor.account_id,
                                dry_run=dry_run, limits=self._limits, record=record, progress=progress)
        written: list[Path] = []
        senders = {i.report.sender_unit for i in items if i.report and i.report.status != "preview"}
        if not dry_run:
            senders |= self._record_newer(actor, items, now=now)
        if senders and not dry_run:
            folder = receipt_folder or self._register.data_dir.outbox
            with storage_errors(str(folder)):
                folder.mkdir(parents=True, exist_ok=True)
            with self._register.uow() as uow:
                for unit in sorted(senders):
                    written.append(receipts.write_receipt(uow.session, folder=folder, commune_unit=unit, now=now))
        changed = _DATA if any(i.report and i.report.status == "imported" for i in items) else Changes.NONE
        return Outcome(ImportSummary(tuple(items), tuple(written), dry_run), changed)

    def _record_newer(self, actor: Actor, items: Sequence[ImportItem], *, now: datetime) -> set[str]:
        """Communes whose bundle was refused as too new (signature proven): their receipt says why and what to do."""
        newer = [i for i in items if i.error_code == "sync.format_unsupported"]
        if not newer:
            return set()
        senders: set[str] = set()
        with self._register.uow() as uow:
            for item in newer:
                found = refusals.newer_bundle(uow.session, item.path, max_payload_bytes=self._limits.max_payload_bytes)
                if found is None:
                    continue
                senders.add(found.sender_unit)
                if refusals.record_refusal(uow.session, found, now=now, actor_id=actor.account_id):
                    audit.record(uow.session, actor, "sync.refused_newer", at=now, entity="bundle",
                                 entity_id=found.bundle_id, detail={
                                     "sender": found.sender_unit, "sequence": found.sequence,
                                     "format": found.bundle_format, "reads": refusals.hub_reads()})
            uow.commit()
        return senders

    def commune_statuses(self, actor: Actor) -> list[CommuneStatus]:
        require(actor, Permission.SYNC)
        with self._register.uow() as uow:
            return commune_statuses(uow.session)

    def conflicts(self, actor: Actor, *, open_only: bool = True) -> list[ConflictView]:
        require(actor, Permission.SYNC)
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.table_name)
        if open_only:
            stmt = stmt.where(SyncConflict.status == "open")
        with self._register.uow() as uow:
            rows = uow.session.execute(stmt).scalars().all()
            return [_conflict_view(row, unit_name(uow.session, row.origin_unit)) for row in rows]

    def resolve_conflict(self, actor: Actor, conflict_id: str, *, choose: str) -> Outcome[ConflictView]:
        require(actor, Permission.SYNC)
        now = self._register.clock.now()
        self._refuse_newer_server()
        with import_session(self._register.engine, write=True) as session:
            row = resolve_conflict(session, conflict_id, choose=choose, now=now, actor_id=actor.account_id)
            audit.record(session, actor, "sync.resolve", at=now, entity=row.table_name, entity_id=row.record_id,
                         detail={"conflict": row.id, "choose": choose})
            view = _conflict_view(row, unit_name(session, row.origin_unit))
            with storage_errors():
                session.commit()
        return Outcome(view, _DATA)

    def completeness(self, actor: Actor, period_codes: Sequence[str]) -> Completeness:
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return completeness(uow.session, province_code=self._register.office.province_code,
                                period_codes=period_codes)

    # --- helpers ---------------------------------------------------------------------------

    def _refuse_newer_server(self) -> None:
        """The import's own session is not the register's unit of work: ask its write check first.

        On a server that waits out a migration and refuses a schema a newer release made (server_schema).
        """
        if self._register.on_server:
            with self._register.uow(write=True):
                pass

    def _audit(self, actor: Actor, action: str, *, detail: dict[str, Any]) -> None:
        with self._register.uow(write=True) as uow:
            audit.record(uow.session, actor, action, at=self._register.clock.now(), detail=detail)
            uow.commit()


def _bytes(source: Path | bytes, *, limit: int) -> bytes:
    if not isinstance(source, Path):
        return bytes(source)
    try:
        if source.stat().st_size > limit:
            raise DomainError("sync.card_malformed")
        return source.read_bytes()
    except OSError:
        raise DomainError("sync.file_unreadable", path=str(source)) from None
