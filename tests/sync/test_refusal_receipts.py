"""A hub that cannot read a commune's newer bundles says so in a signed receipt; the commune waits, losing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import HubRefusal, RefusedBundle
from desktop.domain.messages import render
from desktop.gui.pages.home import HOME_TEXTS
from desktop.sync.container import read_container, write_container
from desktop.sync.export import bundle_comment
from desktop.sync.format import CURRENT
from desktop.sync.minisign import SigningKey, sign
from tests.sync.sync_helpers import Pair, checksum, outreach, pair  # noqa: F401 - the fixture

OLD_HUB_READS = CURRENT - 1


def _hub_reads_only_older(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hub runs an older release: it reads bundle formats up to CURRENT - 1 (the commune writes CURRENT)."""
    monkeypatch.setattr("desktop.sync.importer.CURRENT", OLD_HUB_READS)
    monkeypatch.setattr("desktop.sync.refusals.CURRENT", OLD_HUB_READS)


def _receipts(pair: Pair) -> list[Path]:
    return sorted((pair.outbox / "receipts").iterdir())


def _home_codes(pair: Pair) -> dict[str, dict[str, object]]:
    return {i.code: i.params for i in pair.commune.services.home.attention(pair.commune.admin)}


def test_a_refused_newer_bundle_gets_a_receipt_and_the_commune_waits_then_sends_every_number(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    outreach(pair.commune)
    (first,) = pair.send()
    _hub_reads_only_older(monkeypatch)
    (item,) = pair.receive(first).items
    assert (item.error_code, item.error_params) == ("sync.format_unsupported",
                                                    {"version": CURRENT, "supported": OLD_HUB_READS})
    (receipt,) = _receipts(pair)
    result = pair.commune.services.sync.import_receipt(pair.commune.admin, receipt).value
    assert result.acknowledged == 0
    assert [(r.sequence, r.bundle_format, r.hub_reads, r.reason) for r in result.refused] == [
        (1, CURRENT, OLD_HUB_READS, "format_newer")]
    home = _home_codes(pair)
    assert home["home.hub_cannot_read"] == {"count": 1, "format": CURRENT, "reads": OLD_HUB_READS}
    text = HOME_TEXTS["home.hub_cannot_read"].format(**home["home.hub_cannot_read"])
    assert text.startswith("Tuyến tỉnh chưa đọc được gói dữ liệu của phiên bản ứng dụng này")
    assert "hãy chờ tuyến tỉnh cập nhật" in text and "Không mất dữ liệu" in text and "gửi lại" in text
    assert "chưa đọc được gói số 1" in render("sync.receipt_refused", {"sequence": 1, "format": CURRENT,
                                                                       "reads": OLD_HUB_READS})
    # The commune keeps working: the next bundle continues the numbering, the first one stays in the outbox.
    outreach(pair.commune, place="Trường THCS Xuân Lũng")
    (second,) = pair.send()
    assert first.exists() and second.name.endswith("-000002.hnb")
    waiting = pair.commune.services.sync.sent(pair.commune.admin, unacknowledged_only=True)
    assert sorted(b.sequence for b in waiting) == [1, 2]
    # Trying the same file again at the old hub records nothing new.
    pair.receive(first, second)
    with pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(RefusedBundle)).scalar_one() == 2
    latest = _receipts(pair)[-1]
    assert len(pair.commune.services.sync.import_receipt(pair.commune.admin, latest).value.refused) == 2
    # The hub is updated: the same two files import, no number is missing, the notice goes away.
    monkeypatch.undo()
    items = pair.receive(first, second).items
    assert [i.report.status for i in items if i.report] == ["imported", "imported"]
    assert items[-1].report is not None and items[-1].report.missing == ()
    result = pair.commune.services.sync.import_receipt(pair.commune.admin, _receipts(pair)[-1]).value
    assert (result.acknowledged, result.refused) == (2, ())
    assert pair.commune.services.sync.sent(pair.commune.admin, unacknowledged_only=True) == []
    assert "home.hub_cannot_read" not in _home_codes(pair)
    with pair.commune.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(HubRefusal)).scalar_one() == 0


def test_an_unproven_newer_bundle_gets_no_receipt(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file claiming to be a newer bundle of the commune but not signed by it tells the commune nothing."""
    outreach(pair.commune)
    (path,) = pair.send()
    _hub_reads_only_older(monkeypatch)
    container = read_container(path, max_payload_bytes=1 << 24)
    forged = path.with_name("forged.hnb")
    stranger = sign(SigningKey.generate(), container.payload, trusted_comment=bundle_comment(container.envelope))
    write_container(forged, envelope=container.envelope, payload=container.payload, signature=stranger)
    before = checksum(pair.hub)
    (item,) = pair.receive(forged).items
    assert item.error_code == "sync.format_unsupported"
    assert not (pair.outbox / "receipts").exists() or _receipts(pair) == []
    assert checksum(pair.hub) == before


def test_a_dry_run_records_no_refusal(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    outreach(pair.commune)
    (path,) = pair.send()
    _hub_reads_only_older(monkeypatch)
    (item,) = pair.receive(path, dry_run=True).items
    assert item.error_code == "sync.format_unsupported"
    with pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(RefusedBundle)).scalar_one() == 0
