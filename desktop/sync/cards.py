"""Office cards: the small signed file an office hands out so others can verify and encrypt to it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AdminUnit, DeviceKey, OfficeCard
from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.age_crypto import parse_recipient
from desktop.sync.format import CARD_VERSION
from desktop.sync.keys import current_recipient, current_signing_key, own_office, previous_signing_key
from desktop.sync.minisign import PublicKey

CARD_FORMAT = "hoanhap-office-card"
CARD_MAX_BYTES = 64 * 1024
CARD_SUFFIX = ".hnc"
_FIELDS = ("role", "unit_code", "admin_version", "province_code", "unit_name", "device_id", "minisign_public",
           "age_recipient", "created_at", "previous_key_id")
_UNIT = re.compile(r"\d{2}|\d{5}")


@dataclass(frozen=True)
class Card:
    """A card as read from a file, its self-signature checked; not yet trusted by anyone."""

    role: str
    unit_code: str
    admin_version: str
    province_code: str
    unit_name: str
    device_id: str
    minisign_public: str
    age_recipient: str
    created_at: datetime
    previous_key_id: str | None
    rotation_signature: str | None
    public_key: PublicKey

    @property
    def key_id(self) -> str:
        return self.public_key.key_id_hex

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint_groups()

    @property
    def origin_unit(self) -> str:
        return f"{self.unit_code}@{self.admin_version}"


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def own_card(session: Session, *, now: datetime) -> tuple[str, bytes]:
    """(file name, bytes) of this office's card, countersigned by the previous key after a rotation."""
    office = own_office(session)
    key = current_signing_key(session)
    previous = previous_signing_key(session)
    fields: dict[str, Any] = {
        "role": office.role, "unit_code": office.unit_code, "admin_version": office.admin_version,
        "province_code": office.province_code, "unit_name": office.unit_name, "device_id": office.device_id,
        "minisign_public": key.public_key().to_minisign(), "age_recipient": current_recipient(session),
        "created_at": now.isoformat(), "previous_key_id": previous.key_id_hex if previous else None,
    }
    signed = _canonical(fields)
    document = {
        "format": CARD_FORMAT, "version": CARD_VERSION, "card": fields,
        "fingerprint": key.public_key().fingerprint_groups(),
        "signature": minisign.sign(key, signed, trusted_comment=f"hoanhap-card key={key.key_id_hex}"),
        "rotation_signature": None if previous is None else minisign.sign(
            previous, signed, trusted_comment=f"hoanhap-card-rotation from={previous.key_id_hex} to={key.key_id_hex}"),
    }
    name = f"{office.province_code}-{office.unit_code}-{key.key_id_hex}{CARD_SUFFIX}"
    return name, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_card(data: bytes) -> Card:
    """Parse a card file and check it is signed by the key it carries; sync.card_malformed if not."""
    if len(data) > CARD_MAX_BYTES:
        raise DomainError("sync.card_malformed")
    try:
        document = json.loads(data.decode("utf-8"))
        version = document["version"] if isinstance(document, dict) and document.get("format") == CARD_FORMAT else None
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DomainError("sync.card_malformed") from None
    if type(version) is int and version > CARD_VERSION:
        # A card from a newer release: say which version it is rather than call it damaged.
        raise DomainError("sync.card_newer", version=version, supported=CARD_VERSION)
    try:
        fields = document["card"]
        if version != CARD_VERSION:
            raise ValueError("format")
        if not isinstance(fields, dict) or set(fields) != set(_FIELDS):
            raise ValueError("fields")
        for name in _FIELDS:
            if not isinstance(fields[name], str) and not (name == "previous_key_id" and fields[name] is None):
                raise ValueError(name)
        if fields["role"] not in ("commune", "hub", "national") or not _UNIT.fullmatch(fields["unit_code"]):
            raise ValueError("unit")
        public_key = PublicKey.from_minisign(fields["minisign_public"])
        minisign.verify(public_key, _canonical(fields), document["signature"])
        recipient = parse_recipient(fields["age_recipient"])
        created_at = datetime.fromisoformat(fields["created_at"])
        rotation = document.get("rotation_signature")
        if rotation is not None and not isinstance(rotation, str):
            raise ValueError("rotation")
    except (ValueError, KeyError, TypeError, RecursionError, DomainError):
        raise DomainError("sync.card_malformed") from None
    if created_at.tzinfo is None or document.get("fingerprint") != public_key.fingerprint_groups():
        raise DomainError("sync.card_malformed")
    return Card(fields["role"], fields["unit_code"], fields["admin_version"], fields["province_code"],
                fields["unit_name"], fields["device_id"], public_key.to_minisign(), recipient, created_at,
                fields["previous_key_id"], rotation, public_key)


def normalise_fingerprint(text: str) -> str:
    """Digits only, grouped by five: what was read over the phone, however it was typed."""
    digits = "".join(char for char in text if char.isdigit())
    return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))


