"""The sync commands an administrator scripts: cards, enrolment, export, verify, import, receipts, status."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import PASSWORD, Opened
from tests.sync.sync_helpers import outreach


def _run(opened: Opened, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["--data-dir", str(opened.data_dir.root), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_commune_and_its_hub_do_everything_from_the_command_line(
        opened: Opened, hub: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    cards, usb, receipts = tmp_path / "cards", tmp_path / "usb", tmp_path / "receipts"
    for folder in (cards, usb, receipts):
        folder.mkdir()
    code, out = _run(opened, capsys, "card", cards)
    commune_card, commune_print = out.splitlines()[0], out.splitlines()[1].removeprefix("Dấu vân tay: ")
    code, out = _run(hub, capsys, "card", cards)
    hub_card, hub_print = out.splitlines()[0], out.splitlines()[1].removeprefix("Dấu vân tay: ")
    assert re.fullmatch(r"\d{5}( \d{5}){5}", hub_print)

    assert _run(hub, capsys, "enrol", commune_card, "--fingerprint", "00000 00000")[0] == 2
    code, out = _run(hub, capsys, "enrol", commune_card, "--fingerprint", commune_print)
    assert code == 0 and out.startswith("Đã tin cậy thẻ: commune 08500 Xã Xuân Lũng (khóa ")
    assert _run(opened, capsys, "enrol", hub_card, "--fingerprint", hub_print)[0] == 0

    outreach(opened)
    code, out = _run(opened, capsys, "export-bundle", usb, "--close-period", "2026-10")
    assert code == 0 and "25-08500-000001.hnb" in out and "1/1" in out
    bundle = usb / "25-08500-000001.hnb"
    code, out = _run(opened, capsys, "verify-bundle", bundle)
    assert code == 0 and out.startswith("25-08500-000001.hnb: verified 08500@2025-07") and "closed=2026-10" in out

    code, out = _run(hub, capsys, "import-bundle", usb, "--dry-run")
    assert code == 0 and "preview" in out and "new=2" in out and "receipt" not in out
    code, out = _run(hub, capsys, "import-bundle", usb, "--receipts", receipts)
    assert code == 0 and "imported" in out and "Biên nhận: " in out
    code, out = _run(hub, capsys, "import-bundle", bundle)
    assert code == 0 and "already_imported" in out
    code, out = _run(hub, capsys, "sync-status")
    assert "08500 Xã Xuân Lũng: gói gần nhất #1" in out and "còn thiếu -" in out

    [receipt] = receipts.iterdir()
    code, out = _run(opened, capsys, "receipt", receipt)
    assert code == 0 and "tuyến tỉnh đã nhận 1/1 gói được liệt kê" in out

    junk = usb / "25-08500-000009.hnb"
    junk.write_bytes(b"not a bundle")
    code, out = _run(hub, capsys, "import-bundle", junk)
    assert code == 3 and "Từ chối 25-08500-000009.hnb: " in out and "(sync.not_a_zip)" in out

    code, out = _run(hub, capsys, "cards")
    assert "commune  08500 trusted" in out

