"""Write one format version's golden sync files: a bundle, both office cards, a receipt, the rows imported.

Run it with the code of the release whose format is being recorded on the import path, e.g. for
format 1 (release a2ebe13):

    mkdir /tmp/v1 && git archive a2ebe13 | tar -x -C /tmp/v1
    cd /tmp/v1 && PYTHONPATH=/tmp/v1 <venv>/bin/python <repo>/tests/sync/golden/make_golden.py \
        --out <repo>/tests/sync/golden/v1 --made-by a2ebe13

and for the current format from the repository itself (`--out tests/sync/golden/v<N>`).
It uses only APIs that release 1 already had (make_register, the sync service, the demo fillers),
so the same script records every version. The keys are the fixed test keys of `test_keys.toml`,
so the tests can decrypt the bundle as the hub and check the receipt as the commune.
Once written, a version's files are never regenerated: every later release must import them.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import random
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.models import Client, DeviceKey
from desktop.demo.office import FILLERS
from desktop.domain import periods
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.minisign import SEED_BYTES, SigningKey
from desktop.sync.payload import table_specs, to_json_value
from tests.conftest import ADMIN, NOW, PASSWORD, Opened, make_register

KEYS = Path(__file__).with_name("test_keys.toml")
COMMUNE = "08500"


def install_keys(opened: Opened, office: str) -> None:
    """Replace the register's random device keys by the fixed test keys of `office`."""
    keys = tomllib.loads(KEYS.read_text(encoding="utf-8"))[office]
    raw = base64.b64decode(keys["minisign_secret"])
    signing = SigningKey.from_seed(raw[:SEED_BYTES], raw[SEED_BYTES:])
    age = AgeIdentity.from_string(keys["age_secret"])
    with opened.services.register.uow() as uow:
        uow.session.execute(delete(DeviceKey))
        uow.session.add(DeviceKey(kind="minisign", key_id=signing.key_id_hex, public=signing.public_key().to_minisign(),
                                  secret=keys["minisign_secret"], created_at=opened.clock.now()))
        uow.session.add(DeviceKey(kind="age", key_id=age.recipient, public=age.recipient, secret=age.secret,
                                  created_at=opened.clock.now()))
        uow.commit()


def open_office(root: Path, clock: FixedClock, role: OfficeRole) -> Opened:
    recovery = make_register(root, clock, role=role, commune=COMMUNE)
    data_dir = DataDir(root)
    register, admin = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    return Opened(build_services(register), admin, data_dir, clock, recovery)


def imported_rows(opened: Opened, origin: str) -> dict[str, list[dict[str, Any]]]:
    """Every travelling column of every record from `origin`, by table, sorted by id, as JSON values."""
    rows: dict[str, list[dict[str, Any]]] = {}
    with opened.services.register.uow() as uow:
        for name, spec in table_specs().items():
            columns = [spec.table.c[c] for c in spec.column_names]
            found = uow.session.execute(select(*columns).where(spec.table.c.origin_unit == origin)
                                        .order_by(spec.table.c.id)).all()
            if found:
                rows[name] = [{c: to_json_value(v) for c, v in zip(spec.column_names, row, strict=True)}
                              for row in found]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--made-by", required=True, help="the commit whose code writes the files")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    clock = FixedClock(NOW)
    with tempfile.TemporaryDirectory() as work:
        commune = open_office(Path(work) / "commune", clock, OfficeRole.COMMUNE)
        hub = open_office(Path(work) / "hub", clock, OfficeRole.HUB)
        install_keys(commune, "commune")
        install_keys(hub, "hub")
        hub_card = hub.services.sync.own_card(hub.admin)
        commune.services.sync.enrol(commune.admin, hub_card.data, confirmed_fingerprint=hub_card.fingerprint)
        commune_card = commune.services.sync.own_card(commune.admin)
        hub.services.sync.enrol(hub.admin, commune_card.data, confirmed_fingerprint=commune_card.fingerprint)
        rng = random.Random(11)
        for filler in FILLERS:
            filler(commune.services, commune.admin, rng, clock.today())
        commune.services.reports.set_parameter(commune.admin, "students", period=periods.quarter(2026, 3), value=412)
        with commune.services.register.uow() as uow:
            client_id, code = uow.session.execute(select(Client.id, Client.uic).order_by(Client.id)).first()
        commune.services.client_rights.erase(commune.admin, client_id, confirm_code=code)
        commune.services.sync.close_period(commune.admin, "2026-10")
        usb = Path(work) / "usb"
        usb.mkdir()
        exported = commune.services.sync.export_bundle(commune.admin, usb).value
        (bundle,) = [f.path for f in exported.files]
        hub.services.sync.import_bundles(hub.admin, [bundle], receipt_folder=usb / "receipts")
        (receipt,) = sorted((usb / "receipts").iterdir())
        (out / "bundle.hnb").write_bytes(bundle.read_bytes())
        (out / "receipt.hnr").write_bytes(receipt.read_bytes())
        (out / "commune_card.hnc").write_bytes(commune_card.data)
        (out / "hub_card.hnc").write_bytes(hub_card.data)
        rows = imported_rows(hub, _origin(commune))
        # One record a line, gzipped: about 0.9 MB of JSON otherwise.
        lines = [json.dumps({"table": name, "row": row}, ensure_ascii=False, sort_keys=True)
                 for name, found in rows.items() for row in found]
        (out / "bundle_rows.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
        about = {
            "made_by": args.made_by, "bundle_id": exported.files[0].bundle_id, "sequence": exported.files[0].sequence,
            "commune_fingerprint": commune_card.fingerprint, "hub_fingerprint": hub_card.fingerprint,
            "records": {name: len(found) for name, found in rows.items()},
        }
        (out / "about.json").write_text(json.dumps(about, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
        commune.services.register.close()
        hub.services.register.close()
    print(json.dumps(about["records"]), file=sys.stderr)


def _origin(opened: Opened) -> str:
    from desktop.sync.keys import own_office

    with opened.services.register.uow() as uow:
        return own_office(uow.session).origin_unit


if __name__ == "__main__":
    main()
