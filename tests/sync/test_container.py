"""The bundle ZIPs: round trips, what `unzip` sees, and every hostile file refused by its code."""

from __future__ import annotations

import functools
import io
import json
import re
import struct
import subprocess
import sys
import tempfile
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.messages import MESSAGES, render
from desktop.domain.problems import DomainError
from desktop.sync import container as bundle_zip
from desktop.sync.age_crypto import AgeIdentity, encrypt
from desktop.sync.container import (
    CONTAINER_MEMBERS,
    Container,
    read_container,
    read_inner_payload,
    write_container,
    write_inner_payload,
)
from desktop.sync.minisign import SigningKey, sign

LIMIT = 1_000_000
PRIMITIVES = ("minisign.py", "age_crypto.py", "container.py")
ENVELOPE = {
    "format": 1,
    "bundle_id": "0b6f3c1e-5d2a-4f7e-9a41-2c8d7e6f5a10",
    "sender_unit": "25-08500",
    "sender_device": "may-1",
    "sender_key_id": "B00000000000000A",
    "sequence": 42,
    "created_at": "2026-03-01T08:00:00+07:00",
    "recipients": ["hub"],
    "note": "Xã Hòa Bình",
}
INNER_FILES = {
    "manifest.json": b'{"schema": 1}',
    "clients.jsonl": b'{"id": "a", "version": 1}\n' * 100,
    "outreach_sessions.jsonl": b"",
}


@functools.cache
def _valid_bundle() -> tuple[bytes, Container]:
    """One real bundle (age payload, minisign signature), built once for the whole module."""
    payload = encrypt(write_inner_payload(INNER_FILES), [AgeIdentity.generate().recipient])
    signature = sign(SigningKey.generate(), payload, trusted_comment="bundle=0b6f\tsequence=42")
    return _written(ENVELOPE, payload, signature), Container(dict(ENVELOPE), payload, signature)


