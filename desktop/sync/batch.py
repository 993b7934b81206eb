"""Importing many bundles: each one atomic, committed to disk in batches."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop.db.errors import storage_errors
from desktop.domain.problems import DomainError
from desktop.sync.importer import BundleReport, Limits, import_bundle, import_session

# A durable commit rewrites every index page a bundle touched (and SQLCipher re-encrypts it);
# one commit per batch instead of per bundle roughly halves a province's import time.
BATCH_RECORDS = 50_000
BATCH_BUNDLES = 500


@dataclass(frozen=True)
class ImportItem:
    """One file of an import: its report, or the refusal's code and parameters."""

    path: Path
    report: BundleReport | None
    error_code: str = ""
    error_params: dict[str, Any] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return self.report is None


# Called inside the transaction for each outcome, so the audit entry commits with the data.
Recorder = Callable[[Session, ImportItem], None]


def import_many(engine: Engine, paths: Sequence[Path], *, now: datetime, actor_id: str, dry_run: bool,
                limits: Limits, record: Recorder, progress: Callable[[int, int], None] | None = None,
                batch_records: int = BATCH_RECORDS) -> list[ImportItem]:
    """Import (or preview) bundles in order; a refused bundle leaves no trace of its own.

    Every refusal but one happens before the bundle's first write, so bundles are applied without
    a savepoint of their own (on SQLCipher a savepoint re-encrypts every page it journals: about a
    tenth of a province's import). If a bundle does fail after writing, the uncommitted batch is
    rolled back and imported again with a savepoint per bundle, which ends the same as if every
    bundle had had one. Nothing reaches the disk until its batch commits; if that commit fails,
    every bundle of the batch is reported refused with the storage error, and the remaining files
    are not tried.
    """
    items: list[ImportItem] = []
    pending: list[int] = []
    records = 0
    start = 0  # the first file not yet committed
    careful = -1  # files up to this index are imported each in its own savepoint
    reported = 0
    with import_session(engine, write=not dry_run) as session:
        index = 0
        while index < len(paths):
            path = paths[index]
            try:
                item = _one(session, path, now=now, actor_id=actor_id, dry_run=dry_run, limits=limits,
                            savepoint=dry_run or index <= careful)
            except _Torn:
                session.rollback()
                del items[start:]
                pending, records = [], 0
                careful, index = index, start
                continue
            if not dry_run:
                record(session, item)
            items.append(item)
            if item.report is not None and item.report.status == "imported":
                pending.append(index)
                records += item.report.records
            if progress is not None and index + 1 > reported:
                reported = index + 1
                progress(index + 1, len(paths))
            index += 1
            if not dry_run and (records >= batch_records or len(pending) >= BATCH_BUNDLES):
                if not _commit(session, items, pending):
                    return _abandon(items, paths, start=index)
                pending, records, start = [], 0, index
        if not dry_run and not _commit(session, items, pending):
            return items
    return items


def _one(session: Session, path: Path, *, now: datetime, actor_id: str, dry_run: bool, limits: Limits,
         savepoint: bool) -> ImportItem:
    if not savepoint:
        raw = session.connection().connection.dbapi_connection
        before = getattr(raw, "total_changes", None)
        try:
            return ImportItem(path, import_bundle(session, path, now=now, actor_id=actor_id, dry_run=False,
                                                  limits=limits))
        except DomainError as error:
            if (error.code == "sync.apply_failed" or getattr(raw, "total_changes", None) != before
                    or session.new or session.dirty or session.deleted):
                raise _Torn from None  # written in part: only a rollback undoes it
            return ImportItem(path, None, error.code, dict(error.params))
    try:
        with session.begin_nested():
            report = import_bundle(session, path, now=now, actor_id=actor_id, dry_run=dry_run, limits=limits)
            if dry_run:
                raise _Preview(report)
        return ImportItem(path, report)
    except _Preview as preview:
        return ImportItem(path, preview.report)
    except DomainError as error:
        return ImportItem(path, None, error.code, dict(error.params))


class _Torn(Exception):
    """A bundle was refused after some of its records were written (outside a savepoint)."""


class _Preview(Exception):
    """Raised to roll a dry run's savepoint back (the plan may have flushed nothing, but be sure)."""

    def __init__(self, report: BundleReport) -> None:
        super().__init__("preview")
        self.report = report


def _commit(session: Session, items: list[ImportItem], pending: list[int]) -> bool:
    try:
        with storage_errors():
            session.commit()
    except DomainError as error:
        for index in pending:
            items[index] = ImportItem(items[index].path, None, error.code, dict(error.params))
        return False
    return True


def _abandon(items: list[ImportItem], paths: Sequence[Path], *, start: int) -> list[ImportItem]:
    error = next(i for i in reversed(items) if i.refused)
    return items + [ImportItem(p, None, error.error_code, error.error_params) for p in paths[start:]]
