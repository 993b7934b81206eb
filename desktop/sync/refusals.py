"""A bundle in a format newer than this hub reads: who sent it, proven, so the hub can answer in a receipt.

The hub cannot read a newer payload, but the outer container (envelope, age payload, minisign
signature) has stayed the same since format 1, so it can still check that an enrolled commune
signed the file and which bundle and sequence number it is. Only such a proven bundle is
recorded: a receipt never tells a commune to wait because of a file someone else made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import ImportedBundle, RefusedBundle
from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.cards import trusted_card
from desktop.sync.container import read_container
from desktop.sync.format import CURRENT
from desktop.sync.minisign import PublicKey

FORMAT_NEWER = "format_newer"


@dataclass(frozen=True)
class NewerBundle:
    bundle_id: str
    sender_unit: str
    sender_device: str
    key_id: str
    sequence: int
    bundle_format: int


def newer_bundle(session: Session, source: Path | bytes, *, max_payload_bytes: int) -> NewerBundle | None:
    """The signed facts of a bundle refused as too new, or None when they cannot be proven."""
    try:
        container = read_container(source, max_payload_bytes=max_payload_bytes)
        raw = container.envelope
        facts = _facts(raw)
        if facts is None or facts.bundle_format <= hub_reads():
            return None
        card = trusted_card(session, facts.key_id, role="commune")
        if card.origin_unit != facts.sender_unit or card.device_id != facts.sender_device:
            return None
        comment = minisign.verify(PublicKey.from_minisign(card.minisign_public), container.payload,
                                  container.signature)
    except DomainError:
        return None
    # The signed comment must name this bundle and number, so the envelope cannot be re-labelled.
    words = set(comment.split())
    if f"id={facts.bundle_id}" not in words or f"sequence={facts.sequence}" not in words:
        return None
    return facts


def hub_reads() -> int:
    """The newest bundle format this release reads (named in the refusal receipt)."""
    return CURRENT


def _facts(raw: dict[str, Any]) -> NewerBundle | None:
    values = (raw.get("bundle_id"), raw.get("sender_unit"), raw.get("sender_device"), raw.get("sender_key_id"))
    sequence, version = raw.get("sequence"), raw.get("format")
    if not all(isinstance(v, str) and 0 < len(v) <= 36 for v in values):
        return None
    if type(sequence) is not int or type(version) is not int or not 1 <= sequence < 2**31:
        return None
    bundle_id, unit, device, key_id = values
    assert isinstance(bundle_id, str) and isinstance(unit, str) and isinstance(device, str) and isinstance(key_id, str)
    if len(unit) > 24 or len(key_id) != 16:
        return None
    return NewerBundle(bundle_id, unit, device, key_id, sequence, version)


def record_refusal(session: Session, bundle: NewerBundle, *, now: datetime, actor_id: str) -> bool:
    """Remember the refusal once (a second try of the same file changes nothing); True if new."""
    if session.get(RefusedBundle, bundle.bundle_id) is not None:
        return False
    session.add(RefusedBundle(id=bundle.bundle_id, sender_unit=bundle.sender_unit, sender_device=bundle.sender_device,
                              key_id=bundle.key_id, sequence=bundle.sequence, bundle_format=bundle.bundle_format,
                              reason=FORMAT_NEWER, refused_at=now, refused_by=actor_id))
    session.flush()
    return True


def refused_for(session: Session, commune_unit: str) -> list[dict[str, Any]]:
    """The receipt's `refused` list: this commune's refused bundles not imported since (after an update)."""
    r = RefusedBundle
    imported = select(ImportedBundle.id)
    rows = session.execute(select(r).where(r.sender_unit == commune_unit, r.id.not_in(imported))
                           .order_by(r.sender_device, r.sequence)).scalars()
    return [{"bundle_id": row.id, "device": row.sender_device, "sequence": row.sequence, "format": row.bundle_format,
             "reason": row.reason} for row in rows]
