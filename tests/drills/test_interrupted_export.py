"""An export cut short between its commit and its rename is finished by the next export (found by the drills)."""

from __future__ import annotations

import os

from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - fixture


def test_the_next_export_finishes_a_recorded_bundle_and_drops_a_torn_one(pair: Pair) -> None:  # noqa: F811
    outreach(pair.commune)
    first = pair.send()[0]
    # What a SIGKILL after the commit leaves: the recorded bundle still under its temporary name,
    # and the torn temporary file of an export that never committed.
    os.replace(first, first.parent / ".tmp-cut1.hnb")
    (first.parent / ".tmp-torn.hnb").write_bytes(b"PK\x03\x04 half a zip")
    outreach(pair.commune, place="Chợ xã")
    second = pair.send()[0]
    names = sorted(p.name for p in pair.outbox.iterdir() if p.is_file())
    assert names == [first.name, second.name]
    summary = pair.receive(pair.outbox)
    assert [i.report.sequence for i in summary.items if i.report] == [1, 2]


def test_a_hub_reading_a_folder_skips_files_still_being_written(pair: Pair) -> None:  # noqa: F811
    outreach(pair.commune)
    bundle = pair.send()[0]
    (pair.outbox / ".tmp-writing.hnb").write_bytes(bundle.read_bytes()[:100])
    summary = pair.receive(pair.outbox)
    assert [(i.path.name, i.refused) for i in summary.items] == [(bundle.name, False)]
