"""This device's signing and encryption keys: created at setup, kept inside the encrypted register."""

from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import DeviceKey
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.minisign import SigningKey


def create_device_keys(session: Session, *, device_id: str, now: datetime) -> None:
    """A fresh minisign key pair for signing bundles and an age identity for receiving them."""
    signing = SigningKey.generate()
    session.add(DeviceKey(kind="minisign", key_id=signing.key_id_hex,
                          public=signing.public_key().to_minisign(),
                          secret=base64.b64encode(signing.seed + signing.key_id).decode("ascii"), created_at=now))
    age = AgeIdentity.generate()
    session.add(DeviceKey(kind="age", key_id=age.recipient, public=age.recipient, secret=age.secret, created_at=now))
    session.flush()


def current_key(session: Session, kind: str) -> DeviceKey:
    return session.execute(
        select(DeviceKey).where(DeviceKey.kind == kind, DeviceKey.retired_at.is_(None)).order_by(DeviceKey.created_at.desc())
    ).scalars().first()  # type: ignore[return-value]  # enrolment made one of each kind
