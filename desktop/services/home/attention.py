"""What a home-screen line is: the item every area's provider returns, and how urgent it is.

Its own module so the areas' providers (`*_home`) and the home list can both import it without a circle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.services.context import Actor
from desktop.services.register import Register

if TYPE_CHECKING:  # built by desktop.bootstrap; the areas' modules are not imported here
    from desktop.services.clients.client_rights import ClientRightsService
    from desktop.services.clients.referrals import ReferralService
    from desktop.services.establishments.establishments import EstablishmentService
    from desktop.services.inspections.inspection_plans import InspectionPlanService
    from desktop.services.inspections.inspections import InspectionService
    from desktop.services.outreach.outreach import OutreachService
    from desktop.services.registers.tip_offs import TipOffService
    from desktop.services.reports.reports import ReportService


class Severity(StrEnum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    URGENT = "urgent"


@dataclass(frozen=True)
class AttentionItem:
    """One line on the home screen: a stable code the GUI words, its parameters, and where it leads."""

    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)
    target_page: str = ""


@dataclass(frozen=True)
class HomeSources:
    """What the providers read: the register and the areas' services, built once by desktop.bootstrap
    (no provider constructs a service)."""

    register: Register
    outreach: OutreachService
    establishments: EstablishmentService
    inspections: InspectionService
    inspection_plans: InspectionPlanService
    referrals: ReferralService
    client_rights: ClientRightsService
    tip_offs: TipOffService
    reports: ReportService


Provider = Callable[[HomeSources, Actor], list[AttentionItem]]
