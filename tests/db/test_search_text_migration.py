"""Migration 0015: rows a hub kept with the sender's search text are folded again from their own fields.

On both hub engines (the `pair` fixture's hub is SQLCipher or PostgreSQL): the rows are planted as a hub
before the fix left them, the register is taken back to 0014 and migrated again, then the list search
finds what the fields say, and only search_text changed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from desktop.db import migrate
from desktop.db.models import Establishment, OutreachSession, PartnerOrganisation
from desktop.domain.establishments import EstablishmentDraft

from desktop.domain.search_text import SEARCH_FIELDS, search_text
from desktop.services.clients.partners import PartnerDraft
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.services.outreach.outreach import OutreachQuery
from tests.services.maintenance.test_backup_migrate import command_downgrade
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - fixture

PLANTED = "ma tuy mai dam"
MODELS: tuple[Any, ...] = (OutreachSession, Establishment, PartnerOrganisation)


def _rows(pair: Pair) -> dict[str, tuple[str, str, int, object]]:
    """Per row at the hub: (stored text, text folded from its fields, version, updated_at)."""
    found = {}
    with pair.hub.services.register.uow() as uow:
        for model in MODELS:
            for row in uow.session.execute(select(model)).scalars():
                fields = {n: getattr(row, n) for n in SEARCH_FIELDS[model.__tablename__]}
                found[f"{model.__tablename__}:{row.id}"] = (row.search_text, search_text(model.__tablename__, fields),
                                                            row.version, row.updated_at)
    return found


def test_0015_folds_again_the_search_text_a_hub_kept_from_a_bundle(pair: Pair) -> None:
    c = pair.commune
    outreach(c, place="Nhà văn hóa thôn Đồng Xuân")
    outreach(c, place="Hội trường thôn Gò Đình")
    c.services.establishments.save(c.admin, EstablishmentDraft(
        name="Karaoke Ánh Dương", business_type="karaoke", address="Thôn Lũng Hạ", representative="Đặng Thị Huệ"))
    c.services.partners.save(c.admin, PartnerDraft("Trạm y tế xã Xuân Lũng", "health_station", address="Thôn Gò"))
    pair.receive(*pair.send())
    hub = pair.hub
    engine = hub.services.register.engine
    # As a hub before the fix kept them: one text emptied (the record hidden), the others planted.
    with hub.services.register.uow(write=True) as uow:
        gone = uow.session.execute(select(OutreachSession.id).where(OutreachSession.place.like("Nhà văn%"))).scalar_one()
        uow.session.execute(update(OutreachSession).where(OutreachSession.id == gone).values(search_text=""))
        uow.session.execute(update(OutreachSession).where(OutreachSession.id != gone).values(search_text=PLANTED))
        for model in (Establishment, PartnerOrganisation):
            uow.session.execute(update(model).values(search_text=PLANTED))
        uow.commit()
    before = _rows(pair)
    assert len(before) == 4 and all(stored != folded for stored, folded, _, _ in before.values())
    assert hub.services.outreach.page(hub.admin, OutreachQuery(search="dong xuan"), offset=0, limit=10) == []

    command_downgrade(engine, "0014")
    migrate.upgrade(engine)

    after = _rows(pair)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert all(stored == folded for stored, folded, _, _ in after.values()), after
    assert {k: v[2:] for k, v in after.items()} == {k: v[2:] for k, v in before.items()}  # version, updated_at kept
    found = hub.services.outreach.page(hub.admin, OutreachQuery(search="dong xuan"), offset=0, limit=10)
    assert [r.place for r in found] == ["Nhà văn hóa thôn Đồng Xuân"]  # the index follows (FTS5 trigger / pg_trgm)
    assert hub.services.outreach.page(hub.admin, OutreachQuery(search="ma tuy"), offset=0, limit=10) == []
    assert hub.services.establishments.page(hub.admin, EstablishmentQuery(search="ma tuy"), offset=0, limit=10) == []
    shops = hub.services.establishments.page(hub.admin, EstablishmentQuery(search="anh duong hue"), offset=0, limit=10)
    assert [r.name for r in shops] == ["Karaoke Ánh Dương"]
