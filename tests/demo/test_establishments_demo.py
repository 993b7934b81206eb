"""The demo filler of the inspection area makes a believable register: valid records, follow-ups due, coverage."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from desktop.db.models import Inspection, Violation
from desktop.demo.office import FILLERS
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.demo.establishments import fill_establishments


def test_demo_fills_establishments_and_inspections(opened) -> None:  # type: ignore[no-untyped-def]
    assert any(f.__name__ == "fill_establishments" for f in FILLERS)
    services, admin = opened.services, opened.admin
    fill_establishments(services, admin, random.Random(2026), opened.clock.today())
    assert services.establishments.count(admin, EstablishmentQuery()) == 45
    types = {r.business_type for r in services.establishments.page(admin, EstablishmentQuery(), offset=0, limit=100)}
    assert len(types) == 10
    with services.register.uow() as uow:
        inspections = uow.session.execute(select(func.count()).select_from(Inspection)).scalar_one()
        violations = uow.session.execute(select(func.count()).select_from(Violation)).scalar_one()
        kinds = set(uow.session.execute(select(Inspection.kind).distinct()).scalars())
        first = uow.session.execute(select(func.min(Inspection.inspected_on))).scalar_one()
    assert 60 <= inspections <= 100 and violations > 5
    assert kinds == {"planned", "surprise", "reinspection"}
    assert (opened.clock.today() - first).days <= 540
    due = services.inspections.due_reinspections(admin)
    assert any(d.overdue for d in due) and any(not d.overdue for d in due)
    total = services.inspections.yearly_coverage(admin, opened.clock.today().year)[-1]
    assert 0 < total.inspected < total.establishments
    # Issue 9: the 178 team of the year, its plan with some visits done and some overdue, and a business fined.
    (team,) = services.inspection_plans.teams(admin)
    assert team.draft.decision_reference.startswith("Quyết định số 05/QĐ-UBND") and team.draft.leader() is not None
    (progress,) = services.inspection_plans.current_progress(admin)
    assert progress.planned == 18 and progress.done > 0 and progress.not_done > 0
    with services.register.uow() as uow:
        business = uow.session.execute(select(Violation.inspection_id, Violation.proposed_amount, Violation.amount_min)
                                       .where(Violation.offender_kind == "household_business",
                                              Violation.sanction_ref.is_not(None))).all()
    assert len(business) == 1 and business[0][1] == business[0][2]  # the lowest of the range, never computed
    decisions = services.decisions.for_inspection(admin, business[0][0])
    assert len(decisions) == 1 and decisions[0].draft.paid
