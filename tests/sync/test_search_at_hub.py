"""Records that arrive by bundle are found by the hub's list search (the full-text index follows every import)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from desktop.services.outreach.outreach import OutreachQuery
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def _places(pair: Pair, search: str) -> list[str]:
    hub = pair.hub
    rows = hub.services.outreach.page(hub.admin, OutreachQuery(search=search), offset=0, limit=50)
    assert hub.services.outreach.count(hub.admin, OutreachQuery(search=search)) == len(rows)
    return sorted(r.place for r in rows)


def test_imported_edited_and_deleted_sessions_are_searched_as_they_stand(pair: Pair) -> None:
    c = pair.commune
    kept = outreach(c, place="Nhà văn hóa thôn Đồng Xuân")
    gone = outreach(c, place="Trạm y tế xã Xuân Lũng")
    pair.receive(*pair.send())
    assert _places(pair, "xuân") == ["Nhà văn hóa thôn Đồng Xuân", "Trạm y tế xã Xuân Lũng"]
    record = c.services.outreach.get(c.admin, kept)
    c.services.outreach.save(c.admin, replace(record.draft, place="Hội trường thôn Gò Đình"), record_id=kept,
                             expected_version=record.version)
    c.services.outreach.delete(c.admin, gone)
    pair.receive(*pair.send())
    assert _places(pair, "xuan") == []
    assert _places(pair, "go dinh") == ["Hội trường thôn Gò Đình"]
    engine = pair.hub.services.register.engine
    if engine.dialect.name == "sqlite":  # the FTS5 index's own check; PostgreSQL searches the table itself
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO outreach_sessions_fts (outreach_sessions_fts, rank) "
                              "VALUES ('integrity-check', 1)"))
