"""A commune's bundle reaches the hub: what travels, what stays home, re-imports, gaps, tombstones, erasure, closures."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.db.base import local_only_columns
from desktop.db.models import synced_models
from desktop.db.models import (Client, ClientContact, Consent, Erasure, ExportedBundle, OutreachSession,
                               PartnerOrganisation, Referral)
from desktop.domain.clients import ClientDraft, ContactDraft
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.problems import DomainError
from desktop.domain.referrals import ReferralDraft
from tests.conftest import Opened
from tests.sync.sync_helpers import (  # noqa: F401 - pair is a fixture
    Pair,
    checksum,
    device_keys,
    exchange_cards,
    hub_identity,
    open_commune,
    outreach,
    pair,
    plaintext_files,
    records,
)

NICKNAME = "Chị Sen-Hồng-Nhung"
CLIENT_NOTES = "hay ngồi quán Hoa Sữa sau 10 giờ tối"
NEEDS = "cần vay vốn học nghề may"
PLAN = "giới thiệu Ngân hàng Chính sách xã hội"
CONTACT_NOTES = "lo lắng vì bị chủ nhà trọ đe dọa"
OUTREACH_NOTES = "Ghi chú riêng của cán bộ về buổi này"
SHOP_NOTES = "chủ quán là người nhà ông trưởng thôn"


def _client(opened: Opened) -> str:
    s = opened.services
    draft = ClientDraft(birth_year=1993, sex="female", workplace_type="cafe", first_contact_on=date(2026, 4, 2),
                        first_contact_channel="self", nickname=NICKNAME, notes=CLIENT_NOTES)
    client = s.clients.register(opened.admin, draft, {"mother_given_name": "Sen"}).value.client
    assert client is not None
    s.clients.give_consent(opened.admin, client.id, ["support", "referral"], given_on=date(2026, 4, 2))
    s.clients.log_contact(opened.admin, client.id, ContactDraft(date(2026, 5, 1), "health_hiv", notes=CONTACT_NOTES))
    s.clients.save_plan(opened.admin, client.id, needs=NEEDS, plan=PLAN)
    bank = next(p.id for p in s.partners.list(opened.admin) if p.kind == "social_policy_bank")
    s.referrals.refer(opened.admin, client.id, ReferralDraft(date(2026, 5, 2), "loans_jobs", bank, date(2026, 5, 20)))
    return client.id


def _count(opened: Opened, model: type, *where: object) -> int:
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_first_bundle_carries_everything_and_the_hub_applies_it(pair: Pair) -> None:
    ids = [outreach(pair.commune, place=p) for p in ("Hội trường UBND xã", "Trạm y tế xã")]
    files = pair.send()
    assert [f.name for f in files] == ["25-08500-000001.hnb"]
    summary = pair.receive(*files)
    report = summary.items[0].report
    assert report is not None and report.status == "imported"
    assert (report.sender_unit, report.sender_name, report.sequence) == ("08500@2025-07", "Xã Xuân Lũng", 1)
    assert report.counts.new == 2 and report.periods == ("2026-11",) and report.missing == ()
    assert set(_hub_ids(pair)) == set(ids)
    assert [p.name for p in summary.receipts] == ["25-08500-20261128093000.hnr"]


def _hub_ids(pair: Pair) -> list[str]:
    with pair.hub.services.register.uow() as uow:
        return list(uow.session.execute(select(OutreachSession.id)).scalars())


def test_next_bundle_carries_only_what_changed(pair: Pair) -> None:
    kept = outreach(pair.commune, place="Hội trường UBND xã")
    edited = outreach(pair.commune, place="Trạm y tế xã")
    pair.send()
    record = pair.commune.services.outreach.get(pair.commune.admin, edited)
    pair.commune.services.outreach.save(pair.commune.admin, record.draft.__class__(
        **{**record.draft.__dict__, "participants_total": 30, "participants_male": 15, "participants_female": 15}),
        record_id=edited)
    second = pair.send()[0]
    _, identity = device_keys(pair.commune)
    sent = records(second, identity, "outreach_sessions")
    assert [(r["id"], r["version"], r["participants_total"]) for r in sent] == [(edited, 2, 30)]
    assert kept not in json.dumps(sent)
    third = pair.send()[0]  # nothing changed: an empty bundle still keeps the chain going
    assert plaintext_files(third, identity).keys() == {"manifest.json"}


def test_full_resend_carries_everything_and_changes_nothing_at_the_hub(pair: Pair) -> None:
    outreach(pair.commune)
    pair.receive(*pair.send())
    before = _count(pair.hub, OutreachSession)
    full = pair.send(full=True)[0]
    report = pair.receive(full).items[0].report
    assert report is not None and report.counts.unchanged >= 1 and report.counts.new == 0
    assert _count(pair.hub, OutreachSession) == before


def test_local_only_fields_never_leave_the_commune(pair: Pair) -> None:
    c = pair.commune
    _client(c)
    outreach(c, notes=OUTREACH_NOTES)
    c.services.establishments.save(c.admin, EstablishmentDraft(name="Karaoke Ánh Dương", business_type="karaoke",
                                                               address="Thôn Đồng Xuân", notes=SHOP_NOTES))
    secrets = [NICKNAME, CLIENT_NOTES, NEEDS, PLAN, CONTACT_NOTES, OUTREACH_NOTES, SHOP_NOTES]
    # Every local-only column of every synced table gets a marker too, so a new one cannot slip through.
    with c.services.register.uow() as uow:
        for model in synced_models():
            for column in local_only_columns(model):
                if model.__table__.c[column].type.python_type is str:  # type: ignore[attr-defined]
                    uow.session.execute(text(f"UPDATE {model.__tablename__} SET {column} = :v"),  # type: ignore[attr-defined]
                                        {"v": f"LOCAL-ONLY-{model.__tablename__}-{column}"})
        uow.commit()
    bundle = pair.send()[0]
    for identity in (device_keys(c)[1], hub_identity(pair.hub)):
        files = plaintext_files(bundle, identity)
        plain = b"".join(files.values()).decode("utf-8")
        assert "LOCAL-ONLY-" not in plain
        for secret in secrets:
            assert secret not in plain
    for model in synced_models():
        for line in files.get(f"{model.__tablename__}.jsonl", b"").splitlines():  # type: ignore[attr-defined]
            assert not json.loads(line).keys() & local_only_columns(model)
    assert "clients.jsonl" in files and "client_contacts.jsonl" in files and "establishments.jsonl" in files
    pair.receive(bundle)
    with pair.hub.services.register.uow() as uow:
        client = uow.session.execute(select(Client)).scalar_one()
        assert (client.nickname, client.notes, client.needs, client.plan) == ("", "", "", "")


def test_reimporting_a_bundle_is_a_reported_no_op(pair: Pair) -> None:
    outreach(pair.commune)
    bundle = pair.send()[0]
    pair.receive(bundle)
    before = checksum(pair.hub)
    again = pair.receive(bundle).items[0].report
    assert again is not None and again.status == "already_imported"
    assert checksum(pair.hub) == before


def test_dry_run_previews_counts_and_writes_nothing(pair: Pair) -> None:
    outreach(pair.commune)
    outreach(pair.commune, place="Chợ trung tâm xã")
    pair.commune.services.sync.close_period(pair.commune.admin, "2026-10", nil=False)
    bundle = pair.send()[0]
    before = checksum(pair.hub)
    summary = pair.receive(bundle, dry_run=True)
    preview = summary.items[0].report
    assert preview is not None and preview.status == "preview"
    assert (preview.counts.new, preview.periods_closed) == (3, ("2026-10",))
    assert summary.receipts == ()
    assert checksum(pair.hub) == before


def test_out_of_order_bundles_apply_and_the_gap_shows_until_filled(pair: Pair) -> None:
    record = outreach(pair.commune)
    first = pair.send()[0]
    _edit(pair.commune, record, 30)
    second = pair.send()[0]
    _edit(pair.commune, record, 40)
    outreach(pair.commune, place="Trạm y tế xã")
    third = pair.send()[0]
    report = pair.receive(third).items[0].report
    assert report is not None and report.missing == (1, 2)
    assert pair.hub.services.sync.commune_statuses(pair.hub.admin)[0].missing == (1, 2)
    assert pair.receive(first).items[0].report.missing == (2,)  # type: ignore[union-attr]
    late = pair.receive(second).items[0].report
    assert late is not None and late.missing == () and late.counts.unchanged == 1 and late.counts.conflicts == 0
    with pair.hub.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record)
        assert row is not None and (row.version, row.participants_total) == (3, 40)
    assert pair.hub.services.sync.commune_statuses(pair.hub.admin)[0].missing == ()


def _edit(opened: Opened, record_id: str, total: int) -> None:
    opened.clock.current += timedelta(minutes=5)
    record = opened.services.outreach.get(opened.admin, record_id)
    draft = record.draft.__class__(**{**record.draft.__dict__, "participants_total": total,
                                      "participants_male": total // 2, "participants_female": total - total // 2})
    opened.services.outreach.save(opened.admin, draft, record_id=record_id)


def test_tombstones_delete_at_the_hub(pair: Pair) -> None:
    record = outreach(pair.commune)
    pair.receive(*pair.send())
    pair.commune.services.outreach.delete(pair.commune.admin, record)
    report = pair.receive(*pair.send()).items[0].report
    assert report is not None and report.counts.deleted == 1
    with pair.hub.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record)
        assert row is not None and row.deleted_at is not None


def test_erasure_hard_deletes_the_client_everywhere_at_the_hub(pair: Pair) -> None:
    c = pair.commune
    client_id = _client(c)
    before_erasure = pair.send()[0]
    uic = c.services.clients.get(c.admin, client_id).uic
    c.services.client_rights.erase(c.admin, client_id, confirm_code=uic)
    erasure = pair.send()[0]
    # The erasure arrives first; the older bundle must not bring the person back.
    report = pair.receive(erasure).items[0].report
    assert report is not None and report.counts.erased == 0
    old = pair.receive(before_erasure).items[0].report
    # Only the partner catalogue is new; the client, consents, contact and referral are skipped.
    assert old is not None and old.counts.new == _count(pair.hub, PartnerOrganisation) and old.counts.unchanged == 6
    for model in (Client, ClientContact, Consent, Referral):
        assert _count(pair.hub, model) == 0, model
    assert _count(pair.hub, Erasure) == 1


def test_erasure_after_the_data_arrived_removes_it_and_its_children(pair: Pair) -> None:
    c = pair.commune
    client_id = _client(c)
    pair.receive(*pair.send())
    assert _count(pair.hub, Client) == 1 and _count(pair.hub, ClientContact) == 1 and _count(pair.hub, Referral) == 1
    c.services.client_rights.erase(c.admin, client_id, confirm_code=c.services.clients.get(c.admin, client_id).uic)
    report = pair.receive(*pair.send()).items[0].report
    assert report is not None and report.counts.erased == 1
    for model in (Client, ClientContact, Consent, Referral):
        assert _count(pair.hub, model) == 0, model


def test_closed_period_travels_and_counts_for_completeness(pair: Pair) -> None:
    c = pair.commune
    result = c.services.sync.export_bundle(c.admin, pair.outbox, close_period="2026-10", nil=True).value
    assert result.periods_closed == ("2026-10",)
    pair.receive(result.files[0].path)
    status = pair.hub.services.sync.completeness(pair.hub.admin, ["2026-10", "2026-09"])
    assert (status.expected, status.received, status.missing, status.nil_reports) == (2 * 148, 1, 2 * 148 - 1, 1)
    row = next(r for r in status.rows if r.unit_code == "08500" and r.period_code == "2026-10")
    assert row.status == "late" and row.due_on == date(2026, 11, 10)  # closed on 28/11, due 10 days after
    with pytest.raises(DomainError) as again:
        c.services.sync.close_period(c.admin, "2026-10")
    assert again.value.code == "sync.period_already_closed"
    with pytest.raises(DomainError) as running:
        c.services.sync.close_period(c.admin, "2026-11")
    assert running.value.code == "sync.period_not_ended"


def test_home_screen_lists_unclosed_periods_and_unacknowledged_bundles(pair: Pair) -> None:
    c = pair.commune
    # Set up on 28/11: August to October ended before the office existed; it moves its start back for old books.
    assert "home.periods_unclosed" not in {i.code for i in c.services.home.attention(c.admin)}
    c.services.first_week.set_start_date(c.admin, date(2026, 1, 1))
    codes = {i.code: i for i in c.services.home.attention(c.admin)}
    assert codes["home.periods_unclosed"].params["count"] == 3
    c.services.sync.close_period(c.admin, "2026-10")
    pair.send()
    codes = {i.code: i for i in c.services.home.attention(c.admin)}
    assert codes["home.periods_unclosed"].params["count"] == 2
    assert codes["home.bundles_unacknowledged"].params["count"] == 1
    hub_codes = {i.code: i for i in pair.hub.services.home.attention(pair.hub.admin)}
    assert hub_codes["home.reports_missing"].params == {"count": 148, "expected": 148, "period": "Tháng 10/2026",
                                                        "period_code": "2026-10"}


def test_a_big_export_splits_into_chained_parts(pair: Pair) -> None:
    for n in range(12):
        outreach(pair.commune, place=f"Thôn số {n}")
    result = pair.commune.services.sync.export_bundle(pair.commune.admin, pair.outbox, split_bytes=2000).value
    assert len(result.files) > 1 and not result.over_email_limit
    assert [f.sequence for f in result.files] == list(range(1, len(result.files) + 1))
    assert sum(f.records for f in result.files) == 12
    summary = pair.receive(*(f.path for f in reversed(result.files)))
    assert all(i.report is not None for i in summary.items)
    assert _count(pair.hub, OutreachSession) == 12


def test_exports_are_recorded_and_nothing_is_left_half_written(pair: Pair) -> None:
    outreach(pair.commune)
    pair.send()
    with pair.commune.services.register.uow() as uow:
        row = uow.session.execute(select(ExportedBundle)).scalar_one()
        assert (row.sequence, row.file_name, row.record_count, row.acknowledged_at) == (
            1, "25-08500-000001.hnb", 1, None)
    assert [p.name for p in pair.outbox.iterdir() if p.is_file()] == ["25-08500-000001.hnb"]


def test_a_commune_without_its_hubs_card_cannot_send(opened: Opened, tmp_path: Path) -> None:
    outreach(opened)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(DomainError) as refused:
        opened.services.sync.export_bundle(opened.admin, usb)
    assert refused.value.code == "sync.no_recipients"
    assert list(usb.iterdir()) == []


def test_two_communes_report_to_one_hub(pair: Pair, tmp_path: Path) -> None:
    outreach(pair.commune)
    for other in open_commune(tmp_path / "xa-2", pair.hub.clock, "08218"):
        exchange_cards(other, pair.hub)
        outreach(other, place="Nhà văn hóa khu 3")
        theirs = other.services.sync.export_bundle(other.admin, pair.outbox).value.files[0].path
    ours = pair.send()[0]
    summary = pair.receive(pair.outbox)
    assert sorted(i.path.name for i in summary.items) == sorted([theirs.name, ours.name])
    assert all(i.report and i.report.counts.new == 1 for i in summary.items)
    statuses = pair.hub.services.sync.commune_statuses(pair.hub.admin)
    assert sorted(s.unit_code for s in statuses) == ["08218", "08500"]
    assert len(summary.receipts) == 2
