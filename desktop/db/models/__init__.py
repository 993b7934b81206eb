"""All mapped classes; importing this package registers every table on Base.metadata."""

from desktop.db.models.accounts import Account
from desktop.db.models.admin import AdminUnit, Office, Setting
from desktop.db.models.audit import AuditEntry
from desktop.db.models.outreach import OutreachSession
from desktop.db.models.sync import DeviceKey

__all__ = ["Account", "AdminUnit", "AuditEntry", "DeviceKey", "Office", "OutreachSession", "Setting"]
