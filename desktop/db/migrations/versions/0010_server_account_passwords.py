"""A hub on a database server: analysts' password hashes in the accounts table; admin unit kinds fit;
on PostgreSQL no foreign keys between synced tables (bundles arrive in any order)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 11:50:00

On SQLCipher a password unwraps the database key (keyring.json) and this column stays empty; on
PostgreSQL several analysts' PCs share one database, so the account row holds an argon2id hash.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=256), nullable=True))
    # "thành phố trung ương" (20 characters) never fitted String(16); SQLite ignores lengths, PostgreSQL does not.
    with op.batch_alter_table('admin_units', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=16), type_=sa.String(length=32),
                              existing_nullable=False)
    if op.get_context().dialect.name == 'postgresql':
        # Only a hub lives on a server, and bundles arrive in any order (a child before its parent): the
        # SQLite hub imports with foreign keys off; here the references between synced tables go.
        op.execute(sa.text(_DROP_SYNCED_REFERENCES))


_DROP_SYNCED_REFERENCES = """
DO $$
DECLARE found record;
BEGIN
  FOR found IN
    SELECT c.conrelid::regclass AS tab, c.conname FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'origin_unit'
                  AND NOT a.attisdropped)
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', found.tab, found.conname);
  END LOOP;
END $$
"""


def downgrade() -> None:
    with op.batch_alter_table('admin_units', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=32), type_=sa.String(length=16),
                              existing_nullable=False)
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('password_hash')
