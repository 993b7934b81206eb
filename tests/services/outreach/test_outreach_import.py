"""Bringing in a commune's Excel outreach book: messy sheets read, the session form's rules per row, one transaction."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import Opened
from tests.workbooks import headerless_book


def outreach_book(path: Path) -> Path:
    """An outreach book as communes keep it: a hidden old sheet, a merged title, their own headers, dates as text."""
    book = Workbook()
    hidden = book.active
    hidden.title = "2024"
    hidden.append(["Ngày", "Địa điểm"])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("Sổ truyền thông 2026")
    sheet["A1"] = "SỔ THEO DÕI HOẠT ĐỘNG TRUYỀN THÔNG PHÒNG, CHỐNG MẠI DÂM NĂM 2026"
    sheet.merge_cells("A1:J1")
    sheet.append(["STT", "Ngày thực hiện", "Nơi tổ chức", "Hình thức", "Đối tượng", "Tổng số người", "Nam", "Nữ",
                  "Chủ đề", "Tờ rơi"])
    sheet.append([1, "05/03/2026", "Nhà văn hóa thôn Đồng Xuân", "Hội nghị, tập huấn", "Người dân", 40, 18, 22,
                  "Phòng, chống mại dâm; Phòng, chống HIV/AIDS", "1.200"])
    sheet.append([2, datetime(2026, 4, 10), "Trường THCS Xuân Lũng", "hội nghị", "Học sinh, sinh viên", 120, 60, 60,
                  None, 300])
    sheet.append([3, "12/05/2026", "Chợ Lũng Hạ", "Phát tờ rơi", "Người dân", 0, 0, 0, None, 500])  # no head count: fine
    sheet.append([4, "31/02/2026", "Thôn 3", "Hội nghị, tập huấn", "Người dân", 10, 5, 4, None, None])  # date, sexes
    sheet.append([5, "01/01/2027", "Thôn 5", "Bay dù", "Người dân", "mười", 0, 0, "Nấu ăn", None])  # future, unknowns
    sheet.append([6, "05/03/2026", "nhà văn hoá thôn đồng xuân", "Hội nghị, tập huấn", "Người dân", 40, 18, 22,
                  None, None])  # the same session as row 3, written again
    sheet.append([7, "20/06/2026", "Nhà văn hóa thôn Lũng Hạ", "Trực tiếp, tư vấn nhóm", "Người dân", 15, 7, 8,
                  None, None])  # already in the register
    for _ in range(20):
        sheet.append([None, "", None])
    book.save(path)
    return path


def _existing(opened: Opened) -> None:
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=date(2026, 6, 20), place="Nhà văn hóa thôn Lũng Hạ", form="direct", target_group="general_public",
        participants_total=15, participants_male=7, participants_female=8))


def test_the_template_has_the_forms_headers_and_pick_lists(opened: Opened, tmp_path: Path) -> None:
    from desktop.services.outreach.outreach_import import write_template

    template = write_template(tmp_path / "mau.xlsx")
    book = load_workbook(template)
    sheet = book.worksheets[0]
    assert sheet.title == "Buổi truyền thông"
    assert [c.value for c in sheet[1]][:5] == ["Ngày tổ chức", "Địa điểm", "Hình thức", "Nhóm đối tượng",
                                               "Chủ đề lồng ghép"]
    lists = book.worksheets[1]
    assert lists.sheet_state == "hidden" and lists["A1"].value == "Trực tiếp, tư vấn nhóm"
    assert sorted(v.formula1 for v in sheet.data_validations.dataValidation) == [
        "='Danh mục'!$A$1:$A$9", "='Danh mục'!$B$1:$B$7"]
    preview = opened.services.outreach_import.preview(opened.admin, template)
    assert preview.rows == () and len(preview.mapping) == 16  # every column of the template maps back


def test_a_messy_book_previews_every_row_with_the_forms_problems(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    _existing(opened)
    preview = s.outreach_import.preview(admin, outreach_book(tmp_path / "so-truyen-thong.xlsx"))
    assert preview.sheet == "Sổ truyền thông 2026" and len(preview.sha256) == 64
    assert [r.line for r in preview.rows] == [3, 4, 5, 6, 7, 8, 9]
    by_line = {r.line: r for r in preview.rows}
    first = by_line[3].draft
    assert (first.held_on, first.form, first.target_group, first.leaflets) == (date(2026, 3, 5), "meeting",
                                                                                "general_public", 1200)
    assert first.topics == ("prostitution_prevention", "hiv_aids") and by_line[3].good
    assert by_line[4].draft.form == "meeting" and by_line[4].draft.target_group == "students" and by_line[4].good
    assert by_line[5].good  # leaflets handed out: no head count needed
    assert [(p.code, p.field) for p in by_line[6].problems] == [  # the unreadable date is not also "missing"
        ("date.invalid", "held_on"), ("outreach.sex_sum", "participants_total")]
    codes = {(p.code, p.field) for p in by_line[7].problems}
    assert {("date.future", "held_on"), ("outreach.unknown_form", "form"), ("number.invalid", "participants_total"),
            ("outreach.unknown_topic", "topics")} <= codes
    assert by_line[8].duplicate and by_line[9].duplicate  # within the file, and already in the register
    assert (preview.good, preview.with_problems, preview.duplicates) == (3, 2, 2)
    assert s.outreach.count(admin, OutreachQuery()) == 1  # nothing written by a preview


def test_good_sessions_go_in_one_transaction_audited_with_file_and_hash(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    preview = s.outreach_import.preview(admin, outreach_book(tmp_path / "so.xlsx"))
    with pytest.raises(DomainError) as refused:
        s.outreach_import.apply(admin, preview, all_or_nothing=True)
    assert refused.value.code == "import.not_all_good" and s.outreach.count(admin, OutreachQuery()) == 0
    assert s.outreach_import.apply(admin, preview).value == 4
    rows = s.outreach.page(admin, OutreachQuery(sort="held_on", descending=False), offset=0, limit=10)
    assert [r.held_on for r in rows] == [date(2026, 3, 5), date(2026, 4, 10), date(2026, 5, 12), date(2026, 6, 20)]
    record = s.outreach.get(admin, rows[0].id)
    assert record.draft.topics == ("prostitution_prevention", "hiv_aids") and record.draft.participants_total == 40
    entries = [e for e in s.maintenance.recent_audit(admin, limit=20) if e.action == "outreach.import"]
    assert len(entries) == 4 and {json.loads(e.detail)["sha256"] for e in entries} == {preview.sha256}
    assert {json.loads(e.detail)["file"] for e in entries} == {"so.xlsx"}
    again = s.outreach_import.preview(admin, tmp_path / "so.xlsx")
    assert again.good == 0 and again.duplicates == 5  # the same book twice adds nothing


def test_a_hub_cannot_import_sessions(hub: Opened, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as refused:
        hub.services.outreach_import.preview(hub.admin, outreach_book(tmp_path / "so.xlsx"))
    assert refused.value.code == "office.hub_read_only"


def test_columns_mapped_once_are_remembered(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    book = Workbook()
    book.active.append(["Hôm", "Chỗ", "Hình thức", "Đối tượng", "Tổng số người", "Nam", "Nữ"])
    book.active.append(["02/02/2026", "Thôn 9", "Hội nghị", "Người dân", 3, 1, 2])
    path = tmp_path / "rieng.xlsx"
    book.save(path)
    preview = s.outreach_import.preview(admin, path)
    assert preview.unmapped_required == ("held_on", "place")
    with pytest.raises(DomainError) as refused:
        s.outreach_import.apply(admin, preview)
    assert refused.value.code == "import.unmapped" and "Ngày tổ chức" in refused.value.params["fields"]
    mapped = s.outreach_import.preview(admin, path, mapping={**preview.mapping, 0: "held_on", 1: "place"})
    assert mapped.good == 1
    s.outreach_import.apply(admin, mapped)
    assert s.outreach_import.preview(admin, path).mapping == mapped.mapping


def test_a_sheet_without_a_header_names_the_sessions_columns(opened: Opened, tmp_path: Path) -> None:
    """The hint names this sheet's own columns, not the establishment list's."""
    with pytest.raises(DomainError) as refused:
        opened.services.outreach_import.preview(opened.admin, headerless_book(tmp_path / "khong-tieu-de.xlsx"))
    assert refused.value.code == "import.no_header"
    assert "Tên cơ sở" not in refused.value.params["columns"]
    assert refused.value.params["columns"].startswith("“Ngày tổ chức”")
