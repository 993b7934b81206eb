"""A commune's registered report (number, date, narrative) travels to the hub; out-of-order reuse of a
number does not make the hub refuse a bundle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.db.models import IssuedDocument
from desktop.reports.issue import Narrative
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - pair is a fixture


def _at_hub(pair: Pair) -> list[tuple[int, str, str, bool]]:
    with pair.hub.services.register.uow() as uow:
        rows = uow.session.execute(select(IssuedDocument).order_by(IssuedDocument.created_at)).scalars()
        return [(r.number, r.title, r.proposals, r.deleted_at is None) for r in rows]


def test_the_numbered_report_and_its_narrative_reach_the_hub(pair: Pair) -> None:
    c = pair.commune
    docs = c.services.documents
    first = docs.save(c.admin, number=1, issued_on=date(2026, 10, 5), title="Báo cáo quý 3",
                      period_code="2026-Q3", narrative=Narrative(proposals="Đề nghị hỗ trợ tài liệu.")).value
    early = pair.send()
    # Renumbered away, then the number given to another report: two later bundles.
    docs.save(c.admin, number=5, issued_on=date(2026, 10, 5), title="Báo cáo quý 3", period_code="2026-Q3",
              narrative=first.narrative, entry_id=first.id)
    middle = pair.send()
    docs.save(c.admin, number=1, issued_on=date(2026, 10, 6), title="Báo cáo chuyên đề")
    late = pair.send()
    pair.receive(*early)
    assert _at_hub(pair) == [(1, "Báo cáo quý 3", "Đề nghị hỗ trợ tài liệu.", True)]
    pair.receive(*late, *middle)  # out of order: number 1 arrives again before the renumbering
    assert sorted(_at_hub(pair)) == [(1, "Báo cáo chuyên đề", "", True),
                                     (5, "Báo cáo quý 3", "Đề nghị hỗ trợ tài liệu.", True)]
