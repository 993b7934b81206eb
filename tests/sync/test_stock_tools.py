"""An auditor checks our bundles with stock unzip, minisign and age; files made by those tools import too."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.migrate import head_revision
from desktop.db.models import DeviceKey
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.cards import _canonical
from desktop.sync.container import write_container, write_inner_payload
from desktop.sync.export import bundle_comment
from desktop.sync.minisign import PublicKey
from desktop.sync.payload import FORMAT, build_manifest
from tests.conftest import Opened
from tests.sync.conftest import Run
from tests.sync.sync_helpers import Pair, device_keys, hub_identity, outreach, pair, zip_names  # noqa: F401

pytestmark = pytest.mark.tools


def _public_key_file(opened: Opened, folder: Path) -> Path:
    with opened.services.register.uow() as uow:
        text = uow.session.execute(select(DeviceKey.public).where(
            DeviceKey.kind == "minisign", DeviceKey.retired_at.is_(None))).scalar_one()
    path = folder / f"{opened.services.register.office.unit_code}.pub"
    path.write_text(text, encoding="ascii")
    return path


def _show(result: object) -> str:
    out = getattr(result, "stdout", b"") + getattr(result, "stderr", b"")
    return out.decode("utf-8", "replace")


def test_an_app_bundle_passes_unzip_minisign_and_age(pair: Pair, stock: Run, tmp_path: Path) -> None:
    outreach(pair.commune, notes="không được lộ")
    bundle = pair.send()[0]
    listing = stock("unzip", "-l", bundle)
    assert listing.returncode == 0, _show(listing)
    assert zip_names(bundle.read_bytes()) == ["envelope.json", "payload.age", "payload.age.minisig"]
    out = tmp_path / "audit"
    assert stock("unzip", "-q", "-o", bundle, "-d", out).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["envelope.json", "payload.age", "payload.age.minisig"]

    verified = stock("minisign", "-V", "-p", _public_key_file(pair.commune, tmp_path), "-m", out / "payload.age")
    assert verified.returncode == 0, _show(verified)
    envelope = json.loads((out / "envelope.json").read_text("utf-8"))
    assert "Signature and comment signature verified" in _show(verified)
    assert f"Trusted comment: hoanhap-bundle id={envelope['bundle_id']} sender=08500@2025-07" in _show(verified)

    for who, identity in (("hub", hub_identity(pair.hub)), ("commune", device_keys(pair.commune)[1])):
        key_file = tmp_path / f"{who}.key"
        key_file.write_text(identity + "\n", encoding="ascii")
        inner = tmp_path / f"inner-{who}.zip"
        decrypted = stock("age", "-d", "-i", key_file, "-o", inner, out / "payload.age")
        assert decrypted.returncode == 0, _show(decrypted)
        names = stock("unzip", "-Z1", inner)
        assert names.stdout.decode().split() == ["manifest.json", "outreach_sessions.jsonl"]
        assert "không được lộ".encode() not in inner.read_bytes()
    print(f"\n$ unzip -l {bundle.name}\n{_show(listing)}\n$ minisign -V -p 08500.pub -m payload.age\n{_show(verified)}")


def test_a_tampered_payload_fails_minisign_too(pair: Pair, stock: Run, tmp_path: Path) -> None:
    outreach(pair.commune)
    bundle = pair.send()[0]
    out = tmp_path / "audit"
    stock("unzip", "-q", "-o", bundle, "-d", out)
    payload = bytearray((out / "payload.age").read_bytes())
    payload[-10] ^= 0x01
    (out / "payload.age").write_bytes(bytes(payload))
    verified = stock("minisign", "-V", "-p", _public_key_file(pair.commune, tmp_path), "-m", out / "payload.age")
    assert verified.returncode != 0


def _stock_card(stock: Run, folder: Path, public: Path, secret: Path, recipient: str) -> bytes:
    """An office card for commune 08218 whose key was made and whose card was signed by stock minisign."""
    key = PublicKey.from_minisign(public.read_text("ascii"))
    fields = {"role": "commune", "unit_code": "08218", "admin_version": "2025-07", "province_code": "25",
              "unit_name": "Xã khác", "device_id": "stock-device-1", "minisign_public": key.to_minisign(),
              "age_recipient": recipient, "created_at": "2026-11-28T09:30:00+07:00", "previous_key_id": None}
    signed = folder / "card.bin"
    signed.write_bytes(_canonical(fields))
    assert stock("minisign", "-S", "-s", secret, "-m", signed, "-t", "hoanhap-card").returncode == 0
    document = {"format": "hoanhap-office-card", "version": 1, "card": fields, "fingerprint": key.fingerprint_groups(),
                "signature": (folder / "card.bin.minisig").read_text("utf-8"), "rotation_signature": None}
    return json.dumps(document).encode()


def _stock_bundle(stock: Run, folder: Path, *, secret: Path, key_id: str, recipient: str,
                  comment: str | None = None) -> Path:
    """A bundle whose payload `age -r` encrypted and `minisign -S` signed; only the ZIPs are Python's."""
    now = datetime(2026, 11, 28, 2, 30, tzinfo=UTC)
    envelope = {"format": FORMAT, "kind": "bundle", "bundle_id": str(uuid.uuid4()), "sender_unit": "08218@2025-07",
                "sender_province": "25", "sender_device": "stock-device-1", "sender_key_id": key_id, "sequence": 1,
                "part": 1, "parts": 1, "created_at": now.isoformat(), "recipients": [recipient]}
    record = {"id": str(uuid.uuid4()), "origin_unit": "08218@2025-07", "origin_device": "stock-device-1",
              "created_at": now.isoformat(), "updated_at": now.isoformat(), "version": 1, "held_on": "2026-11-02",
              "place": "Nhà văn hóa khu 3", "form": "meeting", "target_group": "general_public",
              "participants_total": 12, "participants_female": 12}
    table = (json.dumps(record, ensure_ascii=False) + "\n").encode()
    files = {"outreach_sessions.jsonl": table}
    manifest = build_manifest(envelope=envelope, schema_version=head_revision(), previous_sha256="", files=files,
                              counts={"outreach_sessions": 1}, periods=["2026-11"], period_closures=[], part=1,
                              parts=1, full_resend=False)
    inner = folder / "inner.zip"
    inner.write_bytes(write_inner_payload({"manifest.json": manifest, **files}))
    payload = folder / "payload.age"
    assert stock("age", "-r", recipient, "-o", payload, inner).returncode == 0
    signed = stock("minisign", "-S", "-s", secret, "-m", payload, "-t", comment or bundle_comment(envelope))
    assert signed.returncode == 0, _show(signed)
    target = folder / "25-08218-000001.hnb"
    write_container(target, envelope=envelope, payload=payload.read_bytes(),
                    signature=(folder / "payload.age.minisig").read_text("utf-8"))
    return target


