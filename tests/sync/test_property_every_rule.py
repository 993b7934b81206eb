"""Property, for every rule of every synced table: a correctly signed record breaking it is held at the hub, never
enters the register (so never the figures), and never crashes the import; the rest of the bundle goes in.

The bundle is a real one from a commune with live records in every synced table (tests/sync/every_table.py);
each example breaks one record in one rule's way (tests/sync/rule_breakers.py), re-signs, and imports it into
the hub inside a transaction that is rolled back.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.db.models import QuarantinedRecord
from desktop.domain.problems import DomainError
from desktop.services.context import FixedClock
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.importer import import_bundle, import_session
from desktop.sync.payload import table_specs
from desktop.sync.rules import CHECKS
from tests.conftest import NOW, Opened, _open_copy
from tests.sync import forgery
from tests.sync.every_table import fill_every_table
from tests.sync.rule_breakers import BREAKERS, FORMAT_FIRST, Bundle
from tests.sync.sync_helpers import Pair, device_keys, exchange_cards, hub_identity


@dataclass
class Base:
    hub: Opened
    parts: forgery.Opened
    recipient: str
    key: Any
    folder: Path

    def bundle(self) -> Bundle:
        return {name[:-6]: [json.loads(line) for line in data.splitlines()]
                for name, data in self.parts.files.items() if name.endswith(".jsonl")}

    def sealed(self, bundle: Bundle) -> bytes:
        lines = {f"{t}.jsonl": b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
                 for t, records in bundle.items()}
        files = forgery.with_manifest({**self.parts.files, **lines}, self.parts.manifest)
        target = self.folder / "forged.hnb"
        forgery.seal(target, self.parts.envelope, files, key=self.key, recipients=[self.recipient])
        return target.read_bytes()


@pytest.fixture(scope="module")
def base(_template: tuple[Path, str], _hub_template: tuple[Path, str],
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Base]:
    root = tmp_path_factory.mktemp("every-table")
    clock = FixedClock(NOW)
    with contextlib.ExitStack() as stack:
        commune = stack.enter_context(contextlib.contextmanager(_open_copy)(_template, root / "commune", clock))
        hub = stack.enter_context(contextlib.contextmanager(_open_copy)(_hub_template, root / "hub", clock))
        exchange_cards(commune, hub)
        (root / "usb").mkdir()
        fill_every_table(commune)
        [sent] = Pair(commune, hub, root / "usb").send()
        key, identity = device_keys(commune)
        parts = forgery.open_bundle(sent, identity)
        recipient = AgeIdentity.from_string(hub_identity(hub)).recipient
        assert {n[:-6] for n, d in parts.files.items() if n.endswith(".jsonl") and d.strip()} == set(table_specs())
        yield Base(hub, parts, recipient, key, root)


def test_every_rule_of_every_synced_table_has_a_way_to_break_it() -> None:
    every = {(table, code) for table, (_, codes) in CHECKS.items() for code in codes}
    assert set(BREAKERS) | set(FORMAT_FIRST) == every
    assert not set(BREAKERS) & set(FORMAT_FIRST)
    assert set(CHECKS) == set(table_specs())  # every synced table has its rules


def _held(session: Any) -> dict[tuple[str, str], set[str]]:
    return {(row.table_name, row.record_id): {c["code"] for c in json.loads(row.rules)}
            for row in session.execute(select(QuarantinedRecord)).scalars()}


@pytest.mark.slow
@pytest.mark.parametrize("rule", sorted(BREAKERS), ids=lambda r: f"{r[0]}:{r[1]}")
@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_record_breaking_a_rule_is_held_and_never_counted(base: Base, rule: tuple[str, str],
                                                            data: st.DataObject) -> None:
    bundle = base.bundle()
    table, record_id = data.draw(BREAKERS[rule])(bundle)
    sealed = base.sealed(bundle)
    with import_session(base.hub.services.register.engine) as session:
        report = import_bundle(session, sealed, now=base.hub.clock.now(), actor_id="")
        held = _held(session)
        assert report.status == "imported" and report.counts.held == len(held)
        assert rule[1] in held.get((table, record_id), set()), held
        spec = table_specs()[table]
        stored = session.execute(select(func.count()).select_from(spec.table).where(spec.table.c.id == record_id))
        assert stored.scalar_one() == 0  # not in the register, so in no figure
        # The rest of the bundle went in: every record not held is in its table.
        for name, records in bundle.items():
            live = {r["id"] for r in records if r.get("deleted_at") is None} - {i for t, i in held if t == name}
            ids = set(session.execute(select(table_specs()[name].table.c.id)).scalars())
            assert live <= ids, name
        session.rollback()


@pytest.mark.parametrize("rule", sorted(FORMAT_FIRST), ids=lambda r: f"{r[0]}:{r[1]}")
@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_rule_the_format_already_enforces_refuses_the_bundle_cleanly(base: Base, rule: tuple[str, str],
                                                                       data: st.DataObject) -> None:
    bundle = base.bundle()
    data.draw(FORMAT_FIRST[rule])(bundle)
    sealed = base.sealed(bundle)
    with import_session(base.hub.services.register.engine) as session:
        with pytest.raises(DomainError) as refused:
            import_bundle(session, sealed, now=base.hub.clock.now(), actor_id="")
        assert refused.value.code.startswith("sync.")
        assert session.execute(select(func.count()).select_from(QuarantinedRecord)).scalar_one() == 0
        session.rollback()
