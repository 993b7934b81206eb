"""Alembic environment: always run with a connection handed over by desktop.db.migrate."""

from __future__ import annotations

from alembic import context

import desktop.db.models  # noqa: F401 - registers every table
from desktop.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
