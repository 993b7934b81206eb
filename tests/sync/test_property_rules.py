"""Property: a correctly signed record breaking any rule of its table is held, never counted, never crashes the import."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.models import OutreachSession, PeriodClosure, QuarantinedRecord
from desktop.domain.outreach import OutreachForm
from desktop.sync.importer import import_bundle
from tests.sync import forgery
from tests.sync.test_property_import import Attempt, opened_valid, valid  # noqa: F401 - fixtures
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - fixture

Record = dict[str, Any]
AFTER_RELEASE = "2026-12-02T03:00:00+00:00"  # created after the hub rules' release: every rule applies


def _days(text: str, days: int) -> str:
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat()


# Per rule: a strategy of functions breaking one outreach record in that way.
BREAKERS: dict[str, st.SearchStrategy[Callable[[Record], None]]] = {
    "number.negative": st.tuples(st.sampled_from(["leaflets", "condoms", "lubricant"]),
                                 st.integers(min_value=-10**9, max_value=-1)).map(
        lambda a: lambda r: r.update({a[0]: a[1]})),
    "outreach.sex_sum": st.integers(min_value=1, max_value=10**6).map(
        lambda k: lambda r: r.update(participants_male=r["participants_male"] + k)),
    "outreach.target_exceeds_total": st.integers(min_value=1, max_value=10**6).map(
        lambda k: lambda r: r.update(target_members=r["participants_total"] + k)),
    "date.future": st.integers(min_value=3, max_value=2_900_000).map(
        lambda d: lambda r: r.update(held_on=_days("2026-11-28", d))),
    "sync.rule_before_programme": st.dates(min_value=date(1900, 1, 1), max_value=date(2018, 12, 31)).map(
        lambda d: lambda r: r.update(held_on=d.isoformat(), created_at=AFTER_RELEASE)),
    # No NUL: the format refuses it in any text before a rule is asked (sync.record_bad_value).
    "outreach.unknown_form": st.text(st.characters(blacklist_characters="\x00"), max_size=24).filter(lambda t: t not in set(OutreachForm)).map(
        lambda t: lambda r: r.update(form=t)),
    "outreach.no_participants": st.just(lambda r: r.update(participants_total=0, participants_male=0,
                                                           participants_female=0, participants_other=0,
                                                           target_members=0)),
}


def _reseal(opened: tuple[Pair, forgery.Opened, str, object], table: str, lines: list[bytes], folder: Path) -> bytes:
    _, parts, recipient, key = opened
    files = forgery.with_manifest({**parts.files, f"{table}.jsonl": b"\n".join(lines) + b"\n"}, parts.manifest)
    target = folder / "25-08500-000001.hnb"
    forgery.seal(target, parts.envelope, files, key=key, recipients=[recipient])  # type: ignore[arg-type]
    return target.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=st.sampled_from(sorted(BREAKERS)), data=st.data(), every=st.booleans())
def test_a_record_breaking_a_rule_is_held_and_never_counted(
        opened_valid: tuple[Pair, forgery.Opened, str, object], rule: str, data: st.DataObject, every: bool,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    pair, parts = opened_valid[0], opened_valid[1]
    records = [json.loads(line) for line in parts.files["outreach_sessions.jsonl"].splitlines()]
    broken = records if every else records[:1]
    for record in broken:
        data.draw(BREAKERS[rule])(record)
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    bundle = _reseal(opened_valid, "outreach_sessions", lines, tmp_path_factory.mktemp("forged"))
    with Attempt(pair)._session() as session:
        report = import_bundle(session, bundle, now=pair.hub.clock.now(), actor_id="")
        assert report.status == "imported" and report.counts.held == len(broken)
        stored = set(session.execute(select(OutreachSession.id)).scalars())
        assert stored == {r["id"] for r in records} - {r["id"] for r in broken}
        held = {row.record_id: {c["code"] for c in json.loads(row.rules)}
                for row in session.execute(select(QuarantinedRecord)).scalars()}
        assert set(held) == {r["id"] for r in broken}
        assert all(rule in codes for codes in held.values())
        session.rollback()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(month=st.integers(min_value=11, max_value=12))
def test_a_closure_of_a_period_not_yet_ended_is_held(
        opened_valid: tuple[Pair, forgery.Opened, str, object], month: int,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    pair, parts = opened_valid[0], opened_valid[1]
    [record] = [json.loads(line) for line in parts.files["period_closures.jsonl"].splitlines()]
    last = 30 if month == 11 else 31
    record.update(period_code=f"2026-{month}", period_start=f"2026-{month}-01", period_end=f"2026-{month}-{last}")
    bundle = _reseal(opened_valid, "period_closures", [json.dumps(record).encode()],
                     tmp_path_factory.mktemp("forged"))
    with Attempt(pair)._session() as session:
        report = import_bundle(session, bundle, now=pair.hub.clock.now(), actor_id="")
        assert report.counts.held == 1 and [p.code for p in report.held[0].problems] == ["sync.period_not_ended"]
        assert session.execute(select(PeriodClosure.id)).first() is None
        session.rollback()
