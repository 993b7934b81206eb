"""Accounts of this office; local to each PC (a hub's accounts are not a commune's)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, new_id, utcnow


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    # Set when an administrator chose the password (new account, reset, reactivation): the person
    # must replace it at the next login, so nobody else knows it (added by migration 0002).
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    # argon2id hash, only on a hub on a database server (several PCs, no shared keyring; migration 0010).
    password_hash: Mapped[str | None] = mapped_column(String(256), default=None)
