"""Searching the long lists through the full-text index (issue 12 point 5): what it must find and not find."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, text

from desktop.db.models import Establishment
from desktop.db.search_index import SEARCHED_TABLES, index_name
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.outreach import OutreachDraft
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import Opened


def _session(opened: Opened, place: str, organiser: str = "") -> str:
    draft = OutreachDraft(held_on=date(2026, 11, 3), place=place, form="meeting", target_group="general_public",
                          participants_total=10, participants_male=4, participants_female=6, organiser=organiser)
    return opened.services.outreach.save(opened.admin, draft).value.id


def _places(opened: Opened, search: str) -> list[str]:
    query = OutreachQuery(search=search)
    rows = opened.services.outreach.page(opened.admin, query, offset=0, limit=100)
    assert opened.services.outreach.count(opened.admin, query) == len(rows)
    return sorted(r.place for r in rows)


def _business(opened: Opened, name: str, address: str, representative: str = "") -> str:
    draft = EstablishmentDraft(name=name, business_type="karaoke", address=address, representative=representative)
    return opened.services.establishments.save(opened.admin, draft).value.id


def _names(opened: Opened, search: str) -> list[str]:
    query = EstablishmentQuery(search=search)
    rows = opened.services.establishments.page(opened.admin, query, offset=0, limit=100)
    assert opened.services.establishments.count(opened.admin, query) == len(rows)
    return sorted(r.name for r in rows)


def _index_agrees(opened: Opened) -> None:
    """FTS5's own check that every index entry matches the row it was made from (raises otherwise)."""
    with opened.services.register.engine.begin() as conn:
        for table in SEARCHED_TABLES:
            fts = index_name(table)
            conn.execute(text(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"))


def test_search_ignores_diacritics_and_case_and_finds_parts_of_words(opened: Opened) -> None:
    _session(opened, "Nhà văn hóa thôn Đồng Xuân", organiser="Hội Phụ nữ xã")
    _session(opened, "Trạm y tế xã Xuân Lũng")
    _session(opened, "Sân bóng thôn Gò Đình")
    both = ["Nhà văn hóa thôn Đồng Xuân", "Trạm y tế xã Xuân Lũng"]
    assert _places(opened, "xuan") == both
    assert _places(opened, "XUÂN") == both
    assert _places(opened, "Xuân   đồng") == ["Nhà văn hóa thôn Đồng Xuân"]  # every word, in any order
    assert _places(opened, "dong xuan") == ["Nhà văn hóa thôn Đồng Xuân"]
    assert _places(opened, "phu nu") == ["Nhà văn hóa thôn Đồng Xuân"]  # the organiser is searched too
    assert _places(opened, "uân") == both  # inside a word
    assert _places(opened, "lũn") == ["Trạm y tế xã Xuân Lũng"]
    assert _places(opened, "y te") == ["Trạm y tế xã Xuân Lũng"]  # words shorter than a trigram
    assert _places(opened, "gò") == ["Sân bóng thôn Gò Đình"]
    assert _places(opened, "xuan bong") == []
    assert _places(opened, "thôn") == ["Nhà văn hóa thôn Đồng Xuân", "Sân bóng thôn Gò Đình"]
    assert _places(opened, '50% "x_') == []  # LIKE and MATCH syntax are plain text
    _index_agrees(opened)


def test_an_edited_or_deleted_session_is_found_by_what_it_says_now(opened: Opened) -> None:
    moved = _session(opened, "Nhà văn hóa thôn Đồng Xuân")
    gone = _session(opened, "Trạm y tế xã Xuân Lũng")
    record = opened.services.outreach.get(opened.admin, moved)
    opened.services.outreach.save(opened.admin, replace(record.draft, place="Hội trường UBND xã"), record_id=moved,
                                  expected_version=record.version)
    opened.services.outreach.delete(opened.admin, gone)
    assert _places(opened, "dong xuan") == []
    assert _places(opened, "hoi truong") == ["Hội trường UBND xã"]
    assert _places(opened, "lung") == []
    assert _places(opened, "") == ["Hội trường UBND xã"]
    _index_agrees(opened)


def test_establishments_are_found_by_name_address_or_representative(opened: Opened) -> None:
    _business(opened, "Karaoke Hoàng Gia", "Thôn Đồng Xuân", representative="Nguyễn Văn Đức")
    kept = _business(opened, "Nhà nghỉ Bình An", "Khu 3, xã Xuân Lũng")
    assert _names(opened, "hoang gia") == ["Karaoke Hoàng Gia"]
    assert _names(opened, "xuan") == ["Karaoke Hoàng Gia", "Nhà nghỉ Bình An"]
    assert _names(opened, "duc") == ["Karaoke Hoàng Gia"]  # đ is folded to d
    assert _names(opened, "Bình  xuân") == ["Nhà nghỉ Bình An"]
    assert _names(opened, "nghỉ an") == ["Nhà nghỉ Bình An"]
    opened.services.establishments.delete(opened.admin, kept)
    assert _names(opened, "binh an") == []
    _index_agrees(opened)


def test_a_row_removed_for_good_leaves_the_index(opened: Opened) -> None:
    """The hub hard-deletes erased records: the index entry must go with the row, nothing dangling."""
    erased = _business(opened, "Quán bar Ánh Dương", "Thôn Đồng Xuân")
    _business(opened, "Cà phê Ánh Trăng", "Thôn Gò Đình")
    with opened.services.register.uow() as uow:
        uow.session.execute(delete(Establishment).where(Establishment.id == erased))
        uow.commit()
    assert _names(opened, "anh") == ["Cà phê Ánh Trăng"]
    _index_agrees(opened)


@pytest.mark.parametrize("table", SEARCHED_TABLES)
def test_the_register_keeps_its_index_in_step_by_triggers(opened: Opened, table: str) -> None:
    """A later migration that rebuilds one of these tables (batch mode) drops its triggers: it must put them back."""
    with opened.services.register.engine.connect() as conn:
        triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                                    {"t": table}).scalars())
    assert {f"{index_name(table)}_{kind}" for kind in ("insert", "update", "delete")} <= triggers


