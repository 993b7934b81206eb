"""All mapped classes; importing this package registers every table on Base.metadata."""

from desktop.db.base import Base, Synced
from desktop.db.models.accounts import Account
from desktop.db.models.admin import AdminUnit, Office, Setting
from desktop.db.models.audit import AuditEntry
from desktop.db.models.clients import Client, ClientContact, ClientStatusChange, Consent, Erasure, PartnerOrganisation, Referral
from desktop.db.models.documents import IssuedDocument
from desktop.db.models.establishments import Establishment, Inspection, InspectionResult, Violation
from desktop.db.models.inspection_plans import (InspectionPlan, InspectionPlanEntry, InspectionTeam, InspectionTeamMember,
                                                SanctionDecision)
from desktop.db.models.national import AggregateValue, ReceivedAggregate, SentAggregate
from desktop.db.models.outreach import OutreachSession
from desktop.db.models.quarantine import HeldNotice, QuarantinedRecord
from desktop.db.models.refusals import HubRefusal, RefusedBundle
from desktop.db.models.reports import AnnualTarget, ReportParameter
from desktop.db.models.support_models import SupportActivity, SupportGiven, SupportModel
from desktop.db.models.sync import (DeviceKey, ExportedBundle, ImportedBundle, ImportedReceipt, OfficeCard, PeriodClosure,
                                     SentRecord, SyncConflict, SyncState)
from desktop.db.models.tip_offs import TipOff

__all__ = ["Account", "AdminUnit", "AuditEntry", "Client", "ClientContact", "ClientStatusChange", "Consent", "Erasure",
           "PartnerOrganisation", "Referral", "DeviceKey", "ExportedBundle", "ImportedBundle", "ImportedReceipt",
           "OfficeCard", "PeriodClosure", "SentRecord", "SyncConflict", "SyncState", "Office", "OutreachSession",
           "ReportParameter", "AnnualTarget", "Setting", "Establishment", "Inspection", "InspectionResult", "Violation",
           "SupportActivity", "SupportGiven", "SupportModel", "TipOff", "IssuedDocument",
           "InspectionPlan", "InspectionPlanEntry", "InspectionTeam", "InspectionTeamMember", "SanctionDecision",
           "QuarantinedRecord", "HeldNotice", "RefusedBundle", "HubRefusal", "SentAggregate",
           "ReceivedAggregate", "AggregateValue", "synced_models"]


def synced_models() -> list[type[Base]]:
    """Every mapped class that travels in bundles, in a stable order (parents before children).

    Here rather than in `db.base`: it needs every model registered, and the models import the base.
    """
    mappers = [m for m in Base.registry.mappers if issubclass(m.class_, Synced)]
    order = {t: i for i, t in enumerate(Base.metadata.sorted_tables)}
    return [m.class_ for m in sorted(mappers, key=lambda m: order[m.class_.__table__])]


def _hub_references_unenforced_on_server() -> None:
    """References between synced tables exist on SQLite only (migration 0010 drops them on PostgreSQL).

    Bundles reach a hub in any order, so a child can arrive before its parent; the SQLite hub imports
    with foreign keys off for that reason (sync.importer.import_session). PostgreSQL only ever holds a
    hub (a commune is refused there), so there the references are not constraints at all.
    """
    from sqlalchemy import Table

    synced = {m.local_table for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    for table in synced:
        assert isinstance(table, Table)  # every synced model maps one table
        for constraint in table.foreign_key_constraints:
            constraint.ddl_if(dialect="sqlite")


_hub_references_unenforced_on_server()
