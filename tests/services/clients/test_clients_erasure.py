"""Erasure on request and by retention: rows and local fields gone, a marker without personal data left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import func, select

from desktop.db.base import local_only_columns
from desktop.db.models import (
    AuditEntry,
    Client,
    ClientContact,
    ClientStatusChange,
    Consent,
    Erasure,
    Referral,
)
from desktop.domain.clients import ClientDraft, ContactDraft
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.referrals import ReferralDraft
from desktop.services.clients.client_queries import ClientQuery
from desktop.services.clients.client_rights import ErasureReason
from desktop.services.home.home import attention
from tests.conftest import Opened

NICKNAME = "Chị Sen-Hồng-Nhung"
NOTES = "Ghi chú riêng: hay ở quán Hoa Sữa"
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the SQLCipher file decrypted with the raw key, free pages included.

    What someone holding the key and a hex editor would see; a logical dump would skip free pages.
    """
    data = path.read_bytes()
    for offset in range(0, len(data), PAGE):
        page = data[offset : offset + PAGE]
        start = 16 if offset == 0 else 0  # page 1 begins with the clear salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def checkpoint(opened: Opened) -> None:
    raw = opened.services.register.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def found_in_file(opened: Opened, text: str) -> bool:
    needle = text.encode("utf-8")
    return any(needle in page for page in decrypted_pages(opened.data_dir.database, opened.services.register.key))


@pytest.fixture
def client_id(opened: Opened) -> str:
    s = opened.services
    draft = ClientDraft(birth_year=1993, sex="female", workplace_type="cafe", first_contact_on=date(2026, 4, 2),
                        first_contact_channel="self", nickname=NICKNAME, notes=NOTES)
    client = s.clients.register(opened.admin, draft, {"mother_given_name": "Sen"}).value.client
    assert client is not None
    s.clients.give_consent(opened.admin, client.id, ["support", "referral"], given_on=date(2026, 4, 2))
    s.clients.log_contact(opened.admin, client.id, ContactDraft(date(2026, 5, 1), "health_hiv", notes="lo lắng"))
    s.clients.save_plan(opened.admin, client.id, needs="cần việc làm", plan="giới thiệu vay vốn")
    bank = next(p.id for p in s.partners.list(opened.admin) if p.kind == "social_policy_bank")
    s.referrals.refer(opened.admin, client.id, ReferralDraft(date(2026, 5, 2), "loans_jobs", bank, date(2026, 5, 20)))
    return client.id


def rows(opened: Opened, model: type, client_id: str) -> int:
    with opened.services.register.uow() as uow:
        column = model.id if model is Client else model.client_id  # type: ignore[attr-defined]
        return uow.session.execute(select(func.count()).select_from(model).where(column == client_id)).scalar_one()


def test_the_decrypting_reader_really_sees_the_data(opened: Opened, client_id: str) -> None:
    checkpoint(opened)
    assert found_in_file(opened, NICKNAME) and found_in_file(opened, NOTES)
    assert NICKNAME.encode() not in opened.data_dir.database.read_bytes()  # encrypted at rest


def test_erase_removes_everything_and_leaves_a_bare_marker(opened: Opened, client_id: str) -> None:
    rights = opened.services.client_rights
    with pytest.raises(DomainError) as wrong:
        rights.erase(opened.admin, client_id, confirm_code="XXXXX93")
    assert wrong.value.code == "client.erase_confirm_mismatch"
    assert rows(opened, Client, client_id) == 1
    receipt = rights.erase(opened.admin, client_id, confirm_code="se xx f93").value
    assert receipt.rows == {"client_contacts": 1, "consents": 2, "client_status_changes": 1, "referrals": 1,
                            "clients": 1}
    assert receipt.free_space_wiped
    for model in (Client, ClientContact, Consent, ClientStatusChange, Referral):
        assert rows(opened, model, client_id) == 0
    with pytest.raises(DomainError):
        opened.services.clients.get(opened.admin, client_id)
    assert opened.services.clients.count(opened.admin, ClientQuery()) == 0
    with opened.services.register.uow() as uow:
        marker = uow.session.execute(select(Erasure)).scalar_one()
        values = {c.name: getattr(marker, c.name) for c in Erasure.__table__.columns}
        action, entity_id, detail = uow.session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail)
            .order_by(AuditEntry.seq.desc()).limit(1)).one()
    # The marker holds which record and when, nothing about the person.
    assert set(values) == {"id", "origin_unit", "origin_device", "created_at", "updated_at", "version", "deleted_at",
                           "author", "entity", "entity_id", "erased_on", "reason"}
    assert (values["entity"], values["entity_id"], values["erased_on"], values["reason"]) == (
        "clients", client_id, date(2026, 11, 28), "request")
    assert local_only_columns(Erasure) == frozenset()
    assert (action, entity_id) == ("client.erase", client_id)
    assert "SEXXF93" not in detail and "Sen" not in detail
    assert rights.erasures(opened.admin) == [(client_id, date(2026, 11, 28), "request")]


def test_after_erasure_the_file_no_longer_holds_the_nickname(opened: Opened, client_id: str) -> None:
    opened.services.client_rights.erase(opened.admin, client_id, confirm_code="SEXXF93")
    wal = Path(f"{opened.data_dir.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    for secret in (NICKNAME, NOTES, "cần việc làm", "giới thiệu vay vốn", "lo lắng", "SEXXF93"):
        assert not found_in_file(opened, secret), secret


def test_retention_period_and_clients_due(opened: Opened) -> None:
    s, rights = opened.services, opened.services.client_rights
    assert rights.retention_months(opened.admin) == 60

    def add(mother: str, first: date) -> str:
        draft = ClientDraft(birth_year=1980, sex="male", workplace_type="other", first_contact_on=first,
                            first_contact_channel="other")
        client = s.clients.register(opened.admin, draft, {"mother_given_name": mother}).value.client
        assert client is not None
        return client.id

    old = add("Ba", date(2020, 6, 1))
    older = add("Bo", date(2019, 1, 1))
    recent = add("Bi", date(2021, 1, 1))
    s.clients.log_contact(opened.admin, recent, ContactDraft(date(2024, 3, 1), "reintegration"))
    assert [c.id for c in rights.due_for_erasure(opened.admin)] == [older, old]
    assert rights.count_due_for_erasure(opened.admin) == 2
    with pytest.raises(ValidationFailed):
        rights.set_retention_months(opened.admin, 2)
    assert rights.set_retention_months(opened.admin, 24).value == 24
    assert [c.id for c in rights.due_for_erasure(opened.admin)] == [older, old, recent]
    items = {i.code: i for i in attention(s.register, opened.admin)}
    assert items["home.clients_due_erasure"].params == {"count": 3, "months": 24}
    rights.erase(opened.admin, older, confirm_code="BOXXM80", reason=ErasureReason.RETENTION)
    assert rights.count_due_for_erasure(opened.admin) == 2
    with s.register.uow() as uow:
        actions = uow.session.execute(select(AuditEntry.action).where(
            AuditEntry.action.in_(["settings.change", "client.erase"])).order_by(AuditEntry.seq)).scalars().all()
    assert actions == ["settings.change", "client.erase"]
