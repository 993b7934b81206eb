"""A hub keeps the communes' records as they sent them: its services refuse to change them."""

from __future__ import annotations

import pytest

from desktop.domain.problems import DomainError
from desktop.services.partners import PartnerDraft
from tests.conftest import Opened
from tests.integration.test_establishments_register import KARAOKE


@pytest.mark.parametrize("change", ["establishment", "partner"])
def test_a_hub_refuses_to_change_commune_records(hub: Opened, change: str) -> None:
    services = hub.services
    with pytest.raises(DomainError) as refused:
        if change == "establishment":
            services.establishments.save(hub.admin, KARAOKE)
        else:
            services.partners.save(hub.admin, PartnerDraft(name="Trạm y tế xã", kind="health"))
    assert refused.value.code == "office.hub_read_only"
