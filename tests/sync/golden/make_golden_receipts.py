"""Write the golden receipt of one receipt version that bundle goldens do not cover (tests/sync/golden/receipts).

Receipt 3 (a bundle the hub cannot read yet) needs a refusal, which the bundle goldens of
`make_golden.py` never have. This writes, with the fixed test keys, the hub's receipt after it
imported the format-2 golden bundle and refused a second bundle of the same commune as too new:

    PYTHONPATH=. .venv/bin/python tests/sync/golden/make_golden_receipts.py --out tests/sync/golden/receipts/v3 \\
        --made-by <commit>

Once written, the files are never regenerated: every later release must import them.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import uuid
from pathlib import Path

from desktop.domain.codes import OfficeRole
from desktop.services.context import FixedClock
from desktop.sync.cards import read_card
from desktop.sync.refusals import NewerBundle, record_refusal
from tests.conftest import NOW
from tests.sync.golden.make_golden import install_keys, open_office

GOLDEN = Path(__file__).parent
BUNDLE_FORMAT = 2  # the golden bundle the receipt acknowledges
REFUSED_FORMAT = 3  # the format of the bundle it refuses (newer than the hub that wrote it reads)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--made-by", required=True)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    source = GOLDEN / f"v{BUNDLE_FORMAT}"
    about = json.loads((source / "about.json").read_text(encoding="utf-8"))
    card = read_card((source / "commune_card.hnc").read_bytes())
    with tempfile.TemporaryDirectory() as work:
        hub = open_office(Path(work) / "hub", FixedClock(NOW), OfficeRole.HUB)
        install_keys(hub, "hub")
        hub.services.sync.enrol(hub.admin, (source / "commune_card.hnc").read_bytes(),
                                confirmed_fingerprint=about["commune_fingerprint"])
        refused = NewerBundle(str(uuid.UUID(int=3)), card.origin_unit, card.device_id, card.key_id,
                              about["sequence"] + 1, REFUSED_FORMAT)
        with hub.services.register.uow() as uow:
            record_refusal(uow.session, refused, now=hub.clock.now(), actor_id=hub.admin.account_id)
            uow.commit()
        receipts = Path(work) / "receipts"
        hub.services.sync.import_bundles(hub.admin, [source / "bundle.hnb"], receipt_folder=receipts)
        (receipt,) = sorted(receipts.iterdir())
        (out / "receipt.hnr").write_bytes(receipt.read_bytes())
        facts = {"made_by": args.made_by, "bundle_format": BUNDLE_FORMAT, "acknowledged_bundle": about["bundle_id"],
                 "refused_bundle": refused.bundle_id, "refused_sequence": refused.sequence,
                 "refused_format": REFUSED_FORMAT, "device": card.device_id}
        (out / "about.json").write_text(json.dumps(facts, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        hub.services.register.close()


if __name__ == "__main__":
    main()