def _written(envelope: dict[str, object], payload: bytes, signature: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "25-08500-000042.hnb"
        write_container(path, envelope=envelope, payload=payload, signature=signature)
        return path.read_bytes()


def _zip(members: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_STORED) -> bytes:
    """A ZIP with exactly these (name, data) members, duplicates and odd names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns on duplicate names
        with zipfile.ZipFile(buffer, "w", compression=method) as archive:
            for name, data in members:
                archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, method)
    return buffer.getvalue()


def _good_members() -> list[tuple[str, bytes]]:
    _, good = _valid_bundle()
    return [
        ("envelope.json", json.dumps(good.envelope).encode()),
        ("payload.age", good.payload),
        ("payload.age.minisig", good.signature.encode()),
    ]


def _patch_central_entry(data: bytes, name: str, **fields: int) -> bytes:
    """Overwrite CRC or sizes in the central directory entry of `name`, as a forger would."""
    offsets = {"crc": 16, "compressed_size": 20, "file_size": 24}
    patched = bytearray(data)
    start = data.index(b"PK\x01\x02")
    while True:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            break
        start = data.index(b"PK\x01\x02", start + 46)
    for field, value in fields.items():
        struct.pack_into("<I", patched, start + offsets[field], value)
    return bytes(patched)


def _refused(source: bytes | Path, *, limit: int = LIMIT) -> str:
    with pytest.raises(DomainError) as refused:
        read_container(source, max_payload_bytes=limit)
    return refused.value.code


def test_round_trip_from_path_and_from_bytes(tmp_path: Path) -> None:
    data, expected = _valid_bundle()
    path = tmp_path / "bundle.hnb"
    path.write_bytes(data)
    assert read_container(path, max_payload_bytes=LIMIT) == expected
    assert read_container(data, max_payload_bytes=LIMIT) == expected


def test_outer_zip_is_stored_in_order_with_sorted_utf8_envelope() -> None:
    data, _ = _valid_bundle()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert [info.filename for info in infos] == list(CONTAINER_MEMBERS)
        assert {info.compress_type for info in infos} == {zipfile.ZIP_STORED}
        envelope_text = archive.read("envelope.json").decode("utf-8")
    assert "Xã Hòa Bình" in envelope_text  # readable, not \u-escaped
    assert list(json.loads(envelope_text)) == sorted(ENVELOPE)


def test_same_bundle_gives_identical_bytes() -> None:
    data, good = _valid_bundle()
    assert _written(good.envelope, good.payload, good.signature) == data


def test_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    _, good = _valid_bundle()
    target = tmp_path / "25-08500-000042.hnb"
    write_container(target, envelope=good.envelope, payload=good.payload, signature=good.signature)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_writing_an_envelope_without_routing_facts_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sequence"):
        write_container(tmp_path / "x.hnb", envelope={"format": 1}, payload=b"", signature="")
    assert not list(tmp_path.iterdir())


@pytest.mark.tools
def test_unzip_lists_the_three_members(tmp_path: Path, stock) -> None:
    path = tmp_path / "25-08500-000042.hnb"
    path.write_bytes(_valid_bundle()[0])
    listing = stock("unzip", "-l", path)
    assert listing.returncode == 0, listing.stderr
    names = re.findall(r"^\s*\d+\s+\S+\s+\S+\s+(\S+)$", listing.stdout.decode(), flags=re.MULTILINE)
    assert names == list(CONTAINER_MEMBERS)
    assert stock("unzip", "-tq", path).returncode == 0


@pytest.mark.tools
def test_auditor_checks_a_bundle_with_unzip_minisign_and_age(tmp_path: Path, stock) -> None:
    hub, device = AgeIdentity.generate(), SigningKey.generate()
    payload = encrypt(write_inner_payload(INNER_FILES), [hub.recipient])
    signature = sign(device, payload, trusted_comment="bundle=0b6f\tsequence=42")
    bundle = tmp_path / "25-08500-000042.hnb"
    write_container(bundle, envelope=ENVELOPE, payload=payload, signature=signature)
    (tmp_path / "pub.key").write_text(device.public_key().to_minisign())
    (tmp_path / "key.txt").write_text(hub.secret + "\n")
    out = tmp_path / "out"
    assert stock("unzip", "-q", bundle, "-d", out).returncode == 0
    checked = stock("minisign", "-V", "-p", tmp_path / "pub.key", "-m", out / "payload.age")
    assert checked.returncode == 0 and b"sequence=42" in checked.stdout
    opened = stock("age", "-d", "-i", tmp_path / "key.txt", "-o", tmp_path / "inner.zip", out / "payload.age")
    assert opened.returncode == 0, opened.stderr
    assert stock("unzip", "-tq", tmp_path / "inner.zip").returncode == 0
    assert read_inner_payload((tmp_path / "inner.zip").read_bytes(), max_total=LIMIT) == INNER_FILES


def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.hnb"
    empty.write_bytes(b"")
    assert _refused(empty) == "sync.empty_file"
    assert _refused(b"") == "sync.empty_file"


@pytest.mark.parametrize(
    "data",
    [
        b"hello, this is a letter",
        b"%PDF-1.7\n",
        b"PK\x05\x06" + bytes(18),
        b"junk before" + _zip([("a", b"")]),
    ],
    ids=["text", "pdf", "empty_zip", "zip_after_junk"],
)
def test_not_a_zip_is_refused(data: bytes) -> None:
    assert _refused(data) == "sync.not_a_zip"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_bundle_is_refused(keep: float) -> None:
    data, _ = _valid_bundle()
    assert _refused(data[: int(len(data) * keep)]) == "sync.truncated"


def test_corrupted_member_fails_its_crc() -> None:
    data, good = _valid_bundle()
    at = data.index(good.payload) + 100
    assert _refused(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]) == "sync.truncated"


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert _refused(tmp_path / "gone.hnb") == "sync.file_unreadable"


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "/etc/passwd",
        "..\\payload.age",
        "payload.age/",
        "sub/envelope.json",
        "Envelope.json",
        "extra.txt",
    ],
)
def test_unsafe_or_unexpected_names_are_refused(name: str) -> None:
    assert _refused(_zip([*_good_members(), (name, b"x")])) == "sync.unsafe_name"


def test_name_cut_at_nul_is_refused() -> None:
    members = _good_members()
    members[0] = ("envelope.jsonX.exe", members[0][1])  # zipfile itself will not write a NUL
    forged = _zip(members).replace(b"envelope.jsonX.exe", b"envelope.json\0.exe")
    assert _refused(forged) == "sync.unsafe_name"


def test_duplicate_member_is_refused() -> None:
    members = _good_members()
    assert _refused(_zip([*members, members[1]])) == "sync.unsafe_name"


def test_missing_member_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        read_container(_zip(_good_members()[:2]), max_payload_bytes=LIMIT)
    assert refused.value.code == "sync.member_missing"
    assert refused.value.params == {"name": "payload.age.minisig"}


def test_encrypted_zip_member_is_refused() -> None:
    data = _zip(_good_members())
    flags_at = data.index(b"PK\x01\x02") + 8  # general purpose flags of the first central entry
    patched = data[:flags_at] + bytes([data[flags_at] | 1]) + data[flags_at + 1 :]
    assert _refused(patched) == "sync.not_a_zip"


def test_declared_huge_payload_is_refused_before_reading() -> None:
    data = _patch_central_entry(_zip(_good_members()), "payload.age", file_size=0xFFFF_FFF0)
    assert _refused(data) == "sync.too_large"


def test_real_oversized_payload_is_refused() -> None:
    members = _good_members()
    members[1] = ("payload.age", bytes(LIMIT + 1))
    assert _refused(_zip(members)) == "sync.too_large"


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.hnb"
    with big.open("wb") as handle:
        handle.truncate(LIMIT + 500_000)  # sparse: costs no disk
    assert _refused(big) == "sync.too_large"


def test_deflated_bomb_in_the_outer_zip_is_refused() -> None:
    members = _good_members()
    members[0] = ("envelope.json", b" " * 50_000_000)
    assert _refused(_zip(members, method=zipfile.ZIP_DEFLATED)) == "sync.too_large"


@pytest.mark.parametrize(
    "envelope",
    [
        b"\xff\xfe not utf-8",
        b"not json",
        b"[1, 2, 3]",
        b'"a string"',
        json.dumps({"format": 1}).encode(),
        b'{"format": NaN}',
        b"[" * 30_000 + b"]" * 30_000,
        json.dumps({**ENVELOPE}).encode()[:-1] + b', "sequence": 43}',  # duplicate key
    ],
    ids=["bad_utf8", "not_json", "array", "string", "missing_keys", "nan", "deep", "duplicate_key"],
)
def test_malformed_envelope_is_refused(envelope: bytes) -> None:
    members = _good_members()
    members[0] = ("envelope.json", envelope)
    assert _refused(_zip(members)) == "sync.envelope_malformed"


def test_signature_that_is_not_text_is_malformed() -> None:
    members = _good_members()
    members[2] = ("payload.age.minisig", b"\xff\xfe\x00")
    assert _refused(_zip(members)) == "sync.signature_malformed"


@functools.cache
def _structure(data: bytes) -> list[int]:
    """Offsets of every header byte (local headers with names, central directory, end record)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        offsets = [
            offset
            for info in archive.infolist()
            for offset in range(info.header_offset, info.header_offset + 30 + len(info.filename))
        ]
    return offsets + list(range(data.index(b"PK\x01\x02"), len(data)))


def _mutations(data: bytes) -> st.SearchStrategy[list[tuple[int, int]]]:
    # Half the changes land on header bytes: random offsets would mostly hit the payload,
    # which only exercises the CRC check.
    position = st.one_of(st.integers(0, len(data) - 1), st.sampled_from(_structure(data)))
    return st.lists(st.tuples(position, st.integers(0, 255)), min_size=1, max_size=4)


def _mutated(data: bytes, mutations: list[tuple[int, int]]) -> bytearray:
    mutated = bytearray(data)
    for position, value in mutations:
        mutated[position] = value
    return mutated


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=_mutations(_valid_bundle()[0]), cut=st.one_of(st.none(), st.integers(min_value=1)))
def test_mutated_bundle_is_refused_or_read_unchanged(
    mutations: list[tuple[int, int]], cut: int | None
) -> None:
    data, expected = _valid_bundle()
    mutated = _mutated(data, mutations)
    if cut is not None:
        mutated = mutated[: cut % len(mutated)]
    try:
        result = read_container(bytes(mutated), max_payload_bytes=LIMIT)
    except DomainError:
        return
    assert result == expected  # CRCs cover every member: a change that reads must be harmless


