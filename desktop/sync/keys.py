"""This device's keys in use: the signing key, every identity that may decrypt, and rotation."""

from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import DeviceKey, Office
from desktop.domain.problems import DomainError
from desktop.sync.identity import create_device_keys, current_key
from desktop.sync.minisign import SEED_BYTES, SigningKey


def own_office(session: Session) -> Office:
    office = session.execute(select(Office)).scalar_one_or_none()
    if office is None:
        raise DomainError("store.corrupt")
    return office


def signing_key(row: DeviceKey) -> SigningKey:
    raw = base64.b64decode(row.secret)
    return SigningKey.from_seed(raw[:SEED_BYTES], raw[SEED_BYTES:])


def current_signing_key(session: Session) -> SigningKey:
    row = current_key(session, "minisign")
    if row is None:
        raise DomainError("store.corrupt")
    return signing_key(row)


def current_recipient(session: Session) -> str:
    row = current_key(session, "age")
    if row is None:
        raise DomainError("store.corrupt")
    return row.public


def all_identities(session: Session) -> list[str]:
    """Current and retired age identities: bundles encrypted before a rotation still open."""
    rows = session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")
                           .order_by(DeviceKey.created_at.desc())).scalars()
    return list(rows)


def own_signing_keys(session: Session) -> dict[str, SigningKey]:
    """Every signing key this device ever had, by key id (to check its own bundles)."""
    rows = session.execute(select(DeviceKey).where(DeviceKey.kind == "minisign")).scalars()
    return {row.key_id: signing_key(row) for row in rows}


def previous_signing_key(session: Session) -> SigningKey | None:
    """The key retired by the latest rotation, which vouches for its successor on the new card."""
    row = session.execute(select(DeviceKey).where(DeviceKey.kind == "minisign", DeviceKey.retired_at.is_not(None))
                          .order_by(DeviceKey.retired_at.desc(), DeviceKey.created_at.desc())).scalars().first()
    return None if row is None else signing_key(row)


def rotate_device_keys(session: Session, *, now: datetime) -> SigningKey:
    """Retire the current signing and encryption keys and make new ones; returns the new signing key.

    Retired keys stay in the register: the new office card is countersigned with the old
    signing key, and bundles or receipts encrypted to the old recipient can still be read.
    """
    for row in session.execute(select(DeviceKey).where(DeviceKey.retired_at.is_(None))).scalars():
        row.retired_at = now
    session.flush()
    create_device_keys(session, device_id=own_office(session).device_id, now=now)
    return current_signing_key(session)
