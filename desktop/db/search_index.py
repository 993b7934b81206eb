"""Word search over the long lists (outreach sessions, establishments) through a full-text index.

What is searched is each row's `search_text`: the folded text (desktop.domain.text.fold: lower case,
no diacritics, đ -> d) the forms write. Search is therefore diacritic-insensitive by design: "xuan"
and "Xuân" both find "Xuân Lũng" (and "lung" finds "Lũng" and "Lùng" alike, as officers who type
without diacritics expect). Every word of the query must occur, anywhere, also inside a longer word.

The index (migration 0011) differs per engine, the query reads the same:
- SQLite/SQLCipher: an FTS5 table `<table>_fts` with the trigram tokenizer, external content on the
  table's rowid, kept in step by triggers (insert, update of search_text, delete), so rows written
  by the forms, the Excel import and the hub's bundle import are all found. A query word of three
  or more letters narrows the rows through the index; the LIKE on the row itself then decides, so
  words shorter than a trigram still work (by scanning what is left).
- PostgreSQL: a `pg_trgm` GIN index on `search_text`, which the same LIKE '%word%' uses directly.

Words shorter than three letters (decided in wave 4, issue 12): no trigram can narrow them, and a
Vietnamese syllable of one or two letters ("lo", "xa", "12") occurs in a large share of any register,
so they are answered by the plain LIKE on the rows the longer words (if any) left. A list's FIRST page
does not wait for that: the services look for it among the first SCAN_FIRST rows of the list's own
order (`words_like`), where a common word fills a page at once; only a rarer query falls back to the
index, and the count runs after the page is painted (desktop/gui/paged_model.py). Both ways give exactly
the rows the LIKE scan gives (tests/db/test_list_search.py compares them). The search boxes say so.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.domain.text import fold

SEARCHED_TABLES = ("outreach_sessions", "establishments")
# A trigram index can only narrow by words of at least this many letters.
TRIGRAM = 3
# Rows of a list's own order a search's first page is looked for in before the index is asked: a page of
# matches there costs a few thousand row reads, where the index first collects every match of a common
# word (tens of thousands at a hub).
SCAN_FIRST = 4000


def index_name(table: str) -> str:
    """The FTS5 table of `table` on SQLite (its shadow tables carry this name plus a suffix)."""
    return f"{table}_fts"


def trigram_index_name(table: str) -> str:
    """The GIN trigram index of `table` on PostgreSQL."""
    return f"ix_{table}_search_trgm"


def is_search_index(name: str | None) -> bool:
    """True for the FTS5 tables (and their shadow tables) and trigram indexes, which the models do not describe."""
    return name is not None and any(
        name in (index_name(t), trigram_index_name(t)) or name.startswith(index_name(t) + "_") for t in SEARCHED_TABLES)


class _WordsMatch(ColumnElement[bool]):
    """'Every word occurs in the row's search_text', compiled for the engine's own index."""

    inherit_cache = True
    type = NullType()  # type: ignore[assignment] # not Boolean: SQLite would wrap the element in "(...) = 1"
    _traverse_internals = [("table_name", InternalTraversal.dp_string),  # noqa: RUF012 - SQLAlchemy's own shape
                           ("pattern", InternalTraversal.dp_clauseelement),
                           ("every_like", InternalTraversal.dp_clauseelement),
                           ("short_like", InternalTraversal.dp_clauseelement),
                           ("indexed", InternalTraversal.dp_boolean)]

    def __init__(self, table_name: str, column: Any, words: list[str]) -> None:
        self.table_name = table_name
        longer = [w for w in words if len(w) >= TRIGRAM]
        self.pattern: BindParameter[str] = bindparam(None, " ".join(_phrase(w) for w in longer), unique=True)
        self.every_like = and_(true(), *(_like(column, w) for w in words))
        self.short_like = and_(true(), *(_like(column, w) for w in words if len(w) < TRIGRAM))
        self.indexed = bool(longer)


@compiles(_WordsMatch)
def _elsewhere(element: _WordsMatch, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL's trigram GIN index serves LIKE '%word%' itself. (Parenthesised: a dialect without a
    # boolean type compares the whole element with 1.)
    return f"({compiler.process(element.every_like, **kw)})"


@compiles(_WordsMatch, "sqlite")
def _sqlite(element: _WordsMatch, compiler: SQLCompiler, **kw: Any) -> str:
    if not element.indexed:
        return f"({compiler.process(element.every_like, **kw)})"
    fts = index_name(element.table_name)
    pattern = compiler.process(element.pattern, **kw)
    # A trigram phrase matches exactly where LIKE '%word%' would, so longer words need no LIKE on the row:
    # counts stay inside the list's covering index and only rows shown are read (SQLCipher decrypts each page).
    indexed = f"{element.table_name}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {pattern})"
    return f"({indexed} AND {compiler.process(element.short_like, **kw)})"


def _like(column: Any, word: str) -> ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")  # type: ignore[no-any-return]  # like() is untyped on a text column


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def words_like(column: Any, query: str) -> ColumnElement[bool]:
    """The plain test of what `words_match` finds through the index: every folded word occurs in `column`."""
    return and_(true(), *(_like(column, w) for w in fold(query).split()))


def words_match(table_name: str, column: Any, query: str) -> ColumnElement[bool]:
    """Every word of `query` (folded) occurs in `column` (the table's search_text)."""
    words = fold(query).split()
    return _WordsMatch(table_name, column, words) if words else true()
