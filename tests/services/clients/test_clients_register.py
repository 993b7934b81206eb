"""Registering and editing clients on a real encrypted register: codes, duplicates, minors, bad input."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop.db.models import AuditEntry, Client, ClientContact, PartnerOrganisation, Referral
from desktop.domain.clients import ClientDraft, ClientStatus, Unacknowledged
from desktop.domain.problems import DomainError, ValidationFailed
from tests.conftest import Opened

FACTS = {"mother_given_name": "Thơm", "father_given_name": "Đức"}


def draft(**changes: object) -> ClientDraft:
    values: dict[str, object] = dict(birth_year=1995, sex="female", workplace_type="karaoke",
                                     first_contact_on=date(2026, 3, 2), first_contact_channel="outreach",
                                     nickname="Bông hồng", notes="hay đến chợ sáng thứ bảy")
    values.update(changes)
    return ClientDraft(**values)  # type: ignore[arg-type]


def every_value(opened: Opened) -> str:
    """Every value of every table, as text: what a thief with the key would find."""
    with opened.services.register.uow() as uow:
        # The official unit list is public and full of place names; everything else is searched.
        tables = uow.session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name != 'admin_units'")).scalars().all()
        return "\n".join(str(row) for t in tables for row in uow.session.execute(text(f'SELECT * FROM "{t}"')))


def client_count(opened: Opened) -> int:
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(func.count()).select_from(Client)).scalar_one()


def test_register_builds_the_code_and_keeps_only_it(opened: Opened) -> None:
    outcome = opened.services.clients.register(opened.admin, draft(), FACTS)
    client = outcome.value.client
    assert client is not None and outcome.changes
    assert (client.uic, client.uic_recipe, client.status, client.commune) == (
        "THDUF95", "v1", "active", "08500@2025-07")
    assert client.nickname == "Bông hồng" and client.last_contact_on == date(2026, 3, 2)
    # The facts are gone: no column of any table, and no audit entry, holds the parents' names.
    dump = every_value(opened)
    assert "Thơm" not in dump and "THOM" not in dump.upper().replace("THDUF95", "")
    assert "Đức" not in dump


def test_same_facts_written_differently_find_the_duplicate(opened: Opened) -> None:
    clients = opened.services.clients
    first = clients.register(opened.admin, draft(), FACTS).value.client
    again = clients.register(opened.admin, draft(nickname="chị Thơm"), {"mother_given_name": "THƠM",
                                                                         "father_given_name": "đức"})
    assert again.value.client is None and not again.changes
    assert [c.id for c in again.value.candidates] == [first.id]  # type: ignore[union-attr]
    assert client_count(opened) == 1
    other_year = clients.register(opened.admin, draft(birth_year=1996), FACTS).value
    assert other_year.client is not None and other_year.candidates == ()
    anyway = clients.register(opened.admin, draft(), FACTS, create_anyway=True).value
    assert anyway.client is not None and anyway.client.uic == "THDUF95"
    assert len(anyway.candidates) == 1
    assert [c.id for c in clients.duplicate_candidates(opened.admin, "th-duf95", 1995)] == [
        first.id, anyway.client.id]  # type: ignore[union-attr]


def test_a_minor_must_be_acknowledged_and_is_audited(opened: Opened) -> None:
    clients = opened.services.clients
    with pytest.raises(Unacknowledged) as caught:
        clients.register(opened.admin, draft(birth_year=2010, first_contact_on=date(2026, 10, 1)), FACTS)
    assert caught.value.code == "client.unacknowledged"
    assert [(p.code, p.params) for p in caught.value.problems] == [("client.minor", {"age": 16})]
    assert client_count(opened) == 0
    saved = clients.register(opened.admin, draft(birth_year=2010, first_contact_on=date(2026, 10, 1)), FACTS,
                             acknowledged=["client.minor"]).value.client
    assert saved is not None and saved.birth_year == 2010
    with opened.services.register.uow() as uow:
        detail = uow.session.execute(select(AuditEntry.detail).where(AuditEntry.action == "client.create")).scalar_one()
    assert '"client.minor"' in detail


@pytest.mark.parametrize("year", [1920, 2030])
def test_impossible_birth_year_saves_nothing(opened: Opened, year: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        opened.services.clients.register(opened.admin, draft(birth_year=year), FACTS)
    assert [p.code for p in caught.value.problems] == ["client.birth_year_impossible"]
    assert "1930" in str(caught.value)
    assert client_count(opened) == 0


def test_every_problem_is_reported_at_once(opened: Opened) -> None:
    with pytest.raises(ValidationFailed) as caught:
        opened.services.clients.register(opened.admin, draft(first_contact_on=date(2026, 12, 24), sex="?"),
                                         {"mother_given_name": ""})
    assert {(p.code, p.field) for p in caught.value.problems} == {
        ("date.future", "first_contact_on"), ("client.unknown_code", "sex"), ("uic.fact_missing", "mother_given_name")}


def test_edit_checks_version_and_can_rebuild_the_code(opened: Opened) -> None:
    clients = opened.services.clients
    client = clients.register(opened.admin, draft(), FACTS).value.client
    assert client is not None
    edited = clients.edit(opened.admin, client.id, draft(workplace_type="online", nickname="B.H."),
                          expected_version=client.version).value
    assert (edited.workplace_type, edited.nickname, edited.uic, edited.version) == ("online", "B.H.", "THDUF95", 2)
    with pytest.raises(DomainError) as caught:
        clients.edit(opened.admin, client.id, draft(), expected_version=client.version)
    assert caught.value.code == "client.stale"
    rebuilt = clients.edit(opened.admin, client.id, draft(birth_year=1994),
                           facts={"mother_given_name": "Lan", "father_given_name": ""}).value
    assert rebuilt.uic == "LAXXF94"


def test_status_changes_are_kept(opened: Opened) -> None:
    clients = opened.services.clients
    client = clients.register(opened.admin, draft(), FACTS).value.client
    assert client is not None
    closed = clients.set_status(opened.admin, client.id, ClientStatus.CLOSED, on=date(2026, 11, 1),
                                reason="moved_away").value
    assert (closed.status, closed.status_on) == ("closed", date(2026, 11, 1))
    with pytest.raises(ValidationFailed):
        clients.set_status(opened.admin, client.id, ClientStatus.ACTIVE, on=date(2026, 1, 1))


def test_needs_and_plan_stay_local(opened: Opened) -> None:
    from desktop.db.base import local_only_columns

    clients = opened.services.clients
    client = clients.register(opened.admin, draft(), FACTS).value.client
    assert client is not None
    saved = clients.save_plan(opened.admin, client.id, needs="cần học nghề may", plan="giới thiệu trung tâm").value
    assert (saved.needs, saved.plan) == ("cần học nghề may", "giới thiệu trung tâm")
    assert {"nickname", "notes", "needs", "plan"} <= local_only_columns(Client)
    # Every free-text field of the area stays on this PC; coded fields travel.
    assert local_only_columns(ClientContact) == {"notes"}
    assert local_only_columns(Referral) == {"feedback", "consent_override_reason"}
    assert local_only_columns(PartnerOrganisation) == frozenset()


def test_a_hub_does_not_register_clients(hub: Opened) -> None:
    with pytest.raises(DomainError) as caught:
        hub.services.clients.register(hub.admin, draft(), FACTS)
    assert caught.value.code == "office.hub_read_only"


def test_an_unknown_commune_is_refused(opened: Opened) -> None:
    with pytest.raises(ValidationFailed) as caught:
        opened.services.clients.register(opened.admin, draft(commune="99999@2025-07"), FACTS)
    assert [(p.code, p.field) for p in caught.value.problems] == [("client.unknown_code", "commune")]
    other = opened.services.clients.register(opened.admin, draft(commune="08218@2025-07"), FACTS).value.client
    assert other is not None and other.commune == "08218@2025-07"


def test_nothing_half_saved_when_the_database_refuses(opened: Opened) -> None:
    clients = opened.services.clients
    clients.register(opened.admin, draft(), FACTS)
    with opened.services.register.uow() as uow:
        audits = uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        uow.session.execute(text("CREATE TRIGGER no_status BEFORE INSERT ON client_status_changes "
                                 "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
        uow.commit()
    with pytest.raises(Exception, match="refused"):
        clients.register(opened.admin, draft(birth_year=1990), FACTS)
    assert client_count(opened) == 1
    with opened.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == audits
