"""Random damage to valid bundles: refused cleanly (a coded error, nothing written) or imported exactly."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.models import QuarantinedRecord
from desktop.domain.problems import DomainError
from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.derived import rederive
from desktop.sync.importer import import_bundle, import_session
from desktop.sync.payload import content_json, converter, table_specs
from tests.sync import forgery
from tests.sync.sync_helpers import SYNC_STATE_TABLES, Pair, device_keys, hub_identity, outreach, pair  # noqa: F401


def _state(session: Session) -> str:
    digest = hashlib.sha256()
    for name in [*table_specs(), *SYNC_STATE_TABLES]:
        for row in session.execute(text(f"SELECT * FROM {name} ORDER BY 1, 2")):  # noqa: S608 - our names
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


class Attempt:
    """Imports inside a transaction that is always rolled back, so each example starts from the same hub."""

    def __init__(self, pair: Pair) -> None:
        self.pair = pair
        with self._session() as session:
            self.before = _state(session)

    def _session(self) -> Iterator[Session]:
        return import_session(self.pair.hub.services.register.engine)  # type: ignore[return-value]

    def run(self, data: bytes) -> tuple[str, Session | None]:
        """'refused' or 'imported', after checking a refusal wrote nothing; returns the state digest."""
        with self._session() as session:
            try:
                import_bundle(session, data, now=self.pair.hub.clock.now(), actor_id="")
            except DomainError:
                assert _state(session) == self.before, "a refusal left writes behind"
                return "refused", None
            return "imported", _state(session)  # type: ignore[return-value]


@pytest.fixture
def valid(pair: Pair) -> tuple[Pair, bytes, str]:
    for n in range(3):
        outreach(pair.commune, place=f"Thôn số {n}", notes="riêng")
    pair.commune.services.sync.close_period(pair.commune.admin, "2026-10")
    bundle = pair.send()[0]
    attempt = Attempt(pair)
    outcome, state = attempt.run(bundle.read_bytes())
    assert outcome == "imported"
    return pair, bundle.read_bytes(), state  # type: ignore[return-value]


_mutation = st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(_mutation, min_size=1, max_size=4), cut=st.one_of(st.none(), st.integers(min_value=0)),
       extra=st.binary(max_size=8))
def test_damaged_bundle_is_refused_cleanly_or_imported_exactly(valid: tuple[Pair, bytes, str],
                                                               flips: list[tuple[int, int]], cut: int | None,
                                                               extra: bytes) -> None:
    pair, data, imported = valid
    damaged = bytearray(data)
    for position, mask in flips:
        damaged[position % len(damaged)] ^= mask
    if cut is not None:
        damaged = damaged[: cut % (len(damaged) + 1)]
    damaged += extra
    outcome, state = Attempt(pair).run(bytes(damaged))
    event(outcome)
    if outcome == "imported":
        assert state == imported, "an accepted bundle must import exactly what the valid one does"


@pytest.fixture
def opened_valid(valid: tuple[Pair, bytes, str], tmp_path: Path) -> tuple[Pair, forgery.Opened, str, object]:
    pair, data, _ = valid
    path = tmp_path / "valid.hnb"
    path.write_bytes(data)
    key, identity = device_keys(pair.commune)
    recipient = AgeIdentity.from_string(hub_identity(pair.hub)).recipient
    return pair, forgery.open_bundle(path, identity), recipient, key


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(_mutation, min_size=1, max_size=3), table=st.sampled_from(["outreach_sessions",
                                                                                  "period_closures"]))
def test_resigned_records_with_random_damage_are_refused_or_imported_exactly(
        opened_valid: tuple[Pair, forgery.Opened, str, object], flips: list[tuple[int, int]], table: str,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """A forger with the real keys alters records and fixes every hash: validation must hold alone."""
    pair, parts, recipient, key = opened_valid
    name = f"{table}.jsonl"
    lines = bytearray(parts.files[name])
    for position, mask in flips:
        lines[position % len(lines)] ^= mask
    files = forgery.with_manifest({**parts.files, name: bytes(lines)}, parts.manifest)
    target = tmp_path_factory.mktemp("forged") / "25-08500-000001.hnb"
    forgery.seal(target, parts.envelope, files, key=key, recipients=[recipient])  # type: ignore[arg-type]
    attempt = Attempt(pair)
    with attempt._session() as session:
        try:
            import_bundle(session, target.read_bytes(), now=pair.hub.clock.now(), actor_id="")
        except DomainError as refused:
            event(refused.code)
            assert _state(session) == attempt.before
            return
        event("imported")
        spec = table_specs()[table]
        for line in bytes(lines).splitlines():
            record = json.loads(line)
            expected = {c.name: converter(c)(record[c.name]) if c.name in record else c.default for c in spec.columns}
            rederive(table, expected)  # but the search text, which the hub folds itself from the fields
            row = session.execute(select(*(spec.table.c[c] for c in spec.column_names))
                                  .where(spec.table.c.id == record["id"])).one_or_none()
            if row is None:
                # A record breaking a domain rule is held back exactly as sent, outside the register.
                held = session.execute(select(QuarantinedRecord.content).where(
                    QuarantinedRecord.record_id == record["id"], QuarantinedRecord.status == "held")).scalar_one()
                assert held == content_json(expected)
                continue
            assert content_json(dict(zip(spec.column_names, row, strict=True))) == content_json(expected)
