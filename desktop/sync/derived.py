"""Columns the hub makes itself from a record's own fields instead of keeping what the sender wrote.

`search_text` (the folded text the list search indexes) travels in bundles for older hubs, but a
re-signed or hand-made bundle could carry any value: words found in none of the record's fields,
or nothing, which would hide the record from every search at the hub. The hub therefore folds
the record's fields again with the forms' own function (desktop/domain/search_text.py), on every
record that comes in, before anything compares, holds or stores it, and on a held record or a
conflict's incoming side when an officer adopts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.domain.search_text import SEARCH_FIELDS, search_text
from desktop.sync.validation import IncomingTable

DERIVED_COLUMN = "search_text"


def rederive(table: str, record: dict[str, Any]) -> None:
    """Replace `record`'s derived column (when its table has one and the record carries it)."""
    if table in SEARCH_FIELDS and DERIVED_COLUMN in record:
        record[DERIVED_COLUMN] = search_text(table, record)


def rederive_incoming(incoming: Iterable[IncomingTable]) -> None:
    """Every record of a checked bundle, in place."""
    for batch in incoming:
        name = batch.spec.name
        if name not in SEARCH_FIELDS or DERIVED_COLUMN not in batch.spec.column_names:
            continue
        for record in batch.records:
            record[DERIVED_COLUMN] = search_text(name, record)
