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
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, and_, bindparam, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.domain.text import fold

SEARCHED_TABLES = ("outreach_sessions", "establishments")
# A trigram index can only narrow by words of at least this many letters.
TRIGRAM = 3


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


class _IndexedWords(ColumnElement[bool]):
    """'The row is among those the full-text index finds for these words' (SQLite only)."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [("table_name", InternalTraversal.dp_string),  # noqa: RUF012 - SQLAlchemy's own shape
                           ("pattern", InternalTraversal.dp_clauseelement)]

    def __init__(self, table_name: str, pattern: str) -> None:
        self.table_name = table_name
        self.pattern: BindParameter[str] = bindparam(None, pattern, unique=True)


@compiles(_IndexedWords)
def _elsewhere(element: _IndexedWords, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL's trigram index serves the LIKE itself; nothing to add.
    return compiler.process(true(), **kw)


@compiles(_IndexedWords, "sqlite")
def _sqlite(element: _IndexedWords, compiler: SQLCompiler, **kw: Any) -> str:
    fts = index_name(element.table_name)
    pattern = compiler.process(element.pattern, **kw)
    return f"{element.table_name}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {pattern})"


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def words_match(table_name: str, column: Any, query: str) -> ColumnElement[bool]:
    """Every word of `query` (folded) occurs in `column` (the table's search_text)."""
    words = fold(query).split()
    if not words:
        return true()
    likes = [column.like("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", escape="\\")
             for w in words]
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words:
        return and_(*likes)
    return and_(_IndexedWords(table_name, " ".join(_phrase(w) for w in long_words)), *likes)