# --- the inner payload ----------------------------------------------------------------------


def _inner_refused(data: bytes, *, max_total: int = LIMIT) -> str:
    with pytest.raises(DomainError) as refused:
        read_inner_payload(data, max_total=max_total)
    return refused.value.code


def test_inner_payload_round_trip_is_deflated_with_manifest_first() -> None:
    data = write_inner_payload(INNER_FILES)
    assert read_inner_payload(data, max_total=LIMIT) == INNER_FILES
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist()[0] == "manifest.json"
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_DEFLATED}


@pytest.mark.parametrize(
    "files",
    [
        {"clients.jsonl": b""},
        {"manifest.json": b"", "../x.jsonl": b""},
        {"manifest.json": b"", "A.json": b""},
    ],
)
def test_writing_bad_inner_names_is_a_programming_error(files: dict[str, bytes]) -> None:
    with pytest.raises(ValueError):
        write_inner_payload(files)


@pytest.mark.parametrize(
    "name",
    ["../clients.jsonl", "/clients.jsonl", "Clients.jsonl", "clients.jsonl\n", "clients.csv", "a\\b.json"],
)
def test_unsafe_inner_names_are_refused(name: str) -> None:
    data = _zip([("manifest.json", b"{}"), (name, b"")], method=zipfile.ZIP_DEFLATED)
    assert _inner_refused(data) == "sync.unsafe_name"


