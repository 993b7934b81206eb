"""Which attendance sheet a session gets: a count sheet for sex workers' sessions, a full list otherwise."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.outreach import OutreachDraft
from desktop.services.outreach.printing import print_attendance
from tests.conftest import Opened


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _session(opened: Opened, group: str, total: int) -> str:
    draft = OutreachDraft(held_on=date(2026, 11, 20), place="Nhà văn hóa thôn Đồng Xuân", form="direct",
                          target_group=group, participants_total=total, participants_female=total,
                          target_members=total, leaflets=10)
    return opened.services.outreach.save(opened.admin, draft).value.id


@pytest.mark.tools
@pytest.mark.parametrize("group", ["sex_workers", "business_workers"])
def test_a_session_with_sex_workers_prints_a_count_sheet(opened: Opened, tmp_path: Path, group: str) -> None:
    record = _session(opened, group, 12)
    for filled in (False, True):
        pdf = tmp_path / f"{group}-{filled}.pdf"
        print_attendance(opened.services.register, opened.admin, pdf, record_id=record, with_counts=filled)
        text = _text(pdf)
        assert "PHIẾU ĐẾM SỐ NGƯỜI THAM DỰ" in text
        for absent in ("Họ và tên", "Năm sinh", "Ký tên"):
            assert absent not in text
        assert "Dưới 16" in text and "50 trở lên" in text


@pytest.mark.tools
def test_other_sessions_list_one_line_per_participant(opened: Opened, tmp_path: Path) -> None:
    record = _session(opened, "general_public", 65)
    pdf = tmp_path / "65.pdf"
    print_attendance(opened.services.register, opened.admin, pdf, record_id=record)
    pages = [p for p in _text(pdf).split("\f") if p.strip()]
    rows = [int(line) for page in pages for line in [x for x in page.splitlines() if x.strip()][1:]
            if line.strip().isdigit()]
    assert "Họ và tên" in pages[0] and rows == list(range(1, 66))


@pytest.mark.tools
def test_a_blank_count_sheet_can_be_asked_for(opened: Opened, tmp_path: Path) -> None:
    pdf = tmp_path / "dem-trong.pdf"
    print_attendance(opened.services.register, opened.admin, pdf, count_only=True)
    text = _text(pdf)
    assert "PHIẾU ĐẾM SỐ NGƯỜI THAM DỰ" in text and "Họ và tên" not in text
