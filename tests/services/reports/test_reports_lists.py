"""Raw list exports: every row, no row cap, labels for codes, and never a local-only column."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from openpyxl.worksheet import _writer as openpyxl_writer
import pytest
from sqlalchemy import insert

from desktop.db.models import OutreachSession
from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services.context import Actor
from tests import report_data as data
from tests.conftest import Opened

ROWS = 3_500


def _sessions(count: int) -> list[dict[str, object]]:
    return [{"id": f"bulk-{n:05d}", "origin_unit": data.XUAN_LUNG, "origin_device": "d",
             "held_on": date(2025, 1, 1) + timedelta(days=n % 700), "place": f"Thôn {n}", "form": "meeting",
             "target_group": "students", "topics": "law drugs", "participants_total": 10, "participants_male": 4,
             "participants_female": 6, "notes": f"GHI-CHU-RIENG-{n}"} for n in range(count)]


def _decrypted(path: Path, password: str, folder: Path) -> Path:
    import msoffcrypto

    plain = folder / f"plain-{path.name}"
    with path.open("rb") as source, plain.open("wb") as out:
        office = msoffcrypto.OfficeFile(source)
        office.load_key(password=password)
        office.decrypt(out)
    return plain


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


def test_a_long_list_has_every_row_and_no_local_only_column(opened: Opened, tmp_path: Path) -> None:
    with opened.services.register.engine.begin() as conn:
        conn.execute(insert(OutreachSession), _sessions(ROWS))
    path = tmp_path / "buoi.xlsx"
    count = opened.services.reports.export_list(opened.admin, "sessions", path=path).value
    assert count == ROWS
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()  # read-only mode keeps the file open until told
    header, body = rows[0], rows[1:]
    assert len(body) == ROWS
    assert header[:6] == ("Ngày", "Xã, phường", "Địa điểm", "Hình thức", "Nhóm đối tượng", "Chủ đề")
    assert "notes" not in header and "search_text" not in header and "version" not in header
    assert header.index("Lần đầu được tiếp cận trong năm") == header.index("Thuộc nhóm đối tượng") + 1
    ids = header.index("Mã bản ghi")
    assert {r[ids] for r in body} == {f"bulk-{n:05d}" for n in range(ROWS)}
    first = body[0]
    assert first[:6] == (datetime(2025, 1, 1), "Xã Xuân Lũng", "Thôn 0", "Hội nghị, tập huấn", "Học sinh, sinh viên",
                         "Phổ biến pháp luật; Phòng, chống ma túy")
    assert [r[0] for r in body] == sorted(r[0] for r in body)  # in date order
    assert "GHI-CHU-RIENG" not in _all_text(path)  # the notes are nowhere in the file


def test_dates_read_the_vietnamese_way(opened: Opened, tmp_path: Path) -> None:
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)
    path = tmp_path / "kiem-tra.xlsx"
    written = opened.services.reports.export_list(opened.admin, "inspections", path=path, period=periods.quarter(2026, 3))
    assert written.value == 4
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "Ngày kiểm tra" and sheet["A1"].font.b
    assert (sheet["A2"].value, sheet["A2"].number_format) == (datetime(2026, 7, 15), "dd/mm/yyyy")
    started = next(c for c in sheet[1] if c.value == "started_at").column
    # 02:00 UTC is 09:00 in Vietnam: instants are written in local time, without a zone Excel cannot hold
    assert sheet.cell(2, started).value == datetime(2026, 7, 15, 9, 0)


def test_client_lists_leave_private_fields_behind_and_need_the_client_permission(opened: Opened,
                                                                                  tmp_path: Path) -> None:
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)
    svc = opened.services.reports
    for name, expected in (("contacts", 7), ("referrals", 2)):
        path = tmp_path / f"{name}.xlsx"
        with pytest.raises(DomainError) as no_password:
            svc.export_list(opened.admin, name, path=path)
        assert no_password.value.code == "export.password_required" and not path.exists()
        assert svc.export_list(opened.admin, name, path=path, password="mat-khau-tep-1").value == expected
        assert not zipfile.is_zipfile(path)  # an encrypted Office file, not a readable workbook
        text = _all_text(_decrypted(path, "mat-khau-tep-1", tmp_path))
        assert "RIENG" not in text and "BIET-DANH" not in text

    viewer = Actor(account_id="v", username="xem", role=Role.VIEWER)
    with pytest.raises(DomainError) as denied:
        svc.export_list(viewer, "contacts", path=tmp_path / "no.xlsx")
    assert denied.value.code == "permission.denied" and not (tmp_path / "no.xlsx").exists()
    with pytest.raises(DomainError) as unknown:
        svc.export_list(opened.admin, "clients", path=tmp_path / "no.xlsx")
    assert unknown.value.code == "reports.unknown_list"


def test_progress_is_reported_and_a_cancel_leaves_no_file(opened: Opened, tmp_path: Path) -> None:
    with opened.services.register.engine.begin() as conn:
        conn.execute(insert(OutreachSession), _sessions(4_500))
    out = tmp_path / "out"
    out.mkdir()
    heard: list[int] = []
    opened.services.reports.export_list(opened.admin, "sessions", path=out / "a.xlsx", progress=heard.append)
    assert heard == [2_000, 4_000, 4_500]

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        opened.services.reports.export_list(opened.admin, "sessions", path=out / "b.xlsx", progress=cancel)
    assert sorted(p.name for p in out.iterdir()) == ["a.xlsx"]  # no half file, no temporary beside it
    # nor openpyxl's own temporary copy of the rows written before the cancel
    assert not [f for f in openpyxl_writer.ALL_TEMP_FILES if Path(f).exists()]


def test_the_export_is_audited(opened: Opened, tmp_path: Path) -> None:
    opened.services.reports.export_list(opened.admin, "sessions", path=tmp_path / "x.xlsx", period=periods.year(2026))
    last = opened.services.maintenance.recent_audit(opened.admin, limit=1)[0]
    assert last.action == "export" and '"list": "sessions"' in last.detail and '"rows": 0' in last.detail
