"""An inspection names the plan entry it carried out (issue 9)

`inspections.plan_entry_id` is nullable (no foreign key: adding one makes SQLite rebuild `inspections`, which
results and violations refer to). Visits recorded before this revision are linked here the way the service
now links a new visit, so a plan's progress and T8KH read the same before and after the upgrade: for each
live plan entry, in the order of its planned day, the first live visit of that establishment inside the
plan's period that is not a re-inspection and not yet linked. A hub runs the same code on the same rows and
reaches the same links; the rows' versions are not raised (nothing new was said by anybody).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only ADD COLUMN and CREATE INDEX, which batch mode runs in place on SQLite (see 0004).
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plan_entry_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_inspections_plan_entry_id'), ['plan_entry_id'], unique=False)
    _link_existing_visits(op.get_bind())


def _link_existing_visits(conn: sa.Connection) -> None:
    entries = conn.execute(sa.text(
        "SELECT e.id, e.establishment_id, p.period_start, p.period_end FROM inspection_plan_entries e "
        "JOIN inspection_plans p ON p.id = e.plan_id "
        "WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY e.planned_on, e.id")).all()
    taken: set[str] = set()
    for entry_id, establishment_id, start, end in entries:
        visits = conn.execute(sa.text(
            "SELECT id FROM inspections WHERE establishment_id = :e AND deleted_at IS NULL "
            "AND kind != 'reinspection' AND inspected_on BETWEEN :s AND :t AND plan_entry_id IS NULL "
            "ORDER BY inspected_on, started_at, id"), {"e": establishment_id, "s": start, "t": end}).scalars()
        chosen = next((v for v in visits if v not in taken), None)
        if chosen is not None:
            taken.add(chosen)
            conn.execute(sa.text("UPDATE inspections SET plan_entry_id = :entry WHERE id = :id"),
                         {"entry": entry_id, "id": chosen})


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+), not batch mode's rebuild: rebuilding `inspections` would break the
    # references its results and violations hold (as in 0004).
    op.drop_index(op.f('ix_inspections_plan_entry_id'), table_name='inspections')
    op.drop_column('inspections', 'plan_entry_id')
