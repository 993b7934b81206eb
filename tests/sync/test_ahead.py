"""A bundle prepared ahead on a worker thread (sync/ahead.py) imports exactly as one checked in turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import OfficeCard
from desktop.domain.problems import DomainError
from desktop.sync.ahead import Ahead, prepare
from desktop.sync.container import read_container, write_container
from desktop.sync.importer import BundleReport, Limits, import_bundle, import_session
from desktop.sync.keys import all_identities
from desktop.sync.minisign import SigningKey
from tests.conftest import NOW
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def _keys_and_identities(pair: Pair) -> tuple[dict[str, str], tuple[str, ...]]:
    with pair.hub.services.register.uow() as uow:
        keys = dict(uow.session.execute(select(OfficeCard.key_id, OfficeCard.minisign_public)
                                        .where(OfficeCard.role == "commune")).all())
        return keys, tuple(all_identities(uow.session))


def _preview(pair: Pair, path: Path, ahead: Ahead | None) -> BundleReport:
    with import_session(pair.hub.services.register.engine) as session:
        return import_bundle(session, path, now=NOW, actor_id=pair.hub.admin.account_id, dry_run=True, ahead=ahead)


def _refusal(pair: Pair, path: Path, ahead: Ahead | None) -> str:
    with pytest.raises(DomainError) as raised:
        _preview(pair, path, ahead)
    return raised.value.code


def test_prepared_ahead_or_in_turn_the_report_is_the_same(pair: Pair) -> None:
    outreach(pair.commune)
    outreach(pair.commune, place="Nhà văn hóa thôn Hai")
    [path] = pair.send()
    keys, identities = _keys_and_identities(pair)
    ahead = prepare(path, limits=Limits(), keys=keys, identities=identities)
    assert ahead.unpacked is not None and ahead.problems  # everything register-free was done ahead
    preview = _preview(pair, path, None)
    assert _preview(pair, path, ahead) == preview
    imported = pair.receive(path).items[0].report  # the batch import (ahead on a server) writes it
    assert imported is not None and imported.status == "imported" and imported.counts == preview.counts


def test_a_key_changed_since_the_import_began_is_checked_again(pair: Pair) -> None:
    outreach(pair.commune)
    [path] = pair.send()
    keys, identities = _keys_and_identities(pair)
    other = SigningKey.generate().public_key().to_minisign()
    # The worker held another key under this id (a card re-enrolled meanwhile): its failure does not count.
    ahead = prepare(path, limits=Limits(), keys=dict.fromkeys(keys, other), identities=identities)
    assert ahead.verify_failure is not None
    assert _preview(pair, path, ahead).status == "preview"
    # Nor does a decryption tried with identities the hub no longer has.
    ahead = prepare(path, limits=Limits(), keys=keys, identities=())
    assert ahead.unpack_failure is not None
    assert _preview(pair, path, ahead).status == "preview"


def test_a_refusal_found_ahead_is_the_refusal_found_in_turn(pair: Pair, tmp_path: Path) -> None:
    outreach(pair.commune)
    [path] = pair.send()
    keys, identities = _keys_and_identities(pair)
    container = read_container(path, max_payload_bytes=1 << 30)
    tampered = tmp_path / "tampered.hnb"
    payload = bytearray(container.payload)
    payload[-1] ^= 1
    write_container(tampered, envelope=container.envelope, payload=bytes(payload), signature=container.signature)
    unreadable = tmp_path / "unreadable.hnb"
    unreadable.write_bytes(b"not a bundle")
    for bad in (tampered, unreadable):
        ahead = prepare(bad, limits=Limits(), keys=keys, identities=identities)
        assert ahead.unpacked is None
        assert _refusal(pair, bad, ahead) == _refusal(pair, bad, None)
    # Imported in a batch, each refused bundle is refused alone and the good one goes in.
    summary = pair.receive(tampered, path, unreadable)
    assert {i.path.name: i.report.status if i.report else i.error_code for i in summary.items} == {
        tampered.name: _refusal(pair, tampered, None), path.name: "imported",
        unreadable.name: _refusal(pair, unreadable, None)}
