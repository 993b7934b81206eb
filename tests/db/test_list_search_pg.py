"""The list search's PostgreSQL branch (issue 12 point 5): migration 0011's pg_trgm index and the same query.

Runs on the throw-away server of tests/engines.py (`pg_server`: the one .ci/run starts, $HOANHAP_TEST_PG, or a
cluster of its own), in a database of its own; skipped (failed in CI) like every server test when there is none.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, create_engine, func, insert, select, text, update

from desktop.db import migrate
from desktop.db.models import Establishment, OutreachSession
from desktop.db.search_index import SEARCHED_TABLES, trigram_index_name, words_match
from desktop.domain.text import fold
from tests.engines import create_database, drop_database

STAMP = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def pg(pg_server: str) -> Iterator[Engine]:
    from desktop.db.server import ServerAddress

    name = f"search_{uuid.uuid4().hex[:12]}"
    engine = create_engine(ServerAddress.parse(create_database(pg_server, name)).url)
    try:
        migrate.upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        drop_database(pg_server, name)


def _sessions(engine: Engine, places: list[str]) -> None:
    with engine.begin() as conn:
        conn.execute(insert(OutreachSession), [
            {"id": f"s{n:05d}", "origin_unit": "08500@2025-07", "origin_device": "dev", "created_at": STAMP,
             "updated_at": STAMP, "held_on": date(2026, 11, 3), "place": place, "form": "meeting",
             "target_group": "students", "search_text": fold(place)} for n, place in enumerate(places)])


def _found(engine: Engine, words: str) -> list[str]:
    s = OutreachSession
    stmt = (select(s.place).where(s.deleted_at.is_(None), words_match(s.__tablename__, s.search_text, words))
            .order_by(s.place))
    with engine.connect() as conn:
        return list(conn.execute(stmt).scalars())


def test_postgres_search_finds_what_sqlite_finds(pg: Engine) -> None:
    _sessions(pg, ["Nhà văn hóa thôn Đồng Xuân", "Trạm y tế xã Xuân Lũng", "Sân bóng thôn Gò Đình"])
    both = ["Nhà văn hóa thôn Đồng Xuân", "Trạm y tế xã Xuân Lũng"]
    assert _found(pg, "XUÂN") == both
    assert _found(pg, "dong xuan") == ["Nhà văn hóa thôn Đồng Xuân"]
    assert _found(pg, "uân") == both
    assert _found(pg, "y te") == ["Trạm y tế xã Xuân Lũng"]
    assert _found(pg, '50% "x_') == []
    with pg.begin() as conn:
        conn.execute(update(OutreachSession).where(OutreachSession.id == "s00001").values(deleted_at=STAMP))
    assert _found(pg, "xuan") == ["Nhà văn hóa thôn Đồng Xuân"]


def test_postgres_search_uses_the_trigram_index(pg: Engine) -> None:
    _sessions(pg, [f"Nhà văn hóa thôn {n}" for n in range(2000)] + ["Trạm y tế xã Xuân Lũng"])
    s = OutreachSession
    stmt = select(func.count()).select_from(s).where(words_match(s.__tablename__, s.search_text, "xuan lung"))
    with pg.connect() as conn:
        conn.execute(text("ANALYZE outreach_sessions"))
        conn.execute(text("SET enable_seqscan = off"))  # a table this small would be scanned anyway
        plan = "\n".join(conn.execute(text("EXPLAIN " + str(stmt.compile(
            pg, compile_kwargs={"literal_binds": True})))).scalars())
        assert conn.execute(stmt).scalar_one() == 1
    assert trigram_index_name("outreach_sessions") in plan


def test_0011_goes_down_and_up_again_on_postgres(pg: Engine) -> None:
    def indexes() -> set[str]:
        with pg.connect() as conn:
            return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).scalars())

    assert {trigram_index_name(t) for t in SEARCHED_TABLES} | {"ix_quarantined_records_open"} <= indexes()
    _downgrade(pg, "0010")
    assert not {trigram_index_name(t) for t in SEARCHED_TABLES} & indexes()
    migrate.upgrade(pg)
    assert trigram_index_name(Establishment.__tablename__) in indexes()


def _downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
