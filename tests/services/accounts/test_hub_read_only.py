"""A hub keeps the communes' records as they sent them: its services refuse to change them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.problems import DomainError
from desktop.domain.support_models import ActivityDraft
from desktop.services.clients.partners import PartnerDraft
from tests.conftest import Opened
from tests.services.establishments.test_establishments_register import KARAOKE
from tests.services.registers.test_support_models_register import CLUB
from tests.services.registers.test_tip_offs_register import TIP


@pytest.mark.parametrize("change", ["establishment", "partner", "tip_off", "support_model", "support_activity"])
def test_a_hub_refuses_to_change_commune_records(hub: Opened, change: str) -> None:
    services = hub.services
    with pytest.raises(DomainError) as refused:
        if change == "establishment":
            services.establishments.save(hub.admin, KARAOKE)
        elif change == "tip_off":
            services.tip_offs.save(hub.admin, TIP)
        elif change == "support_model":
            services.support_models.save(hub.admin, CLUB)
        elif change == "support_activity":
            services.support_models.save_activity(hub.admin, "a-model", ActivityDraft(date(2026, 5, 1), "other", 3))
        else:
            services.partners.save(hub.admin, PartnerDraft(name="Trạm y tế xã", kind="health"))
    assert refused.value.code == "office.hub_read_only"
