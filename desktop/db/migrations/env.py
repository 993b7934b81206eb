"""Alembic environment: always run with a connection handed over by desktop.db.migrate."""

from __future__ import annotations

from alembic import context

import desktop.db.models  # noqa: F401 - registers every table
from desktop.db.base import Base
from desktop.db.search_index import is_search_index


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The full-text indexes of migration 0011 are engine-specific and not in the models.
    return not is_search_index(name)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
