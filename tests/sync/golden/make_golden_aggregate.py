"""Write the golden files of an aggregate format version (tests/sync/golden/aggregate_v<N>).

A commune (08500) with the demo data sends October 2026 to its province hub (25), which closes the
period and sends its aggregate to the national hub; all three use the fixed test keys of
`test_keys.toml` ([commune], [hub], [national]), so the tests can verify and decrypt the file:

    PYTHONPATH=. .venv/bin/python tests/sync/golden/make_golden_aggregate.py --out tests/sync/golden/aggregate_v1 \\
        --made-by <commit>

Once written, a version's files are never regenerated: every later release must import them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tempfile
from pathlib import Path

from desktop.demo.office import FILLERS
from desktop.domain.codes import OfficeRole
from desktop.services.context import FixedClock
from desktop.sync import aggregate
from desktop.sync.aggregate import AGGREGATE_FORMAT
from tests.conftest import NOW
from tests.sync.golden.make_golden import install_keys, open_office
from tests.sync.national_helpers import PERIOD, enrol_national, open_national
from tests.sync.sync_helpers import exchange_cards


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--made-by", required=True)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    clock = FixedClock(NOW)
    with tempfile.TemporaryDirectory() as work:
        commune = open_office(Path(work) / "commune", clock, OfficeRole.COMMUNE)
        hub = open_office(Path(work) / "hub", clock, OfficeRole.HUB)
        national = next(open_national(Path(work) / "national", clock))
        for office, keys in ((commune, "commune"), (hub, "hub"), (national, "national")):
            install_keys(office, keys)
        exchange_cards(commune, hub)
        enrol_national(hub, national)
        rng = random.Random(11)
        for filler in FILLERS:
            filler(commune.services, commune.admin, rng, clock.today())
        usb = Path(work) / "usb"
        usb.mkdir()
        files = commune.services.sync.export_bundle(commune.admin, usb, close_period=PERIOD).value.files
        hub.services.sync.import_bundles(hub.admin, [f.path for f in files], receipt_folder=usb / "receipts")
        sent = hub.services.national.send_to_national(hub.admin, PERIOD, usb / "up").value
        assert sent.path is not None
        (out / "aggregate.hna").write_bytes(sent.path.read_bytes())
        province_card = hub.services.sync.own_card(hub.admin)
        national_card = national.services.sync.own_card(national.admin)
        (out / "province_card.hnc").write_bytes(province_card.data)
        (out / "national_card.hnc").write_bytes(national_card.data)
        (item,) = national.services.national.import_aggregates(national.admin, [out / "aggregate.hna"]).value
        report = national.services.national.national_report(national.admin, PERIOD)
        about = {
            "made_by": args.made_by, "format": AGGREGATE_FORMAT, "bundle_id": sent.bundle_id, "period": PERIOD,
            "sequence": sent.sequence, "province_fingerprint": province_card.fingerprint,
            "national_fingerprint": national_card.fingerprint, "import": item.status,
            # The spec file of a written format never changes (tests/sync/test_aggregate_golden.py checks it).
            "spec_sha256": hashlib.sha256((Path(aggregate.__file__).parent / "format" / f"aggregate_v{AGGREGATE_FORMAT}.toml")
                                          .read_bytes()).hexdigest(),
            # What the national hub of that release made of it: the total of each indicator as printed.
            "totals": {i.code: {"value": i.total.value, "hidden": i.total.hidden, "at_least": i.total.at_least}
                       for i in report.indicators},
        }
        (out / "about.json").write_text(json.dumps(about, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
        for office in (commune, hub, national):
            office.services.register.close()


if __name__ == "__main__":
    main()
