"""The bundle's ZIP files: the stored outer container and the compressed inner payload.

Bundles arrive from USB sticks and email, so every byte is hostile until the signature is
checked: reading refuses odd names, oversized or bomb-like members and broken archives with
a specific code, and never lets the standard library's own exceptions escape.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.db.files import atomic_path
from desktop.domain.problems import DomainError

ENVELOPE_NAME = "envelope.json"
PAYLOAD_NAME = "payload.age"
SIGNATURE_NAME = "payload.age.minisig"
CONTAINER_MEMBERS = (ENVELOPE_NAME, PAYLOAD_NAME, SIGNATURE_NAME)
MANIFEST_NAME = "manifest.json"
INNER_NAME = re.compile(r"[a-z_]+\.(?:jsonl|json)")
# Routing facts the importer needs before it may decrypt anything (DESIGN §5).
REQUIRED_ENVELOPE_KEYS = frozenset(
    {
        "format",
        "bundle_id",
        "sender_unit",
        "sender_device",
        "sender_key_id",
        "sequence",
        "created_at",
        "recipients",
    }
)
# Generous for a few routing facts and a signature with an 8 KiB trusted comment; anything
# bigger is not ours and is refused before it is read.
ENVELOPE_MAX_BYTES = 64 * 1024
SIGNATURE_MAX_BYTES = 16 * 1024
_ZIP_OVERHEAD_BYTES = 64 * 1024
_LOCAL_HEADER_MAGIC = b"PK\x03\x04"
# End of central directory: magic, two disk numbers, entries on this disk, entries in total,
# directory size and offset, comment length. Ours is always the last 22 bytes (no comment).
_END_RECORD = struct.Struct("<4s4H2LH")
_END_RECORD_MAGIC = b"PK\x05\x06"
# Fixed timestamps and host system make the same bundle byte-identical on Windows and Linux.
_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
_UNIX_HOST = 3
_REGULAR_FILE_RW_R_R = 0o100644 << 16
# Bit 0: encrypted (zipfile would ask for a password); bit 5: patched data; bit 6: strong
# encryption. None is ours and zipfile raises RuntimeError/NotImplementedError for them.
_REFUSED_FLAGS = 0x01 | 0x20 | 0x40
_READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What the standard zip and zlib readers raise on damaged input; all mean "broken archive".
_DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    OverflowError,
    struct.error,
    zlib.error,
)


@dataclass(frozen=True)
class Container:
    """An outer bundle as read from disk: nothing in it has been verified yet."""

    envelope: dict[str, Any]
    payload: bytes
    signature: str


def write_container(path: Path, *, envelope: Mapping[str, Any], payload: bytes, signature: str) -> None:
    """Write the outer bundle: a stored ZIP that `unzip` lists as envelope, payload, signature.

    Stored, not deflated: the age payload does not compress, and an auditor can read the
    envelope with any tool. Written beside `path` and renamed, so a full USB stick leaves
    no half bundle under the real name.
    """
    missing = REQUIRED_ENVELOPE_KEYS - envelope.keys()
    if missing:
        raise ValueError(f"envelope lacks {sorted(missing)}")
    members = {
        ENVELOPE_NAME: _envelope_bytes(envelope),
        PAYLOAD_NAME: payload,
        SIGNATURE_NAME: signature.encode("utf-8"),
    }
    with atomic_path(path) as temporary:
        with zipfile.ZipFile(temporary, "w") as archive:
            for name in CONTAINER_MEMBERS:
                archive.writestr(_member_info(name, zipfile.ZIP_STORED), members[name])


def read_container(source: Path | bytes, *, max_payload_bytes: int) -> Container:
    """Read an outer bundle, refusing anything that is not exactly our three members."""
    data = _load(source, max_bytes=max_payload_bytes + ENVELOPE_MAX_BYTES + SIGNATURE_MAX_BYTES)
    limits = {
        ENVELOPE_NAME: ENVELOPE_MAX_BYTES,
        PAYLOAD_NAME: max_payload_bytes,
        SIGNATURE_NAME: SIGNATURE_MAX_BYTES,
    }
    with _open_archive(data) as archive:
        infos = _checked_members(archive, allowed=limits.__contains__)
        for name in CONTAINER_MEMBERS:
            if name not in infos:
                raise DomainError("sync.member_missing", name=name)
        members = {name: _read_member(archive, infos[name], limit=limits[name]) for name in infos}
    try:
        signature = members[SIGNATURE_NAME].decode("utf-8")
    except UnicodeDecodeError:
        raise DomainError("sync.signature_malformed") from None
    return Container(
        envelope=_parse_envelope(members[ENVELOPE_NAME]),
        payload=members[PAYLOAD_NAME],
        signature=signature,
    )


def write_inner_payload(files: Mapping[str, bytes]) -> bytes:
    """The deflated ZIP inside payload.age: manifest.json first, then tables by name."""
    for name in files:
        if not INNER_NAME.fullmatch(name):
            raise ValueError(f"not a payload file name: {name!r}")
    if MANIFEST_NAME not in files:
        raise ValueError("the payload needs manifest.json")
    order = [MANIFEST_NAME, *sorted(name for name in files if name != MANIFEST_NAME)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in order:
            archive.writestr(_member_info(name, zipfile.ZIP_DEFLATED), files[name])
    return buffer.getvalue()


def read_inner_payload(data: bytes, *, max_total: int) -> dict[str, bytes]:
    """The files of a decrypted payload, at most `max_total` bytes once expanded."""
    with _open_archive(data) as archive:
        infos = _checked_members(archive, allowed=lambda name: INNER_NAME.fullmatch(name) is not None)
        if MANIFEST_NAME not in infos:
            raise DomainError("sync.member_missing", name=MANIFEST_NAME)
        # Declared sizes first: an honest bomb is refused before one byte is inflated.
        if sum(info.file_size for info in infos.values()) > max_total:
            raise DomainError("sync.too_large", name="payload", limit=max_total)
        files: dict[str, bytes] = {}
        budget = max_total
        for name, info in infos.items():
            files[name] = _read_member(archive, info, limit=budget)
            budget -= len(files[name])
    return files


def _envelope_bytes(envelope: Mapping[str, Any]) -> bytes:
    text = json.dumps(dict(envelope), sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _member_info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_TIMESTAMP)
    info.compress_type = method
    info.create_system = _UNIX_HOST
    info.external_attr = _REGULAR_FILE_RW_R_R
    return info


def _load(source: Path | bytes, *, max_bytes: int) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            # Size before reading: a 10 GB file picked by mistake must not be loaded at all.
            if path.stat().st_size > max_bytes + _ZIP_OVERHEAD_BYTES:
                raise DomainError("sync.too_large", name=path.name, limit=max_bytes)
            data = path.read_bytes()
        except OSError:
            raise DomainError("sync.file_unreadable", path=str(path)) from None
    if not data:
        raise DomainError("sync.empty_file")
    if len(data) > max_bytes + _ZIP_OVERHEAD_BYTES:
        raise DomainError("sync.too_large", name="bundle", limit=max_bytes)
    return data


def _open_archive(data: bytes) -> zipfile.ZipFile:
    if not data:
        raise DomainError("sync.empty_file")
    # Our writer always starts with a local file header; requiring it also refuses files that
    # merely end in a ZIP (self-extractors, polyglots), which zipfile would accept.
    if not data.startswith(_LOCAL_HEADER_MAGIC):
        raise DomainError("sync.not_a_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED:
        # Starts like a ZIP but has no readable directory: cut short or damaged in transit.
        raise DomainError("sync.truncated") from None
    # zipfile walks the directory by its byte size and ignores the entry count, so a damaged
    # comment length can hide members without any error; the count must match what was read.
    if _declared_entries(data) != len(archive.infolist()):
        archive.close()
        raise DomainError("sync.truncated")
    return archive


def _declared_entries(data: bytes) -> int | None:
    if len(data) < _END_RECORD.size:
        return None
    end = _END_RECORD.unpack_from(data, len(data) - _END_RECORD.size)
    magic, on_this_disk, comment_length = end[0], end[3], end[7]
    total: int = end[4]
    if magic != _END_RECORD_MAGIC or comment_length != 0 or on_this_disk != total:
        return None
    return total


def _checked_members(
    archive: zipfile.ZipFile, *, allowed: Callable[[str], bool]
) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        name = info.orig_filename
        # zipfile silently cuts names at NUL and turns "\" into "/" on Windows; comparing with
        # the sanitised name catches both, and the allow-list catches "../x", "/x" and "a\b".
        if name != info.filename or not allowed(name) or name in infos:
            raise DomainError("sync.unsafe_name", name=_shown(name))
        if info.flag_bits & _REFUSED_FLAGS or info.compress_type not in _READABLE_METHODS:
            raise DomainError("sync.not_a_zip")
        infos[name] = info
    return infos


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int) -> bytes:
    if info.file_size > limit:
        raise DomainError("sync.too_large", name=_shown(info.orig_filename), limit=limit)
    try:
        with archive.open(info) as stream:
            # One byte past the limit proves a lying header without inflating any further;
            # reading to the end also makes zipfile check the CRC.
            data = stream.read(limit + 1)
    except _DAMAGED:
        raise DomainError("sync.truncated") from None
    if len(data) > limit:
        raise DomainError("sync.too_large", name=_shown(info.orig_filename), limit=limit)
    return data


def _parse_envelope(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # bad UTF-8 and bad JSON are both ValueError
        raise DomainError("sync.envelope_malformed") from None
    if not isinstance(value, dict) or not REQUIRED_ENVELOPE_KEYS <= value.keys():
        raise DomainError("sync.envelope_malformed")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two "sender_unit" keys could be read differently by two tools; refuse the ambiguity.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


def _shown(text: str) -> str:
    """A short, printable excerpt of a hostile name for an error message."""
    printable = "".join(char if char.isprintable() else "?" for char in text)
    return printable if len(printable) <= 70 else printable[:67] + "…"
