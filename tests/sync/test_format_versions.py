"""Mixed releases: older formats are brought up to date, newer ones refused by name, nothing changed or lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import ImportedBundle, OfficeCard
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.sync.format import CARD_VERSION, CURRENT, RECEIPT_VERSION, bundle_format
from tests.sync import forgery
from tests.sync.sync_helpers import Pair, checksum, outreach, pair  # noqa: F401 - the fixture
from tests.sync.test_hostile_bundles import Scene, scene  # noqa: F401 - the fixture

NEWER = CURRENT + 1


def _as_format_1(scene: Scene, change_rows: bool = False) -> Path:
    """The scene's bundle as a format-1 release writes it: envelope and manifest say 1, no app_version."""
    parts = scene.parts
    manifest = {k: v for k, v in parts.manifest.items() if k != "app_version"}
    files = dict(parts.files)
    old = bundle_format(1).tables
    for name in [n for n in files if n.endswith(".jsonl")]:
        # Only the fields format 1 had (later formats may have added some).
        known = old[name.removesuffix(".jsonl")].field_names
        rows = [{k: v for k, v in json.loads(line).items() if k in known} for line in files[name].splitlines()]
        if change_rows and name == "outreach_sessions.jsonl":
            rows = [{**r, "field_of_a_later_release": 3} for r in rows]
        files[name] = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)
    files = forgery.with_manifest(files, {**manifest, "format": 1})
    return scene.reseal(envelope={**parts.envelope, "format": 1}, files=files)


def test_a_newer_format_is_refused_by_name_and_the_commune_keeps_its_bundle(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    outreach(pair.commune)
    monkeypatch.setattr("desktop.sync.export.FORMAT", NEWER)
    monkeypatch.setattr("desktop.sync.payload.FORMAT", NEWER)
    (path,) = pair.send()
    before = checksum(pair.hub)
    (item,) = pair.receive(path).items
    assert item.error_code == "sync.format_unsupported"
    assert item.error_params == {"version": NEWER, "supported": CURRENT}
    assert f"định dạng {NEWER}" in render(item.error_code, item.error_params)
    assert f"reads formats up to {CURRENT}" in render(item.error_code, item.error_params, "en")
    assert checksum(pair.hub) == before
    # The commune's outbox: the file is where it was written, and the bundle waits unacknowledged.
    assert path.exists()
    waiting = pair.commune.services.sync.sent(pair.commune.admin, unacknowledged_only=True)
    assert [b.sequence for b in waiting] == [1]


def test_a_format_1_bundle_of_todays_data_imports(scene: Scene) -> None:
    (item,) = scene.pair.receive(_as_format_1(scene)).items
    assert item.error_code == "" and item.report is not None and item.report.counts.new == 3
    with scene.pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(ImportedBundle)).scalar_one() == 1


@pytest.mark.parametrize("old", [True, False], ids=["format 1", "current format"])
def test_a_field_the_format_does_not_have_is_refused(scene: Scene, old: bool) -> None:
    if old:
        hostile = _as_format_1(scene, change_rows=True)
    else:
        hostile = scene.with_records("outreach_sessions", lambda rows: [{**r, "field_of_a_later_release": 3} for r in rows])
    before = checksum(scene.pair.hub)
    (item,) = scene.pair.receive(hostile).items
    assert (item.error_code, item.error_params.get("column")) == ("sync.record_unknown_column", "field_of_a_later_release")
    assert checksum(scene.pair.hub) == before


def test_a_newer_database_revision_of_the_same_format_imports(scene: Scene) -> None:
    parts = scene.parts
    files = forgery.with_manifest(parts.files, {**parts.manifest, "schema_version": "0009_a_later_release"})
    (item,) = scene.pair.receive(scene.reseal(files=files)).items
    assert item.error_code == "" and item.report is not None and item.report.status == "imported"


def test_a_card_from_a_newer_release_is_refused_by_name(pair: Pair) -> None:
    card = json.loads(pair.commune.services.sync.own_card(pair.commune.admin).data)
    newer = json.dumps({**card, "version": CARD_VERSION + 1}).encode()
    before = checksum(pair.hub)
    with pytest.raises(DomainError) as refused:
        pair.hub.services.sync.enrol(pair.hub.admin, newer, confirmed_fingerprint=card["fingerprint"])
    assert refused.value.code == "sync.card_newer"
    assert refused.value.params == {"version": CARD_VERSION + 1, "supported": CARD_VERSION}
    assert checksum(pair.hub) == before
    with pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(OfficeCard)).scalar_one() == 1


def test_a_receipt_from_a_newer_release_is_refused_by_name(pair: Pair) -> None:
    outreach(pair.commune)
    pair.receive(*pair.send())
    (receipt,) = sorted((pair.outbox / "receipts").iterdir())
    document = json.loads(receipt.read_text(encoding="utf-8"))
    body = json.loads(document["receipt"])
    document["receipt"] = json.dumps({**body, "version": RECEIPT_VERSION + 1})
    before = checksum(pair.commune)
    with pytest.raises(DomainError) as refused:
        pair.commune.services.sync.import_receipt(pair.commune.admin, json.dumps(document).encode())
    assert (refused.value.code, refused.value.params["version"]) == ("sync.receipt_newer", RECEIPT_VERSION + 1)
    assert checksum(pair.commune) == before
