"""Several analysts at once on one hub: real processes importing and resolving at the same moment."""

from __future__ import annotations

import contextlib
import multiprocessing
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.db.models import ImportedBundle, OutreachSession
from desktop.domain.problems import DomainError
from desktop.services import audit
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from tests.conftest import ADMIN, NOW, PASSWORD, Opened
from tests.sync.sync_helpers import Pair, exchange_cards, open_commune, outreach, pair  # noqa: F401 - fixture

_SPAWN = multiprocessing.get_context("spawn")


def _analyst(hub_root: str, task: str, argument: str, barrier: Any, results: Any, name: str,
             login_lock: Any) -> None:
    """One analyst's process: log in on its own, wait for the others, then do one thing."""
    with login_lock:
        register, admin = auth.login(DataDir(Path(hub_root)), ADMIN, PASSWORD, clock=FixedClock(NOW))
    try:
        services = build_services(register)
        barrier.wait(timeout=120)
        try:
            if task == "import":
                summary = services.sync.import_bundles(admin, [Path(argument)],
                                                       receipt_folder=Path(hub_root) / f"receipts-{name}").value
                item = summary.items[0]
                results.put((name, item.report.status if item.report else item.error_code))
            else:
                conflict_id, choose = argument.split(":")
                services.sync.resolve_conflict(admin, conflict_id, choose=choose)
                results.put((name, f"resolved:{choose}"))
        except DomainError as error:
            results.put((name, error.code))
    finally:
        register.close()


def _at_once(hub: Opened, jobs: list[tuple[str, str]]) -> dict[str, str]:
    barrier = _SPAWN.Barrier(len(jobs))
    results = _SPAWN.Queue()
    # A SQLite hub is one PC (a second window is refused by the instance lock): there the logins, which
    # write the audit log in a deferred transaction, go one by one; the imports and resolutions still
    # start together. On a server every analyst logs in at the same moment too.
    login_lock = _SPAWN.Lock() if not hub.services.register.on_server else contextlib.nullcontext()
    processes = [_SPAWN.Process(target=_analyst, args=(str(hub.data_dir.root), task, argument, barrier, results,
                                                       f"analyst-{n}", login_lock))
                 for n, (task, argument) in enumerate(jobs)]
    for process in processes:
        process.start()
    outcomes = dict(results.get(timeout=240) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return outcomes


def _count(hub: Opened, column: Any) -> int:
    with hub.services.register.uow() as uow:
        return int(uow.session.execute(select(func.count(column))).scalar_one())


def _chain_ok(hub: Opened) -> bool:
    with hub.services.register.uow() as uow:
        return audit.verify(uow.session).ok


def test_two_analysts_import_different_bundles_at_the_same_moment(pair: Pair, tmp_path: Path) -> None:
    outreach(pair.commune)
    ours = pair.send()[0]
    for other in open_commune(tmp_path / "xa-2", pair.hub.clock, "08218"):
        exchange_cards(other, pair.hub)
        outreach(other, place="Nhà văn hóa khu 3")
        theirs = other.services.sync.export_bundle(other.admin, pair.outbox).value.files[0].path

    outcomes = _at_once(pair.hub, [("import", str(ours)), ("import", str(theirs))])

    assert sorted(outcomes.values()) == ["imported", "imported"]
    assert _count(pair.hub, ImportedBundle.id) == 2 and _count(pair.hub, OutreachSession.id) == 2
    statuses = pair.hub.services.sync.commune_statuses(pair.hub.admin)
    assert sorted(s.unit_code for s in statuses) == ["08218", "08500"]
    assert _chain_ok(pair.hub)  # both imports' audit entries chained one after the other


def test_one_bundle_imported_twice_at_the_same_moment_goes_in_once(pair: Pair) -> None:
    outreach(pair.commune)
    outreach(pair.commune, place="Hội trường thôn 2")
    bundle = pair.send()[0]

    outcomes = _at_once(pair.hub, [("import", str(bundle)), ("import", str(bundle)), ("import", str(bundle))])

    assert sorted(outcomes.values()) == ["already_imported", "already_imported", "imported"]
    assert _count(pair.hub, ImportedBundle.id) == 1 and _count(pair.hub, OutreachSession.id) == 2
    assert _chain_ok(pair.hub)


def _conflict(pair: Pair) -> tuple[str, str]:
    record = outreach(pair.commune, place="Hội trường UBND xã")
    pair.receive(*pair.send())
    pair.commune.clock.current += timedelta(minutes=10)
    with pair.commune.services.register.uow() as uow:  # changed behind the service: same version, other content
        row = uow.session.get(OutreachSession, record)
        assert row is not None
        row.place = "Nhà văn hóa thôn Lũng Hạ"
        row.updated_at = pair.commune.clock.now()
        uow.commit()
    pair.receive(*pair.send())
    [conflict] = pair.hub.services.sync.conflicts(pair.hub.admin)
    return conflict.id, record


def test_a_conflict_resolved_by_one_analyst_is_seen_by_the_others(pair: Pair) -> None:
    conflict_id, record = _conflict(pair)

    outcomes = _at_once(pair.hub, [("resolve", f"{conflict_id}:incoming"), ("resolve", f"{conflict_id}:local")])

    winners = [o for o in outcomes.values() if o.startswith("resolved:")]
    assert len(winners) == 1 and sorted(outcomes.values()).count("sync.conflict_not_found") == 1
    # The parent process is a third analyst, logged in before: it sees the resolution at once.
    assert pair.hub.services.sync.conflicts(pair.hub.admin) == []
    [done] = pair.hub.services.sync.conflicts(pair.hub.admin, open_only=False)
    assert (done.status, done.resolution) == ("resolved", winners[0].split(":")[1])
    with pair.hub.services.register.uow() as uow:
        place = uow.session.get(OutreachSession, record).place  # type: ignore[union-attr]
    assert place == ("Nhà văn hóa thôn Lũng Hạ" if done.resolution == "incoming" else "Hội trường UBND xã")
    assert _chain_ok(pair.hub)
