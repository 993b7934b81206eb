"""National forwarding: a province hub's suppressed aggregate reaches the national hub once, the newest send wins."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import AggregateValue, AuditEntry, Client, ReceivedAggregate
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.sync.age_crypto import decrypt
from desktop.sync.container import read_container, read_inner_payload
from tests.conftest import Opened
from tests.sync.national_helpers import PERIOD, Forwarding, forwarding, national  # noqa: F401 - fixtures
from tests.sync.sync_helpers import hub_identity


def _inner(path: Path, forwarding: Forwarding) -> dict[str, bytes]:
    container = read_container(path, max_payload_bytes=1 << 24)
    return read_inner_payload(decrypt(container.payload, [hub_identity(forwarding.national)]), max_total=1 << 26)


def test_an_aggregate_carries_only_suppressed_figures_never_a_record(forwarding: Forwarding) -> None:
    path = forwarding.send()
    assert path.name == f"25-{PERIOD}-000001.hna"
    with zipfile.ZipFile(path) as outer:
        assert outer.namelist() == ["envelope.json", "payload.age", "payload.age.minisig"]
        envelope = json.loads(outer.read("envelope.json"))
    assert (envelope["kind"], envelope["period"], envelope["sender_unit"]) == ("aggregate", PERIOD, "25@2025-07")
    files = _inner(path, forwarding)
    assert sorted(files) == ["completeness.jsonl", "indicators.jsonl", "manifest.json", "values.jsonl"]
    values = [json.loads(line) for line in files["values.jsonl"].splitlines()]
    indicators = {i["code"]: i for i in (json.loads(line) for line in files["indicators.jsonl"].splitlines())}
    hidden = [v for v in values if v["hidden"]]
    assert hidden, "the demo data has client figures of 1-4: they must travel hidden"
    assert all(v["value"] is None and v["numerator"] is None and v["denominator"] is None for v in hidden)
    for v in values:
        counted = v["numerator"] if v["numerator"] is not None else v["value"]
        assert not (indicators[v["indicator"]]["sensitive"] and counted is not None and 0 < counted < 5), v
    # No client code, record id or birth year anywhere in what leaves the province.
    with forwarding.commune.services.register.uow() as uow:
        codes = list(uow.session.execute(select(Client.uic, Client.id)).all())
    text = b"".join(files.values()).decode("utf-8")
    assert codes and not any(code in text or client_id in text for code, client_id in codes)
    assert {v["unit_code"] for v in values} == {"", "08500@2025-07"} | {
        json.loads(line)["unit_code"] for line in files["completeness.jsonl"].splitlines()}


def test_the_national_hub_imports_once_and_a_newer_send_replaces_the_older(forwarding: Forwarding) -> None:
    first = forwarding.send()
    (item,) = forwarding.receive(first)
    assert (item.status, item.province, item.period_code, item.replaced) == ("imported", "Tỉnh Phú Thọ", PERIOD, None)
    (again,) = forwarding.receive(first)
    assert again.status == "already_imported"
    second = forwarding.send()
    (newer,) = forwarding.receive(second)
    assert (newer.status, newer.sequence, newer.replaced) == ("imported", 2, item_id(first))
    # The older file arriving late changes nothing in force.
    (late,) = forwarding.receive(first)
    assert late.status == "already_imported"
    received = forwarding.national.services.national.received(forwarding.national.admin)
    assert [(p.province_unit, p.period_code, p.sequence, p.sends) for p in received] == [("25@2025-07", PERIOD, 2, 2)]
    with forwarding.national.services.register.uow() as uow:
        s = uow.session
        assert s.execute(select(func.count()).select_from(ReceivedAggregate)
                         .where(ReceivedAggregate.replaced_by.is_(None))).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(AggregateValue)).scalar_one() > 0
        audits = s.execute(select(AuditEntry.action, AuditEntry.detail).where(
            AuditEntry.action == "national.import")).all()
    assert len(audits) == 2 and item_id(first) in audits[1].detail


def item_id(path: Path) -> str:
    return str(read_container(path, max_payload_bytes=1 << 24).envelope["bundle_id"])


def test_a_period_not_ended_is_not_sent(forwarding: Forwarding) -> None:
    with pytest.raises(ValidationFailed) as refused:
        forwarding.send("2026-11")
    assert refused.value.problems[0].code == "sync.period_not_ended"


def test_without_a_national_card_nothing_is_written(hub: Opened, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(DomainError) as refused:
        hub.services.national.send_to_national(hub.admin, PERIOD, usb)
    assert refused.value.code == "national.no_recipient"
    assert list(usb.iterdir()) == []


def test_a_commune_bundle_is_not_an_aggregate(forwarding: Forwarding) -> None:
    bundle = sorted(forwarding.usb.glob("*.hnb"))[0]
    (item,) = forwarding.receive(bundle)
    assert (item.status, item.error_code) == ("refused", "national.not_aggregate")


def test_a_commune_is_refused_at_the_national_hub_and_a_province_card_enrols(national: Opened, opened: Opened) -> None:
    card = opened.services.sync.own_card(opened.admin)
    with pytest.raises(DomainError) as refused:
        national.services.sync.enrol(national.admin, card.data, confirmed_fingerprint=card.fingerprint)
    assert refused.value.code == "sync.card_needs_hub"


def test_the_national_report_sums_visible_parts_and_bounds_hidden_ones(forwarding: Forwarding, tmp_path: Path) -> None:
    forwarding.receive(forwarding.send())
    service = forwarding.national.services.national
    report = service.national_report(forwarding.national.admin, PERIOD)
    assert report.sent == 1 and len(report.provinces) == 34
    by_code = {i.code: i for i in report.indicators}
    hidden = [i for i in report.indicators if any(p is not None and p.hidden for p in i.parts)]
    assert hidden and all(i.total.at_least or i.total.hidden for i in hidden)
    assert by_code["TT3"].total.value == 750 and not by_code["TT3"].total.at_least



def test_a_visible_small_client_figure_is_refused_at_both_ends(forwarding: Forwarding,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A province whose software failed to hide a 1-4 cannot send it, and a national hub will not store it."""
    # The province's figures as a commune's own screen shows them: exact, nothing hidden.
    monkeypatch.setattr("desktop.reports.suppression.hide_small", lambda figure: figure)
    monkeypatch.setattr("desktop.reports.suppression.protect", lambda rows, total: rows)
    monkeypatch.setattr("desktop.reports.suppression.suppress_report", lambda report: report)
    with pytest.raises(DomainError) as refused:
        forwarding.send()
    assert refused.value.code == "national.unsuppressed"
    monkeypatch.setattr("desktop.sync.aggregate._check_suppressed", lambda *args: None)
    leaky = forwarding.send()
    monkeypatch.undo()
    (item,) = forwarding.receive(leaky)
    assert (item.status, item.error_code) == ("refused", "national.unsuppressed")
    with forwarding.national.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(AggregateValue)).scalar_one() == 0


