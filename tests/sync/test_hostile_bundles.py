"""The hostile corpus: each bad bundle is refused by its own code and the hub's data stays exactly as it was."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from desktop.db.models import OfficeCard
from desktop.domain.messages import MESSAGES, render
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.container import write_container
from desktop.sync.export import bundle_comment
from desktop.sync.minisign import SigningKey, sign
from desktop.sync.payload import converter, table_specs
from tests.sync import forgery
from tests.sync.sync_helpers import Pair, checksum, device_keys, hub_identity, outreach, pair  # noqa: F401


@dataclass
class Scene:
    pair: Pair
    good: Path
    key: SigningKey
    identity: str
    hub_recipient: str
    folder: Path

    @property
    def parts(self) -> forgery.Opened:
        return forgery.open_bundle(self.good, self.identity)

    def target(self, name: str = "25-08500-000001.hnb") -> Path:
        path = self.folder / name
        path.parent.mkdir(exist_ok=True)
        return path

    def import_good(self) -> None:
        assert self.pair.receive(self.good).items[0].report is not None

    def reseal(self, *, envelope: dict | None = None, files: dict[str, bytes] | bytes | None = None,
               key: SigningKey | None = None, recipients: list[str] | None = None) -> Path:
        parts = self.parts
        return forgery.seal(self.target(), envelope or parts.envelope, files if files is not None else parts.files,
                            key=key or self.key, recipients=recipients or [self.hub_recipient])

    def with_records(self, table: str, change: Callable[[list[dict]], list[dict]], **manifest: object) -> Path:
        parts = self.parts
        name = f"{table}.jsonl"
        rows = [json.loads(line) for line in parts.files.get(name, b"").splitlines() if line]
        lines = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in change(rows))
        files = forgery.with_manifest({**parts.files, name: lines}, {**parts.manifest, **manifest})
        return self.reseal(files=files)


@pytest.fixture
def scene(pair: Pair, tmp_path: Path) -> Scene:
    for place in ("Nhà văn hóa thôn Đồng Xuân", "Hội trường UBND xã", "Trạm y tế xã"):
        outreach(pair.commune, place=place, notes="ghi chú riêng")
    good = pair.send()[0]
    key, identity = device_keys(pair.commune)
    recipient = AgeIdentity.from_string(hub_identity(pair.hub)).recipient
    return Scene(pair, good, key, identity, recipient, tmp_path / "forged")


def _bytes(scene: Scene, data: bytes) -> Path:
    path = scene.target()
    path.write_bytes(data)
    return path


def _flip_raw(scene: Scene) -> Path:
    data = bytearray(scene.good.read_bytes())
    data[len(data) // 2] ^= 0x10
    return _bytes(scene, bytes(data))


def _rezip(scene: Scene, member: str, change: Callable[[bytes], bytes]) -> Path:
    return forgery.rezip_container(scene.good, lambda name, data: change(data) if name == member else data,
                                   scene.target())


def _flip_payload(data: bytes) -> bytes:
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x01
    return bytes(flipped)


def _unknown_key(scene: Scene) -> Path:
    stranger = SigningKey.generate()
    return scene.reseal(envelope={**scene.parts.envelope, "sender_key_id": stranger.key_id_hex}, key=stranger)


def _revoked(scene: Scene) -> Path:
    hub = scene.pair.hub
    with hub.services.register.uow() as uow:
        card_id = uow.session.execute(select(OfficeCard.id).where(OfficeCard.role == "commune")).scalar_one()
    hub.services.sync.revoke(hub.admin, card_id)
    return scene.good


def _claims_other_commune(scene: Scene) -> Path:
    parts = scene.parts
    envelope = {**parts.envelope, "sender_unit": "08218@2025-07"}
    files = forgery.with_manifest(parts.files, {**parts.manifest, "sender_unit": "08218@2025-07"})
    return scene.reseal(envelope=envelope, files=files)


def _under_new_id(scene: Scene, *, import_first: bool) -> Path:
    """The signed payload of bundle 1 under a fresh id and number, re-signed with the real key."""
    if import_first:
        scene.import_good()
    parts = scene.parts
    envelope = {**parts.envelope, "bundle_id": forgery.new_bundle_id(), "sequence": 2}
    target = scene.target("25-08500-000002.hnb")
    signature = sign(scene.key, parts.payload, trusted_comment=bundle_comment(envelope))
    write_container(target, envelope=envelope, payload=parts.payload, signature=signature)
    return target


def _manifest_hash_mismatch(scene: Scene) -> Path:
    parts = scene.parts
    name = "outreach_sessions.jsonl"
    files = {**parts.files, name: parts.files[name].replace(b'"participants_total":20', b'"participants_total":21', 1)}
    assert files[name] != parts.files[name]
    return scene.reseal(files=files)


def _unknown_table(scene: Scene) -> Path:
    parts = scene.parts
    files = forgery.with_manifest({**parts.files, "secret_list.jsonl": b'{"id": "x"}\n'}, parts.manifest)
    return scene.reseal(files=files)


def _foreign_origin(scene: Scene) -> Path:
    return scene.with_records("outreach_sessions", lambda rows: [{**rows[0], "origin_unit": "08218@2025-07"},
                                                                  *rows[1:]])


def _manifest_format_differs(scene: Scene) -> Path:
    # The envelope says the current format; the signed manifest inside claims format 1.
    parts = scene.parts
    files = forgery.with_manifest(parts.files, {**parts.manifest, "format": 1})
    return scene.reseal(files=files)


def _traversal_outer(scene: Scene) -> Path:
    with zipfile.ZipFile(scene.good) as archive:
        members = [(("../" + info.filename) if info.filename == "envelope.json" else info.filename,
                    archive.read(info)) for info in archive.infolist()]
    return _bytes(scene, forgery.zip_bytes(members))


def _traversal_inner(scene: Scene) -> Path:
    parts = scene.parts
    members = [("manifest.json", parts.files["manifest.json"]), ("../../startup/evil.jsonl", b"{}\n")]
    return scene.reseal(files=forgery.zip_bytes(members, method=zipfile.ZIP_DEFLATED))


def _bomb(*, lying: bool) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        parts = scene.parts
        members = [("manifest.json", parts.files["manifest.json"]), ("outreach_sessions.jsonl", bytes(30_000_000))]
        inner = forgery.zip_bytes(members, method=zipfile.ZIP_DEFLATED)
        if lying:
            inner = forgery.patch_central_size(inner, "outreach_sessions.jsonl", 1000)
        return scene.reseal(files=inner)
    return build


def _duplicate_ids(scene: Scene) -> Path:
    return scene.with_records("outreach_sessions", lambda rows: [*rows, rows[0]])


def _other_recipient(scene: Scene) -> Path:
    return scene.reseal(recipients=[AgeIdentity.generate().recipient])


def _smuggled_local_column(scene: Scene) -> Path:
    return scene.with_records("outreach_sessions", lambda rows: [{**rows[0], "notes": "lén gửi"}, *rows[1:]])


def _wrong_type(scene: Scene) -> Path:
    return scene.with_records("outreach_sessions", lambda rows: [{**rows[0], "participants_total": "hai mươi"},
                                                                  *rows[1:]])


def _overwrites_other_commune(scene: Scene) -> Path:
    """The hub already holds a record of commune 08218 under the id this commune's bundle uses."""
    spec = table_specs()["outreach_sessions"]
    victim = json.loads(scene.parts.files["outreach_sessions.jsonl"].splitlines()[0])
    values = {c.name: converter(c)(victim[c.name]) for c in spec.columns}
    with scene.pair.hub.services.register.uow() as uow:
        uow.session.execute(insert(spec.table), [{**values, "origin_unit": "08218@2025-07"}])
        uow.commit()
    return scene.good


