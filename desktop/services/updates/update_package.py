"""The signed update package (`.hnu`): a stored ZIP of update.json, its minisign signature and the payload.

`update.json` names the product, the version, what the payload is (`wheel` for a pip install,
`folder` for the PyInstaller folder zipped) and the payload's SHA-256; the signature covers
update.json, so it covers the payload through the hash. An auditor checks a package with the
stock tools: `unzip`, then `minisign -V -P <release key> -m update.json` and `sha256sum`.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.minisign import PublicKey, SignatureInvalid, SigningKey

SUFFIX = ".hnu"
FORMAT = 1
MANIFEST = "update.json"
SIGNATURE = "update.json.minisig"
KINDS = ("wheel", "folder")
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
_VERSION = re.compile(r"^(\d{1,4})\.(\d{1,4})\.(\d{1,4})$")
_PAYLOAD_NAME = re.compile(r"^[A-Za-z0-9._+-]{1,200}$")


def parse_version(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text or "")
    if match is None:
        raise ValueError(f"not a release version: {text!r}")
    return int(match[1]), int(match[2]), int(match[3])


@dataclass(frozen=True)
class UpdatePackage:
    """A package whose signature, key, payload hash and fields were all checked."""

    path: Path
    version: str
    kind: str
    payload_name: str
    payload: bytes
    created_at: str
    notes: str
    key_id: str


def _comment(manifest: dict[str, Any]) -> str:
    return f"hoanhap-update version={manifest['version']} kind={manifest['kind']} sha256={manifest['sha256']}"


def build_package(target: Path, *, payload: Path, version: str, kind: str, key: SigningKey, created_at: datetime,
                  notes: str = "") -> Path:
    """Write a signed package (the release procedure's last step, and the tests' packages)."""
    parse_version(version)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    data = payload.read_bytes()
    manifest = {"format": FORMAT, "product": "hoanhap", "version": version, "kind": kind, "payload": payload.name,
                "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "created_at": created_at.isoformat(),
                "notes": notes}
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = minisign.sign(key, text, trusted_comment=_comment(manifest),
                              untrusted_comment="Hoa Nhap release signature")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, text)
        archive.writestr(SIGNATURE, signature)
        archive.writestr(f"payload/{payload.name}", data)
    target.write_bytes(buffer.getvalue())
    return target


def read_package(path: Path, *, trusted: list[PublicKey], installed: str) -> UpdatePackage:
    """Check everything before anything is written: a refusal names the reason and changes nothing."""
    name = path.name
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise DomainError("update.unreadable", path=name)
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            manifest_bytes = archive.read(MANIFEST)
            signature = archive.read(SIGNATURE).decode("utf-8")
            manifest = json.loads(manifest_bytes)
            payload_name = str(manifest["payload"])
            if not _PAYLOAD_NAME.match(payload_name) or names != {MANIFEST, SIGNATURE, f"payload/{payload_name}"}:
                raise DomainError("update.unreadable", path=name)
            payload = archive.read(f"payload/{payload_name}")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, UnicodeDecodeError, EOFError):
        raise DomainError("update.unreadable", path=name) from None
    comment, key_id, claimed = None, "", "?"
    for key in trusted:
        try:
            comment, key_id = minisign.verify(key, manifest_bytes, signature), key.key_id_hex
            break
        except SignatureInvalid as error:
            if error.code != "sync.signature_key_mismatch":
                raise DomainError("update.bad_signature", path=name) from None
            claimed = str(error.params.get("found", "?"))
    if comment is None:
        raise DomainError("update.unknown_key", path=name, key_id=claimed)
    try:
        checks = (manifest["format"] == FORMAT, manifest["product"] == "hoanhap", manifest["kind"] in KINDS,
                  comment == _comment(manifest))
        version = str(manifest["version"])
        newer = parse_version(version) > parse_version(installed)
    except (KeyError, ValueError, TypeError):
        raise DomainError("update.unreadable", path=name) from None
    if not all(checks):
        raise DomainError("update.unreadable", path=name)
    if hashlib.sha256(payload).hexdigest() != manifest["sha256"]:
        raise DomainError("update.bad_signature", path=name)  # the payload was changed after signing
    if not newer:
        raise DomainError("update.downgrade", path=name, version=version, installed=installed)
    return UpdatePackage(path, version, manifest["kind"], payload_name, payload, str(manifest.get("created_at", "")),
                         str(manifest.get("notes", "")), key_id)

