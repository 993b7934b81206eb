"""Declarative base, the columns every synced record carries, and the local-only marker."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Column.info key: a local-only column never enters a bundle or a hub export (DESIGN §4).
LOCAL_ONLY = "local_only"

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and returns them aware, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}
    if TYPE_CHECKING:  # every model here maps one Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


def local_only(*args: Any, **kwargs: Any) -> Any:
    """A mapped_column that stays on this PC: marked so sync and hub exports skip it."""
    info = dict(kwargs.pop("info", {}))
    info[LOCAL_ONLY] = True
    return mapped_column(*args, info=info, **kwargs)


class Synced:
    """Columns of every record that travels in bundles (DESIGN §4).

    `origin_unit` is the tagged commune code ('08500@2025-07'); `version` rises by one per
    change and decides merges at the hub; `deleted_at` marks a tombstone.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_unit: Mapped[str] = mapped_column(String(24), index=True)
    origin_device: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    author: Mapped[str | None] = mapped_column(String(36), default=None)

    def record_change(self, *, author: str, at: datetime) -> None:
        """Every change raises the version, so the hub's merge sees it (DESIGN §5)."""
        self.version += 1
        self.author = author
        self.updated_at = at

    def tombstone(self, *, author: str, at: datetime) -> None:
        """Deleted, not removed: the tombstone travels to the hub like any other change."""
        self.deleted_at = at
        self.record_change(author=author, at=at)


def local_only_columns(model: type[Base]) -> frozenset[str]:
    return frozenset(c.name for c in model.__table__.columns if c.info.get(LOCAL_ONLY))
