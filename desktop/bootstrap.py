"""The composition root: opens a register and builds its services, once. Nothing runs at import time.

The window, the CLI, the demo builders and the tests' fixtures all come through `open_session` (or
`adopt_session` for a register the recovery key or the setup wizard already opened); only this module
constructs services, and a service that needs another gets it passed in here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.db import config as config_file
from desktop.db.config import Config
from desktop.db.datadir import DataDir
from desktop.db.instance_lock import InstanceLock
from desktop.services.accounts import auth
from desktop.services.accounts.accounts import AccountService
from desktop.services.clients.client_rights import ClientRightsService
from desktop.services.reports.baseline_import import BaselineImportService
from desktop.services.clients.clients import ClientService
from desktop.services.reports.dhis2_export import Dhis2ExportService
from desktop.services.outreach.outreach_import import OutreachImportService
from desktop.services.clients.partners import PartnerService
from desktop.services.sync.national import NationalService
from desktop.services.clients.referrals import ReferralService
from desktop.services.context import Actor, Clock
from desktop.services.documents.documents import DocumentService
from desktop.services.documents.letterhead import LetterheadService
from desktop.services.documents.printing_service import PrintingService
from desktop.services.establishments.establishment_import import (
    EstablishmentImportService,
)
from desktop.services.establishments.establishments import EstablishmentService
from desktop.services.home.attention import HomeSources
from desktop.services.home.first_week import FirstWeekService
from desktop.services.home.home import HomeService
from desktop.services.inspections.inspection_plans import InspectionPlanService
from desktop.services.inspections.inspections import InspectionService
from desktop.services.inspections.sanction_decisions import SanctionDecisionService
from desktop.services.maintenance.maintenance import MaintenanceService
from desktop.services.outreach.outreach import OutreachService
from desktop.services.register import Register
from desktop.services.registers.support_models import SupportModelService
from desktop.services.registers.tip_offs import TipOffService
from desktop.services.reports.annual_targets import AnnualTargetService
from desktop.services.reports.report_sets import SetCache
from desktop.services.reports.reports import ReportService
from desktop.services.sync.quarantine import QuarantineService
from desktop.services.sync.sync import SyncService


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
    national: NationalService
    dhis2: Dhis2ExportService
    home: HomeService
    printing: PrintingService


def build_services(register: Register) -> Services:
    """Every service of an opened register, each built once; collaborators are passed in, never built."""
    outreach = OutreachService(register)
    establishments = EstablishmentService(register)
    inspections = InspectionService(register)
    inspection_plans = InspectionPlanService(register)
    decisions = SanctionDecisionService(register)
    referrals = ReferralService(register)
    client_rights = ClientRightsService(register)
    tip_offs = TipOffService(register)
    sets = SetCache()  # the indicator definitions in force, read once for the report and its targets
    targets = AnnualTargetService(register, sets)
    reports = ReportService(register, targets=targets, sets=sets)
    return Services(
        register=register,
        accounts=AccountService(register),
        outreach=outreach,
        maintenance=MaintenanceService(register),
        first_week=FirstWeekService(register),
        establishment_import=EstablishmentImportService(register),
        outreach_import=OutreachImportService(register),
        baseline_import=BaselineImportService(register, targets),
        establishments=establishments,
        inspections=inspections,
        clients=ClientService(register),
        referrals=referrals,
        partners=PartnerService(register),
        client_rights=client_rights,
        reports=reports,
        sync=SyncService(register),
        tip_offs=tip_offs,
        support_models=SupportModelService(register),
        inspection_plans=inspection_plans,
        decisions=decisions,
        letterhead=LetterheadService(register),
        documents=DocumentService(register),
        quarantine=QuarantineService(register),
        national=NationalService(register, reports=reports),
        dhis2=Dhis2ExportService(register, reports),
        home=HomeService(HomeSources(register, outreach=outreach, establishments=establishments,
                                     inspections=inspections, inspection_plans=inspection_plans,
                                     referrals=referrals, client_rights=client_rights, tip_offs=tip_offs,
                                     reports=reports)),
        printing=PrintingService(register, outreach=outreach, establishments=establishments,
                                 inspections=inspections, plans=inspection_plans, decisions=decisions),
    )


@dataclass
class Session:
    """One logged-in use of a register: who acts, every service, the preferences, the instance lock."""

    services: Services
    actor: Actor
    data_dir: DataDir
    config: Config
    lock: InstanceLock | None = field(default=None)

    @property
    def register(self) -> Register:
        return self.services.register

    def close(self, *, record_logout: bool = False) -> None:
        """Close the register (and release the lock this session took); the window records the logout."""
        try:
            if record_logout:
                auth.record_logout(self.register, self.actor)
        finally:
            self.register.close()
            if self.lock is not None:
                self.lock.release()


def open_session(data_dir: DataDir, username: str, password: str, *, clock: Clock,
                 lock: InstanceLock | None = None) -> Session:
    """Open a register for one user: instance lock (when given and not yet held), config, login.

    Logging in opens the encrypted database and migrates it (after a backup) when the app is newer.
    A failed login releases a lock it took, so the next attempt starts clean.
    """
    took_lock = lock is not None and not lock.held
    if lock is not None and took_lock:
        lock.acquire()
    try:
        config = config_file.load(data_dir.config)
        register, actor = auth.login(data_dir, username, password, clock=clock)
    except BaseException:
        if lock is not None and took_lock:
            lock.release()
        raise
    return adopt_session(register, actor, config=config, lock=lock if took_lock else None)


def adopt_session(register: Register, actor: Actor, *, config: Config | None = None,
                  lock: InstanceLock | None = None) -> Session:
    """A session over a register someone already opened (the recovery key, the setup wizard's first login)."""
    data_dir = register.data_dir
    return Session(build_services(register), actor, data_dir,
                   config if config is not None else config_file.load(data_dir.config), lock)
