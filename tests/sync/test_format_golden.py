"""Every released bundle format still imports exactly: golden bundles, cards and receipts (tests/sync/golden)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.db.models import ExportedBundle
from desktop.sync.container import read_container
from desktop.sync.format import CURRENT, OLDEST, bundle_format
from desktop.sync.payload import sha256
from tests.conftest import Opened
from tests.sync.golden.make_golden import imported_rows, install_keys

GOLDEN = Path(__file__).parent / "golden"
VERSIONS = sorted(int(p.name[1:]) for p in GOLDEN.glob("v*") if p.is_dir())
ORIGIN = "08500@2025-07"


def about(version: int) -> dict[str, Any]:
    return json.loads((GOLDEN / f"v{version}" / "about.json").read_text(encoding="utf-8"))


def expected_rows(version: int) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    with gzip.open(GOLDEN / f"v{version}" / "bundle_rows.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            rows.setdefault(entry["table"], []).append(entry["row"])
    return rows


def test_every_format_version_has_its_golden_files() -> None:
    assert VERSIONS == list(range(OLDEST, CURRENT + 1))
    for version in VERSIONS:
        names = {p.name for p in (GOLDEN / f"v{version}").iterdir()}
        assert {"bundle.hnb", "commune_card.hnc", "hub_card.hnc", "receipt.hnr", "bundle_rows.jsonl.gz",
                "about.json"} <= names


@pytest.mark.parametrize("version", VERSIONS)
def test_a_golden_bundle_imports_exactly_the_rows_its_release_imported(hub: Opened, version: int) -> None:
    folder = GOLDEN / f"v{version}"
    install_keys(hub, "hub")
    hub.services.sync.enrol(hub.admin, (folder / "commune_card.hnc").read_bytes(),
                            confirmed_fingerprint=about(version)["commune_fingerprint"])
    (item,) = hub.services.sync.import_bundles(hub.admin, [folder / "bundle.hnb"]).value.items
    assert item.error_code == "" and item.report is not None and item.report.status == "imported"
    expected = expected_rows(version)
    actual = imported_rows(hub, ORIGIN)
    assert set(actual) == set(expected)
    current = bundle_format(CURRENT).tables
    for table, rows in expected.items():
        assert len(actual[table]) == len(rows), table
        added = [f for f in current[table].fields if f.column not in rows[0]]
        for want, got in zip(rows, actual[table], strict=True):
            # What the old release imported is imported again, and a field added since takes its default.
            assert {k: got[k] for k in want} == want, (table, want["id"])
            assert all(got[f.column] == f.default for f in added), (table, want["id"])


@pytest.mark.parametrize("version", VERSIONS)
def test_golden_cards_read_and_enrol(opened: Opened, hub: Opened, version: int) -> None:
    folder = GOLDEN / f"v{version}"
    facts = about(version)
    commune_card = hub.services.sync.read_card(hub.admin, (folder / "commune_card.hnc").read_bytes())
    assert (commune_card.role, commune_card.origin_unit, commune_card.fingerprint) == (
        "commune", ORIGIN, facts["commune_fingerprint"])
    info = opened.services.sync.enrol(opened.admin, (folder / "hub_card.hnc").read_bytes(),
                                      confirmed_fingerprint=facts["hub_fingerprint"]).value
    assert info.role == "hub"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_golden_receipt_acknowledges_the_golden_bundle(opened: Opened, version: int) -> None:
    folder = GOLDEN / f"v{version}"
    facts = about(version)
    install_keys(opened, "commune")
    opened.services.sync.enrol(opened.admin, (folder / "hub_card.hnc").read_bytes(),
                               confirmed_fingerprint=facts["hub_fingerprint"])
    payload = read_container(folder / "bundle.hnb", max_payload_bytes=1 << 24).payload
    with opened.services.register.uow() as uow:
        uow.session.add(ExportedBundle(id=facts["bundle_id"], device_id="golden", sequence=facts["sequence"],
                                       file_name="bundle.hnb", payload_sha256=sha256(payload), file_size=1))
        uow.commit()
    result = opened.services.sync.import_receipt(opened.admin, folder / "receipt.hnr").value
    assert (result.already_imported, result.listed, result.acknowledged) == (False, 1, 1)
    assert opened.services.sync.sent(opened.admin, unacknowledged_only=True) == []


def test_the_golden_refusal_receipt_acknowledges_one_bundle_and_says_the_other_waits(opened: Opened) -> None:
    """Receipt 3 (tests/sync/golden/receipts/v3): one bundle acknowledged, a newer one the hub could not read."""
    from sqlalchemy import update

    from desktop.db.models import Office

    folder = GOLDEN / "receipts" / "v3"
    facts = json.loads((folder / "about.json").read_text(encoding="utf-8"))
    bundle = GOLDEN / f"v{facts['bundle_format']}"
    install_keys(opened, "commune")
    opened.services.sync.enrol(opened.admin, (bundle / "hub_card.hnc").read_bytes(),
                               confirmed_fingerprint=about(facts["bundle_format"])["hub_fingerprint"])
    payload = read_container(bundle / "bundle.hnb", max_payload_bytes=1 << 24).payload
    with opened.services.register.uow() as uow:
        uow.session.execute(update(Office).values(device_id=facts["device"]))
        uow.session.add(ExportedBundle(id=facts["acknowledged_bundle"], device_id=facts["device"], sequence=1,
                                       file_name="a.hnb", payload_sha256=sha256(payload), file_size=1))
        uow.session.add(ExportedBundle(id=facts["refused_bundle"], device_id=facts["device"],
                                       sequence=facts["refused_sequence"], file_name="b.hnb", payload_sha256="0" * 64,
                                       file_size=1))
        uow.commit()
    result = opened.services.sync.import_receipt(opened.admin, folder / "receipt.hnr").value
    assert (result.listed, result.acknowledged) == (1, 1)
    assert [(r.bundle_id, r.sequence, r.bundle_format) for r in result.refused] == [
        (facts["refused_bundle"], facts["refused_sequence"], facts["refused_format"])]
    waiting = opened.services.sync.sent(opened.admin, unacknowledged_only=True)
    assert [b.sequence for b in waiting] == [facts["refused_sequence"]]
    items = {i.code: i.params for i in opened.services.home.attention(opened.admin)}
    assert items["home.hub_cannot_read"]["count"] == 1
