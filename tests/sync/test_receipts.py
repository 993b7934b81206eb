"""The hub's signed receipt tells the commune what arrived; forged or misdirected receipts are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.problems import DomainError
from desktop.services.home.home import attention
from desktop.sync import receipts
from desktop.sync.minisign import SigningKey, sign
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def _receipt(pair: Pair) -> Path:
    [path] = sorted((pair.outbox / "receipts").iterdir())
    return path


def test_a_receipt_marks_bundles_acknowledged_once(pair: Pair) -> None:
    c = pair.commune
    outreach(c)
    pair.receive(*pair.send())
    assert "home.bundles_unacknowledged" in {i.code for i in attention(c.services.register, c.admin)}
    result = c.services.sync.import_receipt(c.admin, _receipt(pair)).value
    assert (result.hub_name, result.acknowledged, result.listed, result.missing) == ("Tỉnh Phú Thọ", 1, 1, ())
    [sent] = c.services.sync.sent(c.admin)
    assert sent.acknowledged_at is not None
    assert "home.bundles_unacknowledged" not in {i.code for i in attention(c.services.register, c.admin)}
    again = c.services.sync.import_receipt(c.admin, _receipt(pair)).value
    assert again.already_imported and again.acknowledged == 0


def test_a_receipt_tells_the_commune_which_bundles_never_arrived(pair: Pair) -> None:
    c = pair.commune
    outreach(c)
    pair.send()  # bundle 1 is lost on the way
    outreach(c, place="Trạm y tế xã")
    second = pair.send()[0]
    pair.receive(second)
    result = c.services.sync.import_receipt(c.admin, _receipt(pair)).value
    assert (result.acknowledged, result.missing) == (1, (1,))
    assert [(b.sequence, b.acknowledged_at is not None) for b in c.services.sync.sent(c.admin)] == [(2, True), (1, False)]


def test_a_tampered_receipt_is_refused(pair: Pair) -> None:
    outreach(pair.commune)
    pair.receive(*pair.send())
    document = json.loads(_receipt(pair).read_text("utf-8"))
    document["receipt"] = document["receipt"].replace('"sequence": 1', '"sequence": 7')
    with pytest.raises(DomainError) as refused:
        pair.commune.services.sync.import_receipt(pair.commune.admin, json.dumps(document).encode())
    assert refused.value.code == "sync.signature_bad"
    assert pair.commune.services.sync.sent(pair.commune.admin)[0].acknowledged_at is None


def test_a_receipt_from_an_unknown_hub_is_refused(pair: Pair) -> None:
    outreach(pair.commune)
    pair.receive(*pair.send())
    document = json.loads(_receipt(pair).read_text("utf-8"))
    body = json.loads(document["receipt"])
    stranger = SigningKey.generate()
    body["hub_key_id"] = stranger.key_id_hex
    text = json.dumps(body)
    comment = f"hoanhap-receipt id={body['receipt_id']} hub={body['hub_unit']} for={body['commune_unit']}"
    forged = {"receipt": text, "signature": sign(stranger, text.encode(), trusted_comment=comment)}
    with pytest.raises(DomainError) as refused:
        pair.commune.services.sync.import_receipt(pair.commune.admin, json.dumps(forged).encode())
    assert refused.value.code == "sync.key_unknown"


def test_a_receipt_for_another_commune_is_refused(pair: Pair) -> None:
    with pair.hub.services.register.uow() as uow:
        path = receipts.write_receipt(uow.session, folder=pair.outbox, commune_unit="08218@2025-07",
                                      now=pair.hub.clock.now())
    with pytest.raises(DomainError) as refused:
        pair.commune.services.sync.import_receipt(pair.commune.admin, path)
    assert refused.value.code == "sync.receipt_wrong_unit"


@pytest.mark.parametrize("data", [b"", b"not json", b'{"receipt": 1, "signature": "x"}', b"[]"])
def test_a_malformed_receipt_is_refused(pair: Pair, data: bytes) -> None:
    with pytest.raises(DomainError) as refused:
        pair.commune.services.sync.import_receipt(pair.commune.admin, data)
    assert refused.value.code in ("sync.empty_file", "sync.receipt_malformed")


def test_the_hub_does_not_import_receipts(pair: Pair) -> None:
    outreach(pair.commune)
    pair.receive(*pair.send())
    with pytest.raises(DomainError) as refused:
        pair.hub.services.sync.import_receipt(pair.hub.admin, _receipt(pair))
    assert refused.value.code == "sync.commune_only"
