"""The receipt's signed text: the fast encoder says exactly what json.dumps would, one line per listed item."""

from __future__ import annotations

import json

from desktop.domain.problems import Problem
from desktop.sync.quarantine import rules_json
from desktop.sync.receipts import _signed_text


def test_the_signed_text_reads_back_as_the_body_with_its_held_records() -> None:
    body = {"format": "hoanhap-receipt", "version": 2, "receipt_id": "r-1", "hub_unit": "25@2025-07",
            "hub_key_id": "ABCDEF0123456789", "commune_unit": "08500@2025-07", "created_at": "2026-11-28T09:30:00+07:00",
            "bundles": [{"bundle_id": "b-1", "sequence": 1, "payload_sha256": "00", "imported_at": "x"},
                        {"bundle_id": "b-2", "sequence": 2, "payload_sha256": "11", "imported_at": "y"}],
            "missing": {"device": [3, 4]}}
    problems = [Problem("outreach.sex_sum", "participants_total", {"sum": 9, "total": 10, "note": "Đồng \"Xuân\"\n"})]
    held = [{"table": "outreach_sessions", "record_id": "s-1", "version": 2,
             "rules": json.loads(rules_json(problems))}]
    encoded = [json.dumps(h, ensure_ascii=False, sort_keys=True) for h in held]
    text = _signed_text(body, held=encoded)
    assert json.loads(text) == {**body, "held": held}
    lines = text.splitlines()
    assert sum(1 for line in lines if '"bundle_id"' in line) == 2 and sum(1 for line in lines if '"record_id"' in line) == 1
    assert json.loads(_signed_text({**body, "bundles": []}, held=[]))["held"] == []
