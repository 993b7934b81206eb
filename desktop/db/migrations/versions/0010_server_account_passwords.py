"""A hub on a database server: analysts' password hashes in the accounts table; admin unit kinds fit

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


def downgrade() -> None:
    with op.batch_alter_table('admin_units', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=32), type_=sa.String(length=16),
                              existing_nullable=False)
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('password_hash')
