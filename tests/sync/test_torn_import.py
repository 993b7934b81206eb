"""A bundle the database refuses half-way (after rows were written) leaves no trace; its neighbours import."""

from __future__ import annotations

from pathlib import Path

import desktop.sync.importer as importer
from desktop.domain.problems import DomainError
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - pair is a fixture


def test_a_bundle_failing_after_its_first_writes_is_rolled_back_alone(pair: Pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    files: list[Path] = []
    for place in ("Một", "Hai", "Ba"):
        outreach(pair.commune, place=f"Nhà văn hóa thôn {place}")
        files += pair.send()
    real_apply = importer.apply_merge
    seen: list[str] = []

    def apply_then_fail(session, plan, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs["bundle_id"] not in seen:
            seen.append(kwargs["bundle_id"])
        real_apply(session, plan, **kwargs)  # the records of this bundle are written...
        if len(seen) > 1 and kwargs["bundle_id"] == seen[1]:
            raise DomainError("sync.apply_failed", detail="IntegrityError")  # ...then the database says no

    monkeypatch.setattr(importer, "apply_merge", apply_then_fail)
    summary = pair.receive(*files)
    outcome = {item.path.name: (item.report.status if item.report else item.error_code) for item in summary.items}
    assert list(outcome.values()) == ["imported", "sync.apply_failed", "imported"]
    monkeypatch.undo()
    with pair.hub.services.register.engine.connect() as conn:
        from sqlalchemy import text

        places = {row[0] for row in conn.execute(text("SELECT place FROM outreach_sessions"))}
        imported = conn.execute(text("SELECT count(*) FROM bundles_imported")).scalar_one()
    assert places == {"Nhà văn hóa thôn Một", "Nhà văn hóa thôn Ba"}
    assert imported == 2
    retry = pair.receive(files[1])  # once the cause is fixed, the same file imports
    assert [item.report.status for item in retry.items if item.report] == ["imported"]
