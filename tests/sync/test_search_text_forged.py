"""The hub folds each record's search text itself: a forged value in a re-signed bundle neither hides a record
from the hub's list search nor plants words in it (both stores: the `hub` fixture is parametrised)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from desktop.db.models import Establishment, OutreachSession, PartnerOrganisation, QuarantinedRecord
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.search_text import SEARCH_FIELDS, search_text
from desktop.services.clients.partners import PartnerDraft
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.services.outreach.outreach import OutreachQuery
from desktop.sync.age_crypto import AgeIdentity
from tests.sync import forgery
from tests.sync.sync_helpers import Pair, device_keys, hub_identity, outreach, pair  # noqa: F401

PLANTED = "ma tuy mai dam"  # words in none of the record's fields


def _forged(pair: Pair, good: Path, change: dict[str, Any]) -> Path:
    """`good` with every record of the searched tables given the search text `change[table]`, signed again
    with the commune's own key (a forger holding the commune's PC)."""
    key, identity = device_keys(pair.commune)
    parts = forgery.open_bundle(good, identity)
    files = dict(parts.files)
    for table, value in change.items():
        name = f"{table}.jsonl"
        rows = [json.loads(line) for line in files[name].splitlines() if line]
        for row in rows:
            row["search_text"] = value
        files[name] = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)
    target = good.parent / "forged" / good.name
    target.parent.mkdir()
    recipient = AgeIdentity.from_string(hub_identity(pair.hub)).recipient
    return forgery.seal(target, parts.envelope, forgery.with_manifest(files, parts.manifest), key=key,
                        recipients=[recipient])


def _stored_texts(pair: Pair, model: Any) -> list[tuple[str, str]]:
    """(stored search text, the text folded from the stored fields) of each row at the hub."""
    names = SEARCH_FIELDS[model.__tablename__]
    with pair.hub.services.register.uow() as uow:
        rows = uow.session.execute(select(model)).scalars().all()
        return [(row.search_text, search_text(model.__tablename__, {n: getattr(row, n) for n in names}))
                for row in rows]


def test_a_forged_search_text_neither_hides_a_record_nor_plants_words(pair: Pair) -> None:
    c = pair.commune
    outreach(c, place="Nhà văn hóa thôn Đồng Xuân")
    c.services.establishments.save(c.admin, EstablishmentDraft(
        name="Karaoke Ánh Dương", business_type="karaoke", address="Thôn Lũng Hạ", representative="Đặng Thị Huệ"))
    c.services.partners.save(c.admin, PartnerDraft("Trạm y tế xã Xuân Lũng", "health_station", address="Thôn Gò"))
    [good] = pair.send()
    forged = _forged(pair, good, {"outreach_sessions": "", "establishments": PLANTED,
                                  "partner_organisations": PLANTED})
    [item] = pair.receive(forged).items
    assert item.report is not None and item.report.status == "imported", item.error_code
    hub = pair.hub
    sessions = hub.services.outreach.page(hub.admin, OutreachQuery(search="dong xuan"), offset=0, limit=10)
    assert [r.place for r in sessions] == ["Nhà văn hóa thôn Đồng Xuân"]  # not hidden by the emptied text
    assert hub.services.establishments.page(hub.admin, EstablishmentQuery(search="ma tuy"), offset=0, limit=10) == []
    shops = hub.services.establishments.page(hub.admin, EstablishmentQuery(search="anh duong hue"), offset=0, limit=10)
    assert [r.name for r in shops] == ["Karaoke Ánh Dương"]
    for model in (OutreachSession, Establishment, PartnerOrganisation):
        texts = _stored_texts(pair, model)
        assert texts and all(stored == folded and PLANTED not in stored for stored, folded in texts), texts


def test_a_held_record_keeps_and_releases_the_hubs_own_search_text(pair: Pair) -> None:
    c = pair.commune
    session = outreach(c, place="Hội trường thôn Gò Đình")
    with c.services.register.uow(write=True) as uow:  # breaks a form rule: held at the hub
        uow.session.execute(update(OutreachSession).where(OutreachSession.id == session).values(participants_male=30))
        uow.commit()
    [good] = pair.send()
    [item] = pair.receive(_forged(pair, good, {"outreach_sessions": PLANTED})).items
    assert item.report is not None and item.report.counts.held == 1
    [held] = pair.hub.services.quarantine.held(pair.hub.admin)
    assert held.content["search_text"] == "hoi truong thon go dinh"
    # A hold stored before the hub folded search texts itself still carries the sender's value.
    with pair.hub.services.register.uow(write=True) as uow:
        row = uow.session.get(QuarantinedRecord, held.id)
        assert row is not None
        row.content = json.dumps({**json.loads(row.content), "search_text": PLANTED}, ensure_ascii=False)
        uow.commit()
    pair.hub.services.quarantine.release(pair.hub.admin, held.id, reason="Xã xác nhận qua điện thoại")
    assert _stored_texts(pair, OutreachSession) == [("hoi truong thon go dinh", "hoi truong thon go dinh")]
