"""The categories of data kept about a person: every client column is in one, and the consent form says so."""

from __future__ import annotations

from collections import Counter

from desktop.db.models import Client, ClientContact, ClientStatusChange, Consent, Referral
from desktop.domain.client_data import RECORDED_DATA, consent_lines
from desktop.domain.clients import SERVICE_LABELS

# Sync bookkeeping every record carries, and the link to the person itself: not data *about* the person.
_NOT_ABOUT_THE_PERSON = {"id", "origin_unit", "origin_device", "created_at", "updated_at", "version", "deleted_at",
                         "author", "client_id"}
_CLIENT_TABLES = (Client, ClientStatusChange, Consent, ClientContact, Referral)


def test_every_client_column_is_in_exactly_one_category() -> None:
    columns = {f"{model.__tablename__}.{c.name}" for model in _CLIENT_TABLES for c in model.__table__.columns
               if c.name not in _NOT_ABOUT_THE_PERSON}
    listed = Counter(column for item in RECORDED_DATA for column in item.columns)
    missing = sorted(columns - set(listed))
    assert missing == [], f"add these columns to a category of desktop/domain/client_data.py: {missing}"
    assert sorted(set(listed) - columns) == []  # no category names a column that is gone
    assert [c for c, n in listed.items() if n > 1] == []


def test_consent_lines_cover_health_violence_and_officers_notes() -> None:
    text = "\n".join(consent_lines())
    for item in RECORDED_DATA:
        assert item.title in text
    for label in SERVICE_LABELS.values():  # health, harm reduction, GBV support ... each named
        assert label in text
    assert "HIV" in text and "bạo lực" in text and "ghi chú" in text
    assert "chỉ lưu trên máy của xã" in text  # the local-only notes say they stay here
