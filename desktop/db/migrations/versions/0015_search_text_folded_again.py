"""Every row's search text folded again from its own fields (outreach sessions, establishments, partners)

A hub used to keep the `search_text` a commune's bundle carried; since the hub folds it again at import
(desktop/sync/derived.py), rows that arrived before kept the sender's value until they changed: words
found in none of the record's fields, or an empty text that hid the record from every search. This
migration makes every existing row right once, with the forms' own function (domain/search_text.py).
Why a migration and not a rebuild at start-up: desktop/ARCHITECTURE.md, "Derived columns".

Data only, no schema change. Only rows whose text differs are written, and only `search_text`: not
`version` nor `updated_at` (the record did not change; nothing travels again). On SQLite the FTS5 index
of 0011 follows through its AFTER UPDATE OF search_text trigger; on PostgreSQL the trigram index
follows by itself.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.domain.search_text import SEARCH_FIELDS, search_text

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

PAGE = 5000  # rows read at a time (a province hub holds a few hundred thousand), by id: the same on both engines


def upgrade() -> None:
    bind = op.get_bind()
    for name, fields in SEARCH_FIELDS.items():
        table = sa.table(name, sa.column('id', sa.String), sa.column('search_text', sa.Text),
                         *(sa.column(field, sa.Text) for field in fields))
        change = (table.update().where(table.c.id == sa.bindparam('row_id'))
                  .values(search_text=sa.bindparam('folded')))
        last = ''
        while True:
            rows = bind.execute(sa.select(table).where(table.c.id > last).order_by(table.c.id).limit(PAGE)).all()
            if not rows:
                break
            last = rows[-1].id
            stale = [{'row_id': row.id, 'folded': folded} for row in rows
                     if (folded := search_text(name, dict(row._mapping))) != row.search_text]
            if stale:
                bind.execute(change, stale)


def downgrade() -> None:
    # The folded text is what 0014 should have held too: nothing to undo.
    pass
