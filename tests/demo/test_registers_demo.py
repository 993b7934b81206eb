"""The demo filler of the tip-off and support model registers makes valid, believable records."""

from __future__ import annotations

import random

from desktop.demo.office import FILLERS, fill_registers
from desktop.domain import periods
from desktop.demo.establishments import fill_establishments
from desktop.services.registers.tip_offs import TipOffQuery
from tests.conftest import Opened


def test_demo_fills_tip_offs_and_models(opened: Opened) -> None:
    assert fill_registers in FILLERS
    s, actor, today = opened.services, opened.admin, opened.clock.today()
    fill_establishments(s, actor, random.Random(1), today)
    fill_registers(s, actor, random.Random(2026), today)
    assert s.tip_offs.count(actor, TipOffQuery()) == 20
    assert 0 < s.tip_offs.count(actor, TipOffQuery(stage="handled")) < 20
    t9 = s.tip_offs.summary(actor, periods.year(today.year))
    assert t9.received >= t9.verified >= t9.handled
    models = s.support_models.list_models(actor)
    assert len(models) == 3 and all(m.core_members <= m.members for m in models)
    t10 = s.support_models.summary(actor, periods.year(today.year))
    assert t10.models_operating == 3 and t10.activities > 0 and t10.people_supported > 0