def test_a_bundle_made_with_stock_tools_is_accepted_or_refused_as_it_should(
        pair: Pair, stock: Run, stock_minisign_key: tuple[Path, Path], tmp_path: Path) -> None:
    public, secret = stock_minisign_key
    key_id = PublicKey.from_minisign(public.read_text("ascii")).key_id_hex
    hub_recipient = AgeIdentity.from_string(hub_identity(pair.hub)).recipient
    card = _stock_card(stock, tmp_path, public, secret, AgeIdentity.generate().recipient)
    pair.hub.services.sync.enrol(pair.hub.admin, card, confirmed_fingerprint=json.loads(card)["fingerprint"])

    cases = {
        "other comment": ("sync.envelope_mismatch", dict(comment="signed by hand")),
        "other recipient": ("sync.decrypt_failed", dict(recipient=AgeIdentity.generate().recipient)),
    }
    for name, (code, options) in cases.items():
        folder = tmp_path / name.replace(" ", "-")
        folder.mkdir()
        bad = _stock_bundle(stock, folder, secret=secret, key_id=key_id,
                            **{"recipient": hub_recipient, **options})  # type: ignore[arg-type]
        assert pair.receive(bad).items[0].error_code == code, name

    folder = tmp_path / "good"
    folder.mkdir()
    good = _stock_bundle(stock, folder, secret=secret, key_id=key_id, recipient=hub_recipient)
    report = pair.receive(good).items[0].report
    assert report is not None and (report.status, report.counts.new, report.sender_name) == ("imported", 1, "Xã khác")


def test_a_receipt_verifies_with_minisign(pair: Pair, stock: Run, tmp_path: Path) -> None:
    outreach(pair.commune)
    summary = pair.receive(*pair.send())
    document = json.loads(summary.receipts[0].read_text("utf-8"))
    (tmp_path / "receipt.json").write_text(document["receipt"], encoding="utf-8")
    (tmp_path / "receipt.json.minisig").write_text(document["signature"], encoding="utf-8")
    verified = stock("minisign", "-V", "-p", _public_key_file(pair.hub, tmp_path), "-m", tmp_path / "receipt.json")
    assert verified.returncode == 0, _show(verified)
    assert "hoanhap-receipt" in _show(verified)
