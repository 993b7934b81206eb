"""The aggregate format's golden file imports exactly, and an auditor checks it with stock unzip, minisign and age."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.aggregate import AGGREGATE_FORMAT
from desktop.sync.cards import read_card
from tests.conftest import Opened
from tests.sync.conftest import Run
from tests.sync.golden.make_golden import KEYS, install_keys
from tests.sync.national_helpers import national  # noqa: F401 - the fixture

GOLDEN = Path(__file__).parent / "golden"
SPEC = Path(__file__).parents[2] / "desktop" / "sync" / "format"
VERSIONS = sorted(int(p.name.removeprefix("aggregate_v")) for p in GOLDEN.glob("aggregate_v*"))


def _about(version: int) -> dict[str, Any]:
    return json.loads((GOLDEN / f"aggregate_v{version}" / "about.json").read_text(encoding="utf-8"))


def test_every_aggregate_format_has_its_golden_files_and_its_spec_never_changes() -> None:
    assert VERSIONS == list(range(1, AGGREGATE_FORMAT + 1))
    for version in VERSIONS:
        spec = (SPEC / f"aggregate_v{version}.toml").read_bytes()
        assert hashlib.sha256(spec).hexdigest() == _about(version)["spec_sha256"], (
            f"aggregate_v{version}.toml changed: a change to what travels is a new aggregate format version")


@pytest.mark.parametrize("version", VERSIONS)
def test_a_golden_aggregate_imports_and_reports_as_its_release_did(national: Opened, version: int) -> None:
    folder, about = GOLDEN / f"aggregate_v{version}", _about(version)
    install_keys(national, "national")
    national.services.sync.enrol(national.admin, (folder / "province_card.hnc").read_bytes(),
                                 confirmed_fingerprint=about["province_fingerprint"])
    (item,) = national.services.national.import_aggregates(national.admin, [folder / "aggregate.hna"]).value
    assert (item.status, item.period_code, item.sequence) == ("imported", about["period"], about["sequence"])
    report = national.services.national.national_report(national.admin, about["period"])
    totals = {i.code: {"value": i.total.value, "hidden": i.total.hidden, "at_least": i.total.at_least}
              for i in report.indicators}
    assert totals == about["totals"]
    card = read_card((folder / "national_card.hnc").read_bytes())
    assert (card.role, card.unit_code, card.fingerprint) == ("national", "00", about["national_fingerprint"])


@pytest.mark.tools
def test_stock_unzip_minisign_and_age_check_an_aggregate(stock: Run, tmp_path: Path) -> None:
    folder = GOLDEN / f"aggregate_v{AGGREGATE_FORMAT}"
    bundle = folder / "aggregate.hna"
    listing = stock("unzip", "-Z1", bundle)
    assert listing.stdout.decode().split() == ["envelope.json", "payload.age", "payload.age.minisig"]
    out = tmp_path / "audit"
    assert stock("unzip", "-q", "-o", bundle, "-d", out).returncode == 0
    province = read_card((folder / "province_card.hnc").read_bytes())
    public = tmp_path / "25.pub"
    public.write_text(province.minisign_public, encoding="ascii")
    verified = stock("minisign", "-V", "-p", public, "-m", out / "payload.age")
    shown = (verified.stdout + verified.stderr).decode()
    assert verified.returncode == 0, shown
    envelope = json.loads((out / "envelope.json").read_text("utf-8"))
    assert f"Trusted comment: hoanhap-aggregate id={envelope['bundle_id']} sender=25@2025-07" in shown
    assert f"period={envelope['period']}" in shown
    identity = tmp_path / "national.key"
    identity.write_text(tomllib.loads(KEYS.read_text("utf-8"))["national"]["age_secret"] + "\n", encoding="ascii")
    inner = tmp_path / "inner.zip"
    decrypted = stock("age", "-d", "-i", identity, "-o", inner, out / "payload.age")
    assert decrypted.returncode == 0, decrypted.stderr
    names = stock("unzip", "-Z1", inner).stdout.decode().split()
    assert names == ["manifest.json", "completeness.jsonl", "indicators.jsonl", "values.jsonl"]
    # A tampered payload fails the stock verifier as well.
    damaged = tmp_path / "payload.age"
    data = bytearray((out / "payload.age").read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    (tmp_path / "payload.age.minisig").write_bytes((out / "payload.age.minisig").read_bytes())
    assert stock("minisign", "-V", "-p", public, "-m", damaged).returncode != 0
