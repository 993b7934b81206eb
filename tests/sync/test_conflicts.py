"""Versions the merge cannot order go to a queue; a person keeps the hub's copy or takes the commune's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from desktop.db.models import AuditEntry, OutreachSession
from desktop.domain.problems import DomainError
from desktop.services.home.home import attention
from tests.conftest import Opened
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def _diverge(opened: Opened, record_id: str, *, place: str, version: int | None = None) -> None:
    """Change a record behind the service's back, as a restored backup edited again would."""
    opened.clock.current += timedelta(minutes=10)
    with opened.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record_id)
        assert row is not None
        row.place = place
        row.updated_at = opened.clock.now()
        if version is not None:
            row.version = version
        uow.commit()


def _hub_place(pair: Pair, record_id: str) -> tuple[int, str]:
    with pair.hub.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record_id)
        assert row is not None
        return row.version, row.place


def test_same_version_with_other_content_is_queued_and_resolved_for_the_commune(pair: Pair) -> None:
    record = outreach(pair.commune, place="Hội trường UBND xã")
    pair.receive(*pair.send())
    _diverge(pair.commune, record, place="Nhà văn hóa thôn Lũng Hạ")
    report = pair.receive(*pair.send()).items[0].report
    assert report is not None and report.counts.conflicts == 1 and report.counts.changed == 0
    assert _hub_place(pair, record) == (1, "Hội trường UBND xã")  # nothing overwritten yet
    [conflict] = pair.hub.services.sync.conflicts(pair.hub.admin)
    assert (conflict.table_name, conflict.record_id, conflict.unit_name) == ("outreach_sessions", record, "Xã Xuân Lũng")
    assert conflict.local_content["place"] == "Hội trường UBND xã"
    assert conflict.incoming_content["place"] == "Nhà văn hóa thôn Lũng Hạ"
    assert "notes" not in conflict.incoming_content
    assert pair.hub.services.sync.commune_statuses(pair.hub.admin)[0].open_conflicts == 1
    assert "home.sync_conflicts" in {i.code for i in attention(pair.hub.services.register, pair.hub.admin)}

    resolved = pair.hub.services.sync.resolve_conflict(pair.hub.admin, conflict.id, choose="incoming").value
    assert (resolved.status, resolved.resolution) == ("resolved", "incoming")
    assert _hub_place(pair, record) == (1, "Nhà văn hóa thôn Lũng Hạ")
    assert pair.hub.services.sync.conflicts(pair.hub.admin) == []
    with pair.hub.services.register.uow() as uow:
        actions = uow.session.execute(select(AuditEntry.action)).scalars().all()
    assert "sync.resolve" in actions and "sync.import" in actions
    with pytest.raises(DomainError) as again:
        pair.hub.services.sync.resolve_conflict(pair.hub.admin, conflict.id, choose="local")
    assert again.value.code == "sync.conflict_not_found"


def test_a_version_going_backwards_is_queued_and_the_hub_can_keep_its_copy(pair: Pair) -> None:
    record = outreach(pair.commune, place="Trạm y tế xã")
    for place in ("Trạm y tế xã (sửa 1)", "Trạm y tế xã (sửa 2)"):
        _diverge(pair.commune, record, place=place, version=None)
        with pair.commune.services.register.uow() as uow:
            uow.session.execute(text("UPDATE outreach_sessions SET version = version + 1 WHERE id = :i"), {"i": record})
            uow.commit()
    pair.receive(*pair.send())
    assert _hub_place(pair, record) == (3, "Trạm y tế xã (sửa 2)")
    _diverge(pair.commune, record, place="Bản khôi phục sửa lại", version=2)
    report = pair.receive(*pair.send()).items[0].report
    assert report is not None and report.counts.conflicts == 1
    [conflict] = pair.hub.services.sync.conflicts(pair.hub.admin)
    assert (conflict.local_version, conflict.incoming_version) == (3, 2)
    pair.hub.services.sync.resolve_conflict(pair.hub.admin, conflict.id, choose="local")
    assert _hub_place(pair, record) == (3, "Trạm y tế xã (sửa 2)")


def test_the_same_disagreement_resent_is_queued_once(pair: Pair) -> None:
    record = outreach(pair.commune)
    pair.receive(*pair.send())
    _diverge(pair.commune, record, place="Chợ trung tâm xã")
    pair.receive(*pair.send())
    pair.receive(*pair.send(full=True))
    assert len(pair.hub.services.sync.conflicts(pair.hub.admin)) == 1


def test_an_unknown_choice_is_refused(pair: Pair) -> None:
    record = outreach(pair.commune)
    pair.receive(*pair.send())
    _diverge(pair.commune, record, place="Chợ trung tâm xã")
    pair.receive(*pair.send())
    [conflict] = pair.hub.services.sync.conflicts(pair.hub.admin)
    with pytest.raises(DomainError) as refused:
        pair.hub.services.sync.resolve_conflict(pair.hub.admin, conflict.id, choose="both")
    assert refused.value.code == "sync.conflict_bad_choice"
