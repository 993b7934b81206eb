"""Full-text index for searching the long lists (outreach sessions, establishments) at hub scale; an index of open holds

SQLite/SQLCipher: an FTS5 table with the trigram tokenizer per list (external content: the table's
own search_text by rowid, no second copy of the text), kept in step by triggers, filled from the
rows already there. PostgreSQL: the pg_trgm extension and a GIN trigram index on search_text.
The DDL is written out here (not imported from desktop.db.search_index) so this revision never
changes; no row is touched. quarantined_records gets an index on (origin_unit, status): a commune's
open holds are read at every import and every receipt; outreach_sessions a covering index for the
page's summary strip, establishments two indexes in the list's order (folded name).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 11:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TABLES = ("outreach_sessions", "establishments")


def _sqlite_up(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        (f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', content_rowid='rowid', "
         "tokenize='trigram')"),
        (f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
         f"INSERT INTO {fts} (rowid, search_text) VALUES (new.rowid, new.search_text); END"),
        (f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
         f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END"),
        (f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} BEGIN "
         f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
         f"INSERT INTO {fts} (rowid, search_text) VALUES (new.rowid, new.search_text); END"),
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    ]


SUMMARY_COLUMNS = ['deleted_at', 'held_on', 'form', 'participants_total', 'participants_male', 'participants_female',
                   'participants_other', 'target_members']


def upgrade() -> None:
    # Plain CREATE INDEX (no batch): rebuilding a table would drop the triggers made below.
    op.create_index('ix_quarantined_records_open', 'quarantined_records', ['origin_unit', 'status'], unique=False)
    op.create_index('ix_outreach_sessions_summary', 'outreach_sessions', SUMMARY_COLUMNS, unique=False)
    op.create_index('ix_establishments_by_name', 'establishments', ['deleted_at', 'search_text'], unique=False)
    op.create_index('ix_establishments_by_type_name', 'establishments', ['deleted_at', 'business_type', 'search_text'],
                    unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in TABLES:
            for statement in _sqlite_up(table):
                op.execute(statement)
    elif dialect == "postgresql":
        # Trusted since PostgreSQL 13: the database owner may create it without being a superuser.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in TABLES:
            op.execute(f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    op.drop_index('ix_establishments_by_type_name', table_name='establishments')
    op.drop_index('ix_establishments_by_name', table_name='establishments')
    op.drop_index('ix_outreach_sessions_summary', table_name='outreach_sessions')
    op.drop_index('ix_quarantined_records_open', table_name='quarantined_records')
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in TABLES:
            fts = f"{table}_fts"
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif dialect == "postgresql":
        for table in TABLES:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
