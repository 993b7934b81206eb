"""This device's own keys (secret halves never leave the encrypted register)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, new_id, utcnow


class DeviceKey(Base):
    """A signing (minisign Ed25519) or encryption (age X25519) key of this device; rotated, never edited."""

    __tablename__ = "device_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # "minisign" | "age"
    key_id: Mapped[str] = mapped_column(String(64))  # minisign key id (hex) or age recipient
    public: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)
