"""The folded text a list search looks in (a record's `search_text`), made from the record's own fields.

A commune's forms store it with each outreach session, establishment and partner organisation
(`search_text_of` the saved row, desktop/services/*); it travels in bundles, but the hub
makes it again from the record's fields at import (desktop/sync/derived.py): a value the sender
wrote could hide a record from the hub's search or plant words that are in none of its fields.
`tests/domain/test_search_text.py` checks each form's save gives exactly this text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.text import fold

# Per searched table, the fields its search text is made of, in the forms' order.
SEARCH_FIELDS: Mapping[str, tuple[str, ...]] = {
    "outreach_sessions": ("place", "organiser", "partners"),
    "establishments": ("name", "address", "representative"),
    "partner_organisations": ("name", "address"),
}


def search_text(table: str, record: Mapping[str, Any]) -> str:
    """`fold` of the record's search fields, joined by spaces (a missing or empty field adds nothing)."""
    return fold(" ".join(str(record.get(name) or "") for name in SEARCH_FIELDS[table]))


def search_text_of(table: str, row: object) -> str:
    """The same, read from an object's attributes (a form's row once its fields are set)."""
    return search_text(table, {name: getattr(row, name, None) for name in SEARCH_FIELDS[table]})
