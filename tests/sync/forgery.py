"""Taking a real bundle apart and sealing altered versions with real keys, as a forger with the PC would."""

from __future__ import annotations

import base64
import io
import json
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.sync.age_crypto import AgeIdentity, decrypt, encrypt
from desktop.sync.container import read_container, read_inner_payload, write_container, write_inner_payload
from desktop.sync.export import bundle_comment
from desktop.sync.minisign import SigningKey, sign
from desktop.sync.payload import sha256


@dataclass
class Opened:
    """A bundle opened with the commune's own identity: envelope, inner files, payload, signature."""

    envelope: dict[str, Any]
    files: dict[str, bytes]
    payload: bytes
    signature: str
    manifest: dict[str, Any] = field(default_factory=dict)


def open_bundle(path: Path, identity: str) -> Opened:
    container = read_container(path, max_payload_bytes=1 << 30)
    files = read_inner_payload(decrypt(container.payload, [identity]), max_total=1 << 30)
    return Opened(dict(container.envelope), files, container.payload, container.signature,
                  json.loads(files["manifest.json"]))


def with_manifest(files: dict[str, bytes], manifest: dict[str, Any], *, rehash: bool = True) -> dict[str, bytes]:
    """Files with `manifest` written in, hashes and counts recomputed unless `rehash` is False."""
    manifest = json.loads(json.dumps(manifest))
    if rehash:
        manifest["files"] = {name: {"sha256": sha256(data), "records": len([x for x in data.split(b"\n") if x])}
                             for name, data in files.items() if name != "manifest.json"}
    return {**files, "manifest.json": json.dumps(manifest, sort_keys=True).encode()}


def seal(target: Path, envelope: dict[str, Any], inner: dict[str, bytes] | bytes, *, key: SigningKey,
         recipients: list[str], comment: str | None = None) -> Path:
    """A container at `target` around `inner` (files or raw ZIP bytes), encrypted and signed for real."""
    raw = inner if isinstance(inner, bytes) else write_inner_payload(inner)
    payload = encrypt(raw, recipients)
    signature = sign(key, payload, trusted_comment=comment if comment is not None else bundle_comment(envelope))
    write_container(target, envelope=envelope, payload=payload, signature=signature)
    return target


def zip_bytes(members: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_STORED) -> bytes:
    """A ZIP with exactly these members, whatever their names (the forger's own writer)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return buffer.getvalue()


def rezip_container(path: Path, change: Callable[[str, bytes], bytes], target: Path) -> Path:
    """The same container with one member's bytes changed and its CRC fixed, so the ZIP itself is sound."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, change(info.filename, archive.read(info))) for info in archive.infolist()]
    target.write_bytes(zip_bytes(members))
    return target


def patch_central_size(data: bytes, name: str, file_size: int) -> bytes:
    """Overwrite the uncompressed size of `name` in the central directory: a header that lies."""
    patched = bytearray(data)
    start = data.index(b"PK\x01\x02")
    while data[start + 46: start + 46 + struct.unpack_from("<H", data, start + 28)[0]] != name.encode():
        start = data.index(b"PK\x01\x02", start + 46)
    struct.pack_into("<I", patched, start + 24, file_size)
    return bytes(patched)


def flip_signature_bit(signature: str, *, line: int, byte: int) -> str:
    """Flip one bit of the decoded signature line `line` (1: signature, 3: global signature)."""
    lines = signature.split("\n")
    blob = bytearray(base64.b64decode(lines[line]))
    blob[byte] ^= 0x01
    lines[line] = base64.b64encode(bytes(blob)).decode()
    return "\n".join(lines)


def flip_comment_bit(signature: str) -> str:
    """Flip one bit of the trusted comment's last digit (still printable, still one line)."""
    lines = signature.split("\n")
    comment = lines[2]
    index = max(i for i, char in enumerate(comment) if char.isdigit())
    lines[2] = comment[:index] + chr(ord(comment[index]) ^ 0x01) + comment[index + 1:]
    return "\n".join(lines)


def flip_envelope_digit(envelope_json: bytes) -> bytes:
    """Flip the lowest bit of the first digit inside the bundle id: still JSON, still a UUID, another id."""
    text = envelope_json.decode()
    start = text.index('"bundle_id": "') + len('"bundle_id": "')
    index = next(i for i in range(start, start + 36) if text[i].isdigit())
    return (text[:index] + chr(ord(text[index]) ^ 0x01) + text[index + 1:]).encode()


def new_identity() -> AgeIdentity:
    return AgeIdentity.generate()


def new_bundle_id() -> str:
    return str(uuid.uuid4())
