"""Office cards: read aloud by fingerprint, enrolled only when it matches; keys rotate and can be revoked."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import OfficeCard
from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.cards import _canonical
from desktop.sync.minisign import SigningKey
from tests.conftest import Opened
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def _enrol_error(opened: Opened, data: bytes, fingerprint: str | None) -> str:
    with pytest.raises(DomainError) as refused:
        opened.services.sync.enrol(opened.admin, data, confirmed_fingerprint=fingerprint)
    return refused.value.code


def test_a_card_is_a_small_signed_file_with_a_readable_fingerprint(opened: Opened, tmp_path: Path) -> None:
    card = opened.services.sync.export_card(opened.admin, tmp_path).value
    assert re.fullmatch(r"25-08500-[0-9A-F]{16}\.hnc", card.name)
    assert re.fullmatch(r"\d{5}( \d{5}){5}", card.fingerprint)
    document = json.loads((tmp_path / card.name).read_text("utf-8"))
    assert document["card"]["unit_name"] == "Xã Xuân Lũng" and document["card"]["role"] == "commune"
    assert document["card"]["age_recipient"].startswith("age1")
    assert "SECRET" not in (tmp_path / card.name).read_text("utf-8")
    assert len(card.data) < 4096


def test_the_hub_enrols_only_after_the_fingerprint_matches(opened: Opened, hub: Opened) -> None:
    card = opened.services.sync.own_card(opened.admin)
    assert _enrol_error(hub, card.data, "12345 12345 12345 12345 12345 12345") == "sync.fingerprint_mismatch"
    assert _enrol_error(hub, card.data, None) == "sync.fingerprint_required"
    typed = card.fingerprint.replace(" ", "-")  # however it was typed, digits are what count
    info = hub.services.sync.enrol(hub.admin, card.data, confirmed_fingerprint=typed).value
    assert (info.role, info.unit_code, info.unit_name) == ("commune", "08500", "Xã Xuân Lũng")
    assert _enrol_error(hub, card.data, card.fingerprint) == "sync.card_already_enrolled"


def test_a_card_altered_after_export_is_refused(opened: Opened, hub: Opened) -> None:
    card = opened.services.sync.own_card(opened.admin)
    document = json.loads(card.data)
    document["card"]["age_recipient"] = AgeIdentity.generate().recipient  # a swapped encryption key
    assert _enrol_error(hub, json.dumps(document).encode(), card.fingerprint) == "sync.card_malformed"
    assert _enrol_error(hub, b"\x00\x01 not a card", card.fingerprint) == "sync.card_malformed"


def test_cards_are_enrolled_by_the_right_kind_of_office(opened: Opened, hub: Opened) -> None:
    commune_card = opened.services.sync.own_card(opened.admin)
    hub_card = hub.services.sync.own_card(hub.admin)
    assert _enrol_error(opened, commune_card.data, commune_card.fingerprint) == "sync.card_needs_hub"
    assert _enrol_error(hub, hub_card.data, hub_card.fingerprint) == "sync.card_needs_commune"


def test_a_commune_of_another_province_is_refused(hub: Opened) -> None:
    key = SigningKey.generate()
    fields = {"role": "commune", "unit_code": "00004", "admin_version": "2025-07", "province_code": "01",
              "unit_name": "Phường Ba Đình", "device_id": "d", "minisign_public": key.public_key().to_minisign(),
              "age_recipient": AgeIdentity.generate().recipient, "created_at": "2026-11-28T09:30:00+07:00",
              "previous_key_id": None}
    document = {"format": "hoanhap-office-card", "version": 1, "card": fields,
                "fingerprint": key.public_key().fingerprint_groups(),
                "signature": minisign.sign(key, _canonical(fields), trusted_comment="card"),
                "rotation_signature": None}
    code = _enrol_error(hub, json.dumps(document).encode(), key.public_key().fingerprint_groups())
    assert code == "sync.card_wrong_province"


def test_a_revoked_key_is_refused_for_good(pair: Pair) -> None:
    outreach(pair.commune)
    bundle = pair.send()[0]
    [card] = pair.hub.services.sync.cards(pair.hub.admin)
    revoked = pair.hub.services.sync.revoke(pair.hub.admin, card.id).value
    assert revoked.revoked_at is not None
    assert pair.receive(bundle).items[0].error_code == "sync.key_revoked"
    own = pair.commune.services.sync.own_card(pair.commune.admin)
    assert _enrol_error(pair.hub, own.data, own.fingerprint) == "sync.key_revoked"


def test_a_rotated_commune_key_is_vouched_for_by_the_old_one(pair: Pair) -> None:
    outreach(pair.commune)
    before_rotation = pair.send()[0]
    pair.commune.clock.current += timedelta(hours=1)
    new_card = pair.commune.services.sync.rotate_keys(pair.commune.admin).value
    info = pair.hub.services.sync.enrol(pair.hub.admin, new_card.data, confirmed_fingerprint=None).value
    cards = {c.key_id: c for c in pair.hub.services.sync.cards(pair.hub.admin)}
    assert not cards[info.key_id].replaced and len(cards) == 2
    assert sum(c.replaced for c in cards.values()) == 1
    outreach(pair.commune, place="Trạm y tế xã")
    after_rotation = pair.send()[0]
    # Both arrive: the old key was replaced, not revoked, so a bundle still in the post is fine.
    summary = pair.receive(after_rotation, before_rotation)
    assert [i.report.status for i in summary.items if i.report] == ["imported", "imported"]


def test_a_rotation_card_from_a_revoked_key_needs_the_phone_call(pair: Pair) -> None:
    [card] = pair.hub.services.sync.cards(pair.hub.admin)
    pair.hub.services.sync.revoke(pair.hub.admin, card.id)
    pair.commune.clock.current += timedelta(hours=1)
    new_card = pair.commune.services.sync.rotate_keys(pair.commune.admin).value
    assert _enrol_error(pair.hub, new_card.data, None) == "sync.fingerprint_required"
    pair.hub.services.sync.enrol(pair.hub.admin, new_card.data, confirmed_fingerprint=new_card.fingerprint)


def test_a_rotated_hub_key_reaches_the_commune_and_old_bundles_still_open(pair: Pair) -> None:
    outreach(pair.commune)
    to_old_key = pair.send()[0]
    pair.hub.clock.current += timedelta(hours=1)
    new_hub_card = pair.hub.services.sync.rotate_keys(pair.hub.admin).value
    pair.commune.services.sync.enrol(pair.commune.admin, new_hub_card.data, confirmed_fingerprint=None)
    with pair.commune.services.register.uow() as uow:
        current = uow.session.execute(select(OfficeCard.age_recipient).where(
            OfficeCard.role == "hub", OfficeCard.replaced_by.is_(None))).scalar_one()
    assert current == json.loads(new_hub_card.data)["card"]["age_recipient"]
    outreach(pair.commune, place="Trạm y tế xã")
    to_new_key = pair.send()[0]
    summary = pair.receive(to_old_key, to_new_key)
    assert all(i.report is not None for i in summary.items), summary
    result = pair.commune.services.sync.import_receipt(pair.commune.admin, summary.receipts[0]).value
    assert result.acknowledged == 2  # the receipt is signed with the new hub key
