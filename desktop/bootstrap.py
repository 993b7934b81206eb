"""The composition root: builds the services of an opened register. Nothing runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.accounts.accounts import AccountService
from desktop.services.clients.client_rights import ClientRightsService
from desktop.services.reports.annual_targets import AnnualTargetService
from desktop.services.reports.baseline_import import BaselineImportService
from desktop.services.clients.clients import ClientService
from desktop.services.documents.documents import DocumentService
from desktop.services.establishments.establishment_import import EstablishmentImportService
from desktop.services.establishments.establishments import EstablishmentService
from desktop.services.home.first_week import FirstWeekService
from desktop.services.inspections.inspection_plans import InspectionPlanService
from desktop.services.inspections.inspections import InspectionService
from desktop.services.documents.letterhead import LetterheadService
from desktop.services.maintenance.maintenance import MaintenanceService
from desktop.services.outreach.outreach import OutreachService
from desktop.services.outreach.outreach_import import OutreachImportService
from desktop.services.clients.partners import PartnerService
from desktop.services.clients.referrals import ReferralService
from desktop.services.register import Register
from desktop.services.reports.reports import ReportService
from desktop.services.inspections.sanction_decisions import SanctionDecisionService
from desktop.services.registers.support_models import SupportModelService
from desktop.services.sync.quarantine import QuarantineService
from desktop.services.sync.sync import SyncService
from desktop.services.registers.tip_offs import TipOffService


@dataclass(frozen=True)
class Services:
    register: Register
    accounts: AccountService
    outreach: OutreachService
    maintenance: MaintenanceService
    first_week: FirstWeekService
    establishment_import: EstablishmentImportService
    outreach_import: OutreachImportService
    baseline_import: BaselineImportService
    establishments: EstablishmentService
    inspections: InspectionService
    clients: ClientService
    referrals: ReferralService
    partners: PartnerService
    client_rights: ClientRightsService
    reports: ReportService
    sync: SyncService
    tip_offs: TipOffService
    support_models: SupportModelService
    inspection_plans: InspectionPlanService
    decisions: SanctionDecisionService
    letterhead: LetterheadService
    documents: DocumentService
    quarantine: QuarantineService


def build_services(register: Register) -> Services:
    return Services(
        register=register,
        accounts=AccountService(register),
        outreach=OutreachService(register),
        maintenance=MaintenanceService(register),
        first_week=FirstWeekService(register),
        establishment_import=EstablishmentImportService(register),
        outreach_import=OutreachImportService(register),
        baseline_import=BaselineImportService(register, AnnualTargetService(register)),
        establishments=EstablishmentService(register),
        inspections=InspectionService(register),
        clients=ClientService(register),
        referrals=ReferralService(register),
        partners=PartnerService(register),
        client_rights=ClientRightsService(register),
        reports=ReportService(register),
        sync=SyncService(register),
        tip_offs=TipOffService(register),
        support_models=SupportModelService(register),
        inspection_plans=InspectionPlanService(register),
        decisions=SanctionDecisionService(register),
        letterhead=LetterheadService(register),
        documents=DocumentService(register),
        quarantine=QuarantineService(register),
    )
