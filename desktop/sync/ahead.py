"""Preparing the next bundle of an import while the current one is written.

What needs no database is done for bundle N+1 on a worker thread while bundle N is written: reading
the container and its envelope, the signature (with the commune's key as the hub held it when the
import began), decrypting, reading and checking every record, the search texts, and the forms' rules
that need nothing but the record itself. The driver releases the GIL while it waits for the server,
so on a second core the two overlap.

Everything that reads or writes the register stays on the importing thread and in order: the key is
looked up again there and must be the very key the signature was checked with (else it is checked
again); the replay and sequence checks, the chain, "already here?", holds, conflicts, the audit.
An outcome found ahead — a value or a refusal — is used at the step where the import would have
found it, so what is refused, and which refusal a bundle gets, stays the same.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import OfficeCard
from desktop.domain.problems import Problem
from desktop.sync import minisign
from desktop.sync.container import read_container
from desktop.sync.export import bundle_comment
from desktop.sync.importer import Envelope, Limits, _envelope, _unpack, _Unpacked
from desktop.sync.minisign import PublicKey
from desktop.sync.rules import check_day, record_problems

# Seconds a thread may hold the GIL while another waits for it, during an import with a worker (Python's default: 0.005).
SWITCH_INTERVAL = 0.0005
# Rules needing the hub's register for some records (a violation's inspection day) are left to the import.
_NEEDS_REGISTER = frozenset({"violations"})


@dataclass
class Ahead:
    """What the worker found for one bundle; each step's outcome is a value or the exception it raised."""

    failure: Exception | None = None  # reading the container or the envelope
    envelope: Envelope | None = None
    payload: bytes = b""
    signature: str = ""
    key: PublicKey | None = None  # the key the signature was checked with (None: not checked here)
    comment: str | None = None
    verify_failure: Exception | None = None
    identities: tuple[str, ...] = ()
    unpacked: _Unpacked | None = None  # None with no unpack_failure: not tried here
    unpack_failure: Exception | None = None
    today: date | None = None
    problems: dict[int, list[Problem]] = field(default_factory=dict)  # id(record) -> its own rules' problems


def prepare(source: Path, *, limits: Limits, keys: dict[str, str], identities: tuple[str, ...]) -> Ahead:
    """The database-free steps for `source`, stopping at the first that fails or needs the register."""
    ahead = Ahead(identities=identities)
    try:
        container = read_container(source, max_payload_bytes=limits.max_payload_bytes)
        ahead.envelope = envelope = _envelope(container.envelope)
    except Exception as error:  # noqa: BLE001 - raised again by the import, at its step
        ahead.failure = error
        return ahead
    ahead.payload, ahead.signature = container.payload, container.signature
    text = keys.get(envelope.key_id)
    try:
        key = PublicKey.from_minisign(text) if text is not None else None
    except Exception:  # noqa: BLE001 - a stored key that does not read: the import finds it so itself
        key = None
    if key is None:
        return ahead
    ahead.key = key
    try:
        ahead.comment = minisign.verify(key, container.payload, container.signature)
    except Exception as error:  # noqa: BLE001 - raised again by the import, at its step
        ahead.verify_failure = error
        return ahead
    if ahead.comment != bundle_comment(envelope.raw):
        return ahead  # refused by the import (sync.envelope_mismatch); nothing here is decrypted
    try:
        ahead.unpacked = unpacked = _unpack(container.payload, envelope, identities=list(identities), limits=limits)
    except Exception as error:  # noqa: BLE001 - raised again by the import, at its step
        ahead.unpack_failure = error
        return ahead
    ahead.today = today = check_day(envelope.created_at)
    ahead.problems = {id(record): record_problems(batch.spec.name, record, today=today)
                      for batch in unpacked.incoming if batch.spec.name not in _NEEDS_REGISTER
                      for record in batch.records}
    return ahead


class Prefetch:
    """Bundle `index + 1` prepared on a worker thread while the caller imports bundle `index`.

    Each prepared bundle is handed out once: a bundle imported again (after a rollback) is checked
    from the start by the import itself.
    """

    def __init__(self, session: Session, paths: Sequence[Path], *, limits: Limits,
                 identities: Sequence[str]) -> None:
        # The commune keys as they are now: only to check signatures ahead; the import looks each up again.
        self._keys = {key_id: text for key_id, text in session.execute(
            select(OfficeCard.key_id, OfficeCard.minisign_public).where(OfficeCard.role == "commune"))}
        self._paths = paths
        self._limits = limits
        self._identities = tuple(identities)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle-ahead")
        self._interval = sys.getswitchinterval()
        # The importing thread mostly waits for the server; when the answer comes it must get the GIL back
        # at once, not after the worker's default 5 ms slice (a bundle costs some twenty answers).
        sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL))
        self._futures: dict[int, Future[Ahead]] = {}
        self._submitted: set[int] = set()
        self._submit(0)

    def _submit(self, index: int) -> None:
        if index < len(self._paths) and index not in self._submitted:
            self._submitted.add(index)
            self._futures[index] = self._executor.submit(
                prepare, self._paths[index], limits=self._limits, keys=self._keys, identities=self._identities)

    def take(self, index: int) -> Ahead | None:
        """Bundle `index` prepared (None: import it from the start), the next one started meanwhile."""
        future = self._futures.pop(index, None)
        self._submit(index + 1)
        return None if future is None else future.result()

    def close(self) -> None:
        for future in self._futures.values():
            future.cancel()
        self._executor.shutdown(wait=True)
        sys.setswitchinterval(self._interval)

    def __enter__(self) -> Prefetch:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
