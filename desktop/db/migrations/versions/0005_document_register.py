"""The document register: numbers of the reports an office issues, with their narrative sections

A new synced table, nothing to backfill: offices start numbering from the register's first entry.

Revision ID: 0005
Revises: 0004 (was 0003 on wave/letter)
Create Date: 2026-12-03 07:55:58.605711
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.db.base


revision = '0005'
down_revision = '0004'  # re-chained after 0004 when wave/letter was merged into wave/inspect
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issued_documents',
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('symbol', sa.String(length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('period_code', sa.String(length=32), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('shortcomings', sa.Text(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_unit', sa.String(length=24), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', desktop.db.base.UTCDateTime(), nullable=True),
    sa.Column('author', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents'))
    )
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_documents_origin_unit'), ['origin_unit'], unique=False)
        batch_op.create_index('ix_issued_documents_period', ['origin_unit', 'kind', 'period_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('ix_issued_documents_number', ['origin_unit', 'kind', 'symbol', 'year', 'number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_issued_documents_number')
        batch_op.drop_index(batch_op.f('ix_issued_documents_updated_at'))
        batch_op.drop_index('ix_issued_documents_period')
        batch_op.drop_index(batch_op.f('ix_issued_documents_origin_unit'))

    op.drop_table('issued_documents')
