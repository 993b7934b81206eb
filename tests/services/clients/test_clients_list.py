"""The client list, the aggregate counts a viewer may see, and a client's timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from desktop.domain.clients import ClientDraft, ContactDraft
from desktop.domain.periods import month, year
from desktop.domain.problems import DomainError
from desktop.domain.referrals import ReferralDraft, StatusChange
from desktop.domain.roles import Role
from desktop.services.clients.client_queries import ClientQuery
from desktop.services.context import Actor
from desktop.services.home.home import attention
from tests.conftest import Opened

VIEWER = Actor("viewer-id", "xem", Role.VIEWER)
OFFICER = Actor("officer-id", "canbo", Role.OFFICER)


def add(opened: Opened, mother: str, birth_year: int, workplace: str, *, first: date = date(2026, 1, 5),
        sex: str = "female") -> str:
    draft = ClientDraft(birth_year=birth_year, sex=sex, workplace_type=workplace, first_contact_on=first,
                        first_contact_channel="outreach")
    client = opened.services.clients.register(opened.admin, draft, {"mother_given_name": mother},
                                              acknowledged=["client.minor"], create_anyway=True).value.client
    assert client is not None
    return client.id


@pytest.fixture
def register_of_five(opened: Opened) -> dict[str, str]:
    ids = {
        "lan": add(opened, "Lan", 1990, "karaoke"),
        "mai": add(opened, "Mai", 2009, "massage_sauna"),  # 17 in 2026: a minor
        "cuc": add(opened, "Cúc", 2001, "online", first=date(2026, 11, 3)),
        "dao": add(opened, "Đào", 1970, "karaoke", sex="male"),
        "hue": add(opened, "Huệ", 1999, "accommodation"),
    }
    clients, referrals = opened.services.clients, opened.services.referrals
    cdc = next(p.id for p in opened.services.partners.list(opened.admin) if p.kind == "cdc")
    bank = next(p.id for p in opened.services.partners.list(opened.admin) if p.kind == "social_policy_bank")
    for key in ("lan", "dao", "hue"):
        clients.give_consent(opened.admin, ids[key], ["support", "referral"], given_on=date(2026, 1, 5))
    clients.log_contact(opened.admin, ids["lan"], ContactDraft(date(2026, 11, 4), "health_hiv", condoms=10))
    clients.log_contact(opened.admin, ids["lan"], ContactDraft(date(2026, 11, 18), "health_hiv"))
    clients.log_contact(opened.admin, ids["mai"], ContactDraft(date(2026, 11, 6), "psychological"))
    clients.log_contact(opened.admin, ids["dao"], ContactDraft(date(2026, 10, 6), "health_hiv"))
    referrals.refer(opened.admin, ids["dao"], ReferralDraft(date(2026, 11, 1), "loans_jobs", bank, date(2026, 11, 15)))
    hue = referrals.refer(opened.admin, ids["hue"], ReferralDraft(date(2026, 11, 2), "health_hiv", cdc,
                                                                  date(2026, 12, 2))).value
    referrals.change_status(opened.admin, hue.id, StatusChange("accepted", date(2026, 11, 5)))
    return ids


def ids_of(opened: Opened, query: ClientQuery, ids: dict[str, str]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[r.id] for r in opened.services.clients.page(opened.admin, query, offset=0, limit=100)}


def test_filters(opened: Opened, register_of_five: dict[str, str]) -> None:
    ids = register_of_five
    assert ids_of(opened, ClientQuery(), ids) == set(ids)
    assert ids_of(opened, ClientQuery(workplace_type="karaoke"), ids) == {"lan", "dao"}
    assert ids_of(opened, ClientQuery(age_band="16_17"), ids) == {"mai"}
    assert ids_of(opened, ClientQuery(age_band="50p"), ids) == {"dao"}
    assert ids_of(opened, ClientQuery(service="health_hiv"), ids) == {"lan", "dao", "hue"}  # contact or referral
    assert ids_of(opened, ClientQuery(service="loans_jobs"), ids) == {"dao"}
    assert ids_of(opened, ClientQuery(overdue=True), ids) == {"dao"}
    assert ids_of(opened, ClientQuery(search="cu"), ids) == {"cuc"}
    assert ids_of(opened, ClientQuery(search="Đà"), ids) == {"dao"}  # typed with marks, codes have none
    assert ids_of(opened, ClientQuery(search="ZZ9"), ids) == set()
    assert ids_of(opened, ClientQuery(status="active", workplace_type="karaoke", service="health_hiv"), ids) == {
        "lan", "dao"}
    assert opened.services.clients.count(opened.admin, ClientQuery(workplace_type="karaoke")) == 2


def test_paging_and_sorting(opened: Opened, register_of_five: dict[str, str]) -> None:
    clients = opened.services.clients
    query = ClientQuery(sort="birth_year", descending=False)
    first = clients.page(opened.admin, query, offset=0, limit=2)
    rest = clients.page(opened.admin, query, offset=2, limit=2)
    last = clients.page(opened.admin, query, offset=4, limit=2)
    years = [r.birth_year for r in first + rest + last]
    assert years == [1970, 1990, 1999, 2001, 2009] and len(last) == 1
    newest_contact = clients.page(opened.admin, ClientQuery(), offset=0, limit=1)[0]
    assert newest_contact.id == register_of_five["lan"] and newest_contact.last_contact_on == date(2026, 11, 18)


def test_counts_say_visits_or_persons(opened: Opened, register_of_five: dict[str, str]) -> None:
    counts = opened.services.clients.counts(opened.admin, month(2026, 11))
    assert (counts.clients_known, counts.new_clients, counts.active_clients) == (5, 1, 5)
    assert (counts.contacts, counts.persons_contacted) == (3, 2)  # lan twice, mai once
    assert {(c.category, c.visits, c.persons) for c in counts.by_category} == {("health_hiv", 2, 1),
                                                                               ("psychological", 1, 1)}
    assert counts.persons_by_band == {"35_49": 1, "16_17": 1}  # lan born 1990, mai 2009
    assert counts.persons_by_sex == {"female": 2}
    assert counts.referrals == 2 and counts.referrals_by_status == {"sent": 1, "accepted": 1}
    assert counts.overdue_referrals == 1
    whole_year = opened.services.clients.counts(opened.admin, year(2026))
    assert (whole_year.contacts, whole_year.persons_contacted) == (4, 3)


def test_a_viewer_gets_counts_never_rows(opened: Opened, register_of_five: dict[str, str]) -> None:
    services, any_id = opened.services, register_of_five["lan"]
    assert services.clients.counts(VIEWER, month(2026, 11)).contacts == 3
    assert services.referrals.count_overdue(VIEWER) == 1
    assert services.client_rights.count_due_for_erasure(VIEWER) == 0
    denied: list[Callable[[], object]] = [
        lambda: services.clients.page(VIEWER, ClientQuery(), offset=0, limit=10),
        lambda: services.clients.count(VIEWER, ClientQuery()),
        lambda: services.clients.get(VIEWER, any_id),
        lambda: services.clients.timeline(VIEWER, any_id),
        lambda: services.clients.contacts(VIEWER, any_id),
        lambda: services.clients.duplicate_candidates(VIEWER, "LA", 1990),
        lambda: services.referrals.overdue(VIEWER),
        lambda: services.referrals.for_client(VIEWER, any_id),
        lambda: services.client_rights.due_for_erasure(VIEWER),
        lambda: services.client_rights.access_record(VIEWER, any_id),
        lambda: services.client_rights.print_consent_form(VIEWER, opened.data_dir.root / "x.pdf", client_id=any_id),
        lambda: services.clients.log_contact(VIEWER, any_id, ContactDraft(date(2026, 11, 1), "health_hiv")),
        lambda: services.client_rights.erase(VIEWER, any_id, confirm_code="x"),
    ]
    for call in denied:
        with pytest.raises(DomainError) as caught:
            call()
        assert caught.value.code == "permission.denied"
    home = {i.code for i in attention(services.register, VIEWER)}
    assert "home.referrals_overdue" in home


def test_an_officer_sees_and_edits_but_does_not_change_settings(opened: Opened,
                                                                 register_of_five: dict[str, str]) -> None:
    services = opened.services
    assert len(services.clients.page(OFFICER, ClientQuery(), offset=0, limit=10)) == 5
    services.clients.log_contact(OFFICER, register_of_five["cuc"], ContactDraft(date(2026, 11, 20), "reintegration"))
    with pytest.raises(DomainError) as caught:
        services.client_rights.set_retention_months(OFFICER, 24)
    assert caught.value.code == "permission.denied"


def test_timeline_reads_in_date_order(opened: Opened, register_of_five: dict[str, str]) -> None:
    hue = register_of_five["hue"]
    services = opened.services
    services.clients.log_contact(opened.admin, hue, ContactDraft(date(2026, 11, 2), "counselling_legal"))
    services.clients.withdraw_consent(opened.admin, hue, "support", withdrawn_on=date(2026, 11, 20))
    events = services.clients.timeline(opened.admin, hue)
    assert [(e.on, e.kind, e.code) for e in events] == [
        (date(2026, 1, 5), "status", "active"),
        (date(2026, 1, 5), "consent_given", "referral"),
        (date(2026, 1, 5), "consent_given", "support"),
        (date(2026, 11, 2), "contact", "counselling_legal"),
        (date(2026, 11, 2), "referral_sent", "health_hiv"),
        (date(2026, 11, 5), "referral_accepted", "health_hiv"),
        (date(2026, 11, 20), "consent_withdrawn", "support"),
    ]
    sent = events[4]
    assert sent.detail["partner"] == "Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ"
    assert sent.detail["referral_code"].startswith("GT-")