def test_a_changed_file_inside_a_resealed_aggregate_is_refused_by_its_hash(forwarding: Forwarding) -> None:
    """A province key holder who edits values.jsonl but not the manifest: the hash names the file."""
    import desktop.sync.aggregate as aggregate
    from desktop.sync import age_crypto, minisign
    from desktop.sync.container import write_container, write_inner_payload
    from desktop.sync.keys import current_signing_key

    path = forwarding.send()
    files = _inner(path, forwarding)
    files["values.jsonl"] = files["values.jsonl"].replace(b'"hidden": "<5"', b'"hidden": "x"', 1)
    envelope = dict(read_container(path, max_payload_bytes=1 << 24).envelope)
    payload = age_crypto.encrypt(write_inner_payload(files), envelope["recipients"])
    with forwarding.province.services.register.uow() as uow:
        key = current_signing_key(uow.session)
    forged = path.with_name("forged.hna")
    write_container(forged, envelope=envelope, payload=payload,
                    signature=minisign.sign(key, payload, trusted_comment=aggregate.aggregate_comment(envelope)))
    (item,) = forwarding.receive(forged)
    assert (item.status, item.error_code, item.error_params) == ("refused", "sync.manifest_hash_mismatch",
                                                                 {"name": "values.jsonl"})


def test_an_older_send_arriving_after_a_newer_one_is_kept_but_not_used(forwarding: Forwarding) -> None:
    first, second = forwarding.send(), forwarding.send()
    (newer,) = forwarding.receive(second)
    (older,) = forwarding.receive(first)
    assert (newer.status, older.status, older.replaced) == ("imported", "older", None)
    received = forwarding.national.services.national.received(forwarding.national.admin)
    assert [(p.sequence, p.sends) for p in received] == [(2, 2)]
