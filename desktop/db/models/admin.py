"""This office's identity, the official unit list, and settings stored inside the encrypted register."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, utcnow


class AdminUnit(Base):
    """A province or commune of the official list, keyed by code and admin version."""

    __tablename__ = "admin_units"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    admin_version: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # "thành phố trung ương" is 20 (PostgreSQL enforces lengths; 0010)


class Office(Base):
    """The single row saying who this installation is: a commune or a hub, and its device id."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(8))  # commune | hub
    province_code: Mapped[str] = mapped_column(String(2))
    unit_code: Mapped[str] = mapped_column(String(5))  # the commune, or the province for a hub
    admin_version: Mapped[str] = mapped_column(String(10))
    unit_name: Mapped[str] = mapped_column(String(120))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def origin_unit(self) -> str:
        return f"{self.unit_code}@{self.admin_version}"


class Setting(Base):
    """Register-wide settings that must be protected with the data (retention, programme version...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
