"""Home items naming one record the hub held back ("held:<table>:<id>"): which page opens it, and which record."""

from __future__ import annotations

HELD_PREFIX = "held:"


def held_record(target: str, *tables: str) -> tuple[str, str] | None:
    """(table, record id) when `target` names a held record of one of `tables`, else None.

    Pages answer `claims_view` with this and nothing else: the home screen asks every page while grouping
    its cards, so asking must never open anything."""
    if not target.startswith(HELD_PREFIX):
        return None
    table, _, record_id = target.removeprefix(HELD_PREFIX).partition(":")
    return (table, record_id) if table in tables and record_id else None
