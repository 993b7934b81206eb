"""Indexes for the national report at a national hub (issue 12 point 5)

The national report reads the sends in force of one period (`aggregates_received` by period, not
replaced) and only the province totals of their figures (`aggregate_values` with unit_code ""). The
existing indexes found neither: every send of every period was read (their completeness text included),
and every commune's figure of the 34 sends (about 130,000 rows for a year) to keep 1,326 totals
(tests/benchmarks/test_bench_national.py). Indexes only: nothing is rebuilt, no data changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # CREATE INDEX runs in place on SQLite inside batch mode (see 0004).
    with op.batch_alter_table('aggregates_received', schema=None) as batch_op:
        batch_op.create_index('ix_aggregates_received_period', ['period_code', 'replaced_by'], unique=False)
    with op.batch_alter_table('aggregate_values', schema=None) as batch_op:
        batch_op.create_index('ix_aggregate_values_aggregate_unit', ['aggregate_id', 'unit_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('aggregate_values', schema=None) as batch_op:
        batch_op.drop_index('ix_aggregate_values_aggregate_unit')
    with op.batch_alter_table('aggregates_received', schema=None) as batch_op:
        batch_op.drop_index('ix_aggregates_received_period')