@pytest.mark.parametrize("scan_first", [2, 5, 4000])
def test_a_first_page_found_near_the_top_is_the_page_the_like_scan_gives(opened: Opened, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        scan_first: int) -> None:
    """The first page looked for among the list's first rows (search_index.SCAN_FIRST), or through the index
    when those hold too few, is exactly the plain LIKE scan's first page, in the list's order."""
    monkeypatch.setattr("desktop.services.outreach.outreach.SCAN_FIRST", scan_first)
    monkeypatch.setattr("desktop.services.establishments.establishments.SCAN_FIRST", scan_first)
    villages = ("Đồng Xuân", "Gò Đình", "Phú Lộc", "Lũng Hòa", "Xuân Lũng")
    for n in range(15):
        _session(opened, f"Nhà văn hóa thôn {villages[n % 5]} {n}", organiser="Hội Phụ nữ xã" if n % 3 else "")
        _business(opened, f"Karaoke {villages[(n * 2) % 5]} {n}", f"Thôn {villages[n % 5]}", "Lê Văn Lộc" if n % 4 else "")
    engine = opened.services.register.engine
    for words in ("xuan", "phu lo", "lo", "xuan lung", "dong 1", "ho", "khong co"):
        likes = " ".join(f"AND search_text LIKE '%{w}%'" for w in words.split())
        for limit in (1, 3, 100):
            with engine.connect() as conn:
                sessions = [r[0] for r in conn.execute(text(
                    f"SELECT id FROM outreach_sessions WHERE deleted_at IS NULL {likes} "
                    f"ORDER BY held_on DESC, id DESC LIMIT {limit}"))]
                shops = [r[0] for r in conn.execute(text(
                    f"SELECT id FROM establishments WHERE deleted_at IS NULL {likes} "
                    f"ORDER BY search_text, id LIMIT {limit}"))]
            page = opened.services.outreach.page(opened.admin, OutreachQuery(search=words), offset=0, limit=limit)
            assert [r.id for r in page] == sessions, (words, limit)
            found = opened.services.establishments.page(opened.admin, EstablishmentQuery(search=words), offset=0,
                                                        limit=limit)
            assert [r.id for r in found] == shops, (words, limit)
