"""The composition root: builds the services of an opened register. Nothing runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.accounts import AccountService
from desktop.services.maintenance import MaintenanceService
from desktop.services.outreach import OutreachService
from desktop.services.register import Register


@dataclass(frozen=True)
class Services:
    register: Register
    accounts: AccountService
    outreach: OutreachService
    maintenance: MaintenanceService


def build_services(register: Register) -> Services:
    return Services(
        register=register,
        accounts=AccountService(register),
        outreach=OutreachService(register),
        maintenance=MaintenanceService(register),
    )
