"""Every "In …" action of the app: the PDF writers of the areas, given the services they read from.

Built once by desktop.bootstrap with the services it needs; no printing function builds a service.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.context import Actor, Outcome
from desktop.services.establishments.establishments import (
    EstablishmentQuery,
    EstablishmentService,
)
from desktop.services.inspections import inspection_printing
from desktop.services.inspections.inspection_plans import InspectionPlanService
from desktop.services.inspections.inspections import InspectionService
from desktop.services.inspections.sanction_decisions import SanctionDecisionService
from desktop.services.outreach import printing
from desktop.services.outreach.outreach import OutreachService
from desktop.services.register import Register


class PrintingService:
    def __init__(self, register: Register, *, outreach: OutreachService, establishments: EstablishmentService,
                 inspections: InspectionService, plans: InspectionPlanService,
                 decisions: SanctionDecisionService) -> None:
        self._register = register
        self._outreach = outreach
        self._establishments = establishments
        self._inspections = inspections
        self._plans = plans
        self._decisions = decisions

    def with_inspections(self, inspections: InspectionService) -> PrintingService:
        """The same printer over another inspection service (a test's own checklist catalogue)."""
        return PrintingService(self._register, outreach=self._outreach, establishments=self._establishments,
                               inspections=inspections, plans=self._plans, decisions=self._decisions)

    def print_attendance(self, actor: Actor, path: Path, *, record_id: str | None = None,
                         with_counts: bool = True, count_only: bool | None = None) -> Outcome[Path]:
        return printing.print_attendance(self._register, actor, path, outreach=self._outreach, record_id=record_id,
                                         with_counts=with_counts, count_only=count_only)

    def print_checklist(self, actor: Actor, path: Path, *, business_type: str | None = None,
                        establishment_id: str | None = None, template_version: int | None = None,
                        language: str = "vi") -> Outcome[Path]:
        return inspection_printing.print_checklist(
            self._register, actor, path, business_type=business_type, establishment_id=establishment_id,
            template_version=template_version, inspections=self._inspections,
            establishments=self._establishments, language=language)

    def print_inspection_record(self, actor: Actor, inspection_id: str, path: Path, *,
                                language: str = "vi") -> Outcome[Path]:
        return inspection_printing.print_inspection_record(
            self._register, actor, inspection_id, path, inspections=self._inspections,
            establishments=self._establishments, plans=self._plans, decisions=self._decisions, language=language)

    def print_establishment_list(self, actor: Actor, path: Path, query: EstablishmentQuery, *,
                                 language: str = "vi") -> Outcome[Path]:
        return inspection_printing.print_establishment_list(self._register, actor, path, query,
                                                            establishments=self._establishments, language=language)