def _broken_chain(scene: Scene) -> Path:
    scene.import_good()
    outreach(scene.pair.commune, place="Chợ trung tâm xã")
    second = scene.pair.send()[0]
    parts = forgery.open_bundle(second, scene.identity)
    files = forgery.with_manifest(parts.files, {**parts.manifest, "previous_sha256": "0" * 64})
    return forgery.seal(scene.target(second.name), parts.envelope, files, key=scene.key,
                        recipients=[scene.hub_recipient])


def _id_reused(scene: Scene) -> Path:
    scene.import_good()
    return scene.with_records("outreach_sessions", lambda rows: rows[:1])


CASES: dict[str, tuple[str, Callable[[Scene], Path]]] = {
    "truncated file": ("sync.truncated", lambda s: _bytes(s, s.good.read_bytes()[: s.good.stat().st_size // 2])),
    "empty file": ("sync.empty_file", lambda s: _bytes(s, b"")),
    "not a ZIP at all": ("sync.not_a_zip", lambda s: _bytes(s, "Kính gửi UBND tỉnh,\n".encode() * 40)),
    "bit flipped on the USB stick (ZIP CRC)": ("sync.truncated", _flip_raw),
    "bit flipped in payload.age": ("sync.signature_bad", lambda s: _rezip(s, "payload.age", _flip_payload)),
    "bit flipped in the signature": ("sync.signature_bad", lambda s: _rezip(
        s, "payload.age.minisig", lambda d: forgery.flip_signature_bit(d.decode(), line=1, byte=30).encode())),
    "bit flipped in the trusted comment": ("sync.signature_comment_bad", lambda s: _rezip(
        s, "payload.age.minisig", lambda d: forgery.flip_comment_bit(d.decode()).encode())),
    "bit flipped in envelope.json": ("sync.envelope_mismatch", lambda s: _rezip(
        s, "envelope.json", forgery.flip_envelope_digit)),
    "signed by an unknown key": ("sync.key_unknown", _unknown_key),
    "signed by a revoked key": ("sync.key_revoked", _revoked),
    "commune key claiming another commune": ("sync.sender_mismatch", _claims_other_commune),
    "replay of an old bundle under a new id": ("sync.replay", lambda s: _under_new_id(s, import_first=True)),
    "old payload under a new id, never imported": ("sync.manifest_mismatch",
                                                    lambda s: _under_new_id(s, import_first=False)),
    "same bundle id, other content": ("sync.bundle_id_reused", _id_reused),
    "manifest hash mismatch": ("sync.manifest_hash_mismatch", _manifest_hash_mismatch),
    "record of a table that does not exist": ("sync.unknown_table", _unknown_table),
    "record whose origin unit is not the sender's": ("sync.record_foreign_origin", _foreign_origin),
    "record id owned by another commune": ("sync.foreign_record", _overwrites_other_commune),
    "manifest format differs from the envelope's": ("sync.manifest_mismatch", _manifest_format_differs),
    "path traversal name in the container": ("sync.unsafe_name", _traversal_outer),
    "path traversal name in the payload": ("sync.unsafe_name", _traversal_inner),
    "ZIP bomb, declared expansion": ("sync.too_large", _bomb(lying=False)),
    "ZIP bomb, real expansion behind a lying header": ("sync.truncated", _bomb(lying=True)),
    "duplicate record ids in one bundle": ("sync.duplicate_record", _duplicate_ids),
    "encrypted for another office": ("sync.decrypt_failed", _other_recipient),
    "local-only column smuggled in": ("sync.record_unknown_column", _smuggled_local_column),
    "value of the wrong type": ("sync.record_bad_value", _wrong_type),
    "broken hash chain": ("sync.chain_broken", _broken_chain),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_and_changes_nothing(scene: Scene, case: str) -> None:
    expected, build = CASES[case]
    hostile = build(scene)
    before = checksum(scene.pair.hub)
    item = scene.pair.receive(hostile).items[0]
    assert item.refused, f"{case}: imported {item.report}"
    assert item.error_code == expected, f"{case}: {item.error_code} {item.error_params}"
    assert checksum(scene.pair.hub) == before
    print(f"\nHOSTILE | {case} | {item.error_code}")


def test_a_dry_run_refuses_the_same_way(scene: Scene) -> None:
    before = checksum(scene.pair.hub)
    item = scene.pair.receive(_duplicate_ids(scene), dry_run=True).items[0]
    assert item.error_code == "sync.duplicate_record"
    assert checksum(scene.pair.hub) == before


def test_the_good_bundle_of_the_scene_imports(scene: Scene) -> None:
    """The control: the bundle every forgery starts from is accepted."""
    before = checksum(scene.pair.hub)
    report = scene.pair.receive(scene.good).items[0].report
    assert report is not None and report.counts.new == 3
    assert checksum(scene.pair.hub) != before


def test_every_refusal_code_has_a_vietnamese_message() -> None:
    folder = Path(forgery.__file__).parents[2] / "desktop"
    sources = [*(folder / "sync").glob("*.py"), *(folder / "services" / "sync").glob("sync*.py"), folder / "cli" / "sync.py"]
    raising = [line for path in sources for line in path.read_text("utf-8").splitlines()
               if "Error(" in line or "Invalid(" in line or 'code = "sync.' in line]
    codes = {code for line in raising for code in re.findall(r'"(sync\.[a-z_]+)"', line)}
    assert {expected for expected, _ in CASES.values()} <= codes
    assert codes <= MESSAGES.keys(), sorted(codes - MESSAGES.keys())
    shown = render("sync.sender_mismatch", {"claimed": "08218@2025-07", "actual": "08500@2025-07"})
    assert "08218@2025-07" in shown and "{" not in shown