def enrol_card(session: Session, card: Card, *, confirmed_fingerprint: str | None, now: datetime,
               actor_id: str) -> OfficeCard:
    """Trust a card: a hub trusts its province's communes, a commune its province's hub.

    Without a fingerprint read over the phone, only a rotation is accepted: a card
    countersigned by a key this office already trusts for the same unit and device.
    """
    office = own_office(session)
    # The national hub trusts province hubs of any province; a province hub trusts its communes and
    # the national hub it forwards aggregates to (which belongs to no province).
    superior = office.role == "hub" and card.role == "national"
    expected_role = "commune" if office.role == "hub" else "hub"
    if card.role != expected_role and not superior:
        raise DomainError("sync.card_needs_commune" if expected_role == "commune" else "sync.card_needs_hub")
    if card.province_code != office.province_code and office.role != "national" and not superior:
        raise DomainError("sync.card_wrong_province", unit=card.unit_name, own=office.province_code)
    if not superior and session.get(AdminUnit, (card.unit_code, card.admin_version)) is None:
        raise DomainError("setup.unknown_unit", code=card.unit_code)
    own_ids = set(session.execute(select(DeviceKey.key_id).where(DeviceKey.kind == "minisign")).scalars())
    if card.key_id in own_ids:
        raise DomainError("sync.card_own")
    existing = session.execute(select(OfficeCard).where(OfficeCard.key_id == card.key_id)).scalar_one_or_none()
    if existing is not None:
        code = "sync.key_revoked" if existing.revoked_at else "sync.card_already_enrolled"
        raise DomainError(code, key_id=card.key_id, unit=existing.unit_name,
                          date=f"{existing.revoked_at or existing.enrolled_at:%d/%m/%Y}")
    predecessor = _vouching_card(session, card)
    if confirmed_fingerprint is not None:
        if normalise_fingerprint(confirmed_fingerprint) != card.fingerprint:
            raise DomainError("sync.fingerprint_mismatch")
    elif predecessor is None:
        raise DomainError("sync.fingerprint_required")
    row = OfficeCard(role=card.role, unit_code=card.unit_code, admin_version=card.admin_version,
                     province_code=card.province_code, unit_name=card.unit_name, device_id=card.device_id,
                     key_id=card.key_id, minisign_public=card.minisign_public, age_recipient=card.age_recipient,
                     fingerprint=card.fingerprint, card_created_at=card.created_at, enrolled_at=now,
                     enrolled_by=actor_id)
    session.add(row)
    session.flush()
    if predecessor is not None:
        predecessor.replaced_by = row.id
        predecessor.replaced_at = now
    return row


def _vouching_card(session: Session, card: Card) -> OfficeCard | None:
    """The trusted card of the key this card's rotation signature comes from, if it checks out."""
    if card.previous_key_id is None or card.rotation_signature is None:
        return None
    previous = session.execute(select(OfficeCard).where(OfficeCard.key_id == card.previous_key_id)).scalar_one_or_none()
    if previous is None or previous.revoked_at is not None or previous.replaced_by is not None:
        return None
    if (previous.unit_code, previous.device_id, previous.role) != (card.unit_code, card.device_id, card.role):
        return None
    fields = {
        "role": card.role, "unit_code": card.unit_code, "admin_version": card.admin_version,
        "province_code": card.province_code, "unit_name": card.unit_name, "device_id": card.device_id,
        "minisign_public": card.minisign_public, "age_recipient": card.age_recipient,
        "created_at": card.created_at.isoformat(), "previous_key_id": card.previous_key_id,
    }
    try:
        minisign.verify(PublicKey.from_minisign(previous.minisign_public), _canonical(fields), card.rotation_signature)
    except DomainError:
        return None
    return previous


def revoke_card(session: Session, card_id: str, *, now: datetime, actor_id: str) -> OfficeCard:
    """Never trust this key again; bundles and receipts it signed are refused from now on."""
    row = session.get(OfficeCard, card_id)
    if row is None:
        raise DomainError("sync.card_not_found")
    if row.revoked_at is None:
        row.revoked_at = now
        row.revoked_by = actor_id
    return row


def trusted_card(session: Session, key_id: str, *, role: str) -> OfficeCard:
    """The enrolled, unrevoked card of `key_id` for an office of `role`, or the refusal's code."""
    row = session.execute(select(OfficeCard).where(OfficeCard.key_id == key_id)).scalar_one_or_none()
    if row is None:
        raise DomainError("sync.key_unknown", key_id=key_id)
    if row.revoked_at is not None:
        raise DomainError("sync.key_revoked", key_id=key_id, unit=row.unit_name, date=f"{row.revoked_at:%d/%m/%Y}")
    if row.role != role:
        raise DomainError("sync.key_wrong_role", key_id=key_id)
    return row


def hub_recipients(session: Session, *, role: str = "hub") -> list[str]:
    """The age recipients of every hub this office reports to (current cards only); `national` at a province."""
    rows = session.execute(select(OfficeCard.age_recipient).where(
        OfficeCard.role == role, OfficeCard.revoked_at.is_(None), OfficeCard.replaced_by.is_(None)))
    return list(rows.scalars())