def test_inner_duplicates_and_missing_manifest_are_refused() -> None:
    twice = _zip([("manifest.json", b"{}"), ("clients.jsonl", b"1"), ("clients.jsonl", b"2")])
    assert _inner_refused(twice) == "sync.unsafe_name"
    assert _inner_refused(_zip([("clients.jsonl", b"")])) == "sync.member_missing"
    assert _inner_refused(b"") == "sync.empty_file"
    assert _inner_refused(b"not a zip") == "sync.not_a_zip"


@functools.cache
def _bomb() -> bytes:
    """100 MB of zeros deflated to about 100 KB: an honest header on a zip bomb."""
    members = [("manifest.json", b"{}"), ("clients.jsonl", bytes(100_000_000))]
    return _zip(members, method=zipfile.ZIP_DEFLATED)


def test_inner_zip_bomb_is_refused_by_its_declared_size() -> None:
    assert len(_bomb()) < 200_000
    assert _inner_refused(_bomb()) == "sync.too_large"


def test_inner_zip_bomb_with_a_lying_header_never_expands_past_the_limit() -> None:
    lying = _patch_central_entry(_bomb(), "clients.jsonl", file_size=1000)
    tracemalloc.start()
    try:
        code = _inner_refused(lying)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == "sync.truncated"  # stopped at the declared 1000 bytes, whose CRC is wrong
    assert peak < 5_000_000


def test_inner_total_over_the_limit_is_refused() -> None:
    files = {"manifest.json": b"{}", "a.jsonl": b"x" * 600, "b.jsonl": b"y" * 600}
    assert _inner_refused(write_inner_payload(files), max_total=1000) == "sync.too_large"
    assert read_inner_payload(write_inner_payload(files), max_total=1202) == files


@settings(max_examples=300, deadline=None)
@given(mutations=_mutations(write_inner_payload(INNER_FILES)))
def test_mutated_inner_payload_is_refused_or_read_unchanged(mutations: list[tuple[int, int]]) -> None:
    data = _mutated(write_inner_payload(INNER_FILES), mutations)
    try:
        result = read_inner_payload(bytes(data), max_total=LIMIT)
    except DomainError:
        return
    assert result == INNER_FILES


# --- the catalogue and the layers -----------------------------------------------------------


def test_every_sync_code_has_a_vietnamese_message() -> None:
    folder = Path(bundle_zip.__file__).parent
    source = "".join((folder / name).read_text(encoding="utf-8") for name in PRIMITIVES)
    codes = set(re.findall(r'"(sync\.[a-z_]+)"', source))
    assert len(codes) >= 15
    assert codes <= MESSAGES.keys(), codes - MESSAGES.keys()
    shown = render("sync.unsafe_name", {"name": "../x"})
    assert "../x" in shown and "{" not in shown


def test_bundle_primitives_load_no_qt() -> None:
    probe = (
        "import sys, desktop.sync.minisign, desktop.sync.age_crypto, desktop.sync.container;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
