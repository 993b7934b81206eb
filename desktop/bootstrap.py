"""The composition root: builds the services of an opened register. Nothing runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.accounts import AccountService
from desktop.services.baseline_import import BaselineImportService
from desktop.services.client_rights import ClientRightsService
from desktop.services.clients import ClientService
from desktop.services.documents import DocumentService
from desktop.services.establishment_import import EstablishmentImportService
from desktop.services.establishments import EstablishmentService
from desktop.services.first_week import FirstWeekService
from desktop.services.inspection_plans import InspectionPlanService
from desktop.services.inspections import InspectionService
from desktop.services.letterhead import LetterheadService
from desktop.services.maintenance import MaintenanceService
from desktop.services.outreach import OutreachService
from desktop.services.outreach_import import OutreachImportService
from desktop.services.partners import PartnerService
from desktop.services.referrals import ReferralService
from desktop.services.register import Register
from desktop.services.reports import ReportService
from desktop.services.sanction_decisions import SanctionDecisionService
from desktop.services.support_models import SupportModelService
from desktop.services.quarantine import QuarantineService
from desktop.services.sync import SyncService
from desktop.services.tip_offs import TipOffService


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
        baseline_import=BaselineImportService(register),
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
