"""The reports page and the hub's completeness dashboard, driven offscreen with pytest-qt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.db.config import Config
from desktop.domain import periods
from desktop.domain.outreach import OutreachDraft
from desktop.domain.roles import Role
from desktop.gui.context import AppContext
from desktop.gui.dialogs.report_definitions import ReportDefinitionsDialog
from desktop.gui.dialogs.report_parameters import ReportParametersDialog, parse_number
from desktop.gui.dialogs.report_password import ExportPasswordDialog
from desktop.gui.pages.completeness import CompletenessPage
from desktop.gui.pages.completeness_chart import nice_top
from desktop.gui.pages.reports import ReportsPage
from desktop.gui.pages.reports_table import STATUS_COLOURS
from desktop.reports.model import Status
from desktop.services.context import Actor, FixedClock
from tests.conftest import VN, Opened
from tests.report_data import MINIMAL_DEFINITIONS, programme_through_2026
from tests.sync.sync_helpers import exchange_cards
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui

NATIONAL, PROVINCE = 4, 6  # verdict columns of the two target sets of the bundled definitions


def _context(opened: Opened) -> Iterator[AppContext]:
    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    yield from _context(opened)


def _session(opened: Opened, day: date, *, male: int, female: int, group: str = "general_public",
             target: int = 0) -> None:
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=day, place="Nhà văn hóa thôn Đồng Xuân", form="meeting", target_group=group,
        participants_total=male + female, participants_male=male, participants_female=female, target_members=target,
        newly_reached=target))


@pytest.fixture
def sessions(opened: Opened, tmp_path: Path) -> Opened:
    """Three sessions in November 2026 (12 + 20 + 8 person-visits, 15 of them students) and one in October,
    reported on the 2021–2025 programme the administrator kept for 2026 (two target columns)."""
    opened.services.reports.load_definitions(opened.admin, programme_through_2026(tmp_path))
    _session(opened, date(2026, 11, 3), male=5, female=7)
    _session(opened, date(2026, 11, 10), male=9, female=11, group="students", target=15)
    _session(opened, date(2026, 11, 20), male=4, female=4)
    _session(opened, date(2026, 10, 15), male=1, female=1)
    return opened


def _computed(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.report = None
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.busy.busy, timeout=10000)


def _row(page: ReportsPage, code: str) -> list[str]:
    item = page.tree.indicator_item(code)
    assert item is not None, code
    return [item.text(c) for c in range(page.tree.columnCount())]


def test_a_commune_report_shows_the_counts_and_the_t1_status(qtbot, context: AppContext, sessions: Opened) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.period.period() == periods.month(2026, 11)  # the current month by default
    assert not page.xlsx_button.isEnabled() and "Lập báo cáo" in page.summary.text()
    _computed(qtbot, page)
    t1 = _row(page, "T1")
    assert t1[1:] == ["%", "100,0%", "≥ 70%", "Đạt", "≥ 100%", "Đạt"]
    item = page.tree.indicator_item("T1")
    assert item.background(NATIONAL).color().name() == STATUS_COLOURS[Status.MET][0]  # type: ignore[union-attr]
    assert _row(page, "TT1")[1:3] == ["buổi", "3"]
    assert _row(page, "TT2")[1:3] == ["lượt", "40"]
    t5 = _row(page, "T5")
    assert t5[2] == "Không đủ dữ liệu" and t5[NATIONAL] == "Không đủ dữ liệu"  # no students entered yet
    assert page.hint.isVisibleTo(page) and "Số học sinh" in page.hint.text()
    # the breakdown by sex under TT2
    tt2 = page.tree.indicator_item("TT2")
    by_sex = next(tt2.child(n) for n in range(tt2.childCount())  # type: ignore[union-attr]
                  if tt2.child(n).text(0) == "Chia theo giới tính")  # type: ignore[union-attr]
    assert [(by_sex.child(n).text(0), by_sex.child(n).text(2)) for n in range(by_sex.childCount())] == [
        ("Nam", "18"), ("Nữ", "22"), ("Khác", "0")]
    assert "đạt" in page.summary.text() and "Tháng 11/2026" in page.summary.text()

    # the students of the period through the dialog: the report on screen follows by itself
    dialog = ReportParametersDialog(context, page.period.period(), parent=page)
    qtbot.addWidget(dialog)
    dialog.fields["students"].setText("1.5")
    assert not dialog.save_button.isEnabled() and "Số học sinh" in dialog.message.text()
    dialog.fields["students"].setText("50")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.save()
    qtbot.waitUntil(lambda: page.report is not None and _row(page, "T5")[2] == "30,0%", timeout=10000)
    assert _row(page, "T5")[NATIONAL:] == ["Chưa đạt", "≥ 25%", "Đạt"]
    assert not page.hint.isVisibleTo(page) or "Số học sinh" not in page.hint.text()

    # another period: the old figures leave the screen until the report is made again
    page.period.set_period(periods.month(2026, 9))
    assert page.report is None and page.tree.topLevelItemCount() == 0 and not page.xlsx_button.isEnabled()
    _computed(qtbot, page)
    assert _row(page, "T1")[2:5] == ["0,0%", "≥ 70%", "Chưa đạt"]
    assert page.tree.indicator_item("T1").foreground(NATIONAL).color().name() == "#b00020"  # type: ignore[union-attr]


def test_the_page_follows_a_language_switch_and_keeps_the_report(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                 sessions: Opened) -> None:
    from desktop.gui import i18n

    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: page.compute_button.text() == "Make report")
    assert page.tree.headerItem().text(0) == "Indicator" and page.period.kind.currentText() == "Month"
    assert page.report is not None and _row(page, "TT1")[1:3] == ["sessions", "3"]
    assert "November 2026" in page.summary.text() or "11/2026" in page.summary.text()


def test_period_kinds_and_any_range_of_days(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(context)
    qtbot.addWidget(page)
    chooser = page.period
    chooser.kind.setCurrentIndex(chooser.kind.findData("quarter"))
    chooser.part.setCurrentIndex(2)
    assert chooser.period() == periods.quarter(2026, 3) and not chooser.start.isVisibleTo(chooser)
    chooser.kind.setCurrentIndex(chooser.kind.findData("half"))
    chooser.part.setCurrentIndex(1)
    assert chooser.period() == periods.half(2026, 2)
    chooser.kind.setCurrentIndex(chooser.kind.findData("year"))
    chooser.year.setValue(2025)
    assert chooser.period() == periods.year(2025) and not chooser.part.isVisibleTo(chooser)
    chooser.kind.setCurrentIndex(chooser.kind.findData("range"))
    chooser.set_period(periods.Period(date(2026, 1, 5), date(2026, 2, 1)))
    assert chooser.start.isVisibleTo(chooser) and chooser.period().code == "2026-01-05..2026-02-01"
    assert chooser.span.text() == "từ 05/01/2026 đến 01/02/2026"
    assert parse_number("12.500") == 12500 and parse_number("37,5") == 37.5 and parse_number(" ") is None
    with pytest.raises(ValueError):
        parse_number("-3")


def test_the_excel_export_holds_the_numbers_on_screen(qtbot, context: AppContext, sessions: Opened,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path, monkeypatch) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    path = tmp_path / "bao-cao-thang-11.xlsx"
    asked: list[str] = []

    def save_name(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        asked.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert page.xlsx_button.isEnabled()
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.busy and path.exists(), timeout=10000)
    assert asked == ["bao-cao-2026-11.xlsx"] and str(path) in page.message.text()
    sheet = openpyxl.load_workbook(path)["Báo cáo"]
    by_code: dict[object, tuple[object, ...]] = {}
    for row in sheet.iter_rows(values_only=True):
        by_code.setdefault(row[0], row)  # the indicator's own row comes before its breakdown rows
    assert by_code["T1"][2:6] == ("%", 1, "≥ 70%", "Đạt")
    assert by_code["TT1"][3] == int(_row(page, "TT1")[2]) == 3
    assert by_code["TT2"][3] == int(_row(page, "TT2")[2]) == 40
    assert by_code["T5"][3] == "Không đủ dữ liệu"
    pdf = tmp_path / "bao-cao.pdf"
    page.write_report(pdf, pdf=True)
    qtbot.waitUntil(lambda: not page.busy.busy and pdf.exists(), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")

    # a raw list: every session of the period, in the background
    listed = tmp_path / "buoi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(listed), ""))
    page.list_name.setCurrentIndex(page.list_name.findData("sessions"))
    page.export_list()
    qtbot.waitUntil(lambda: not page.busy.busy and listed.exists(), timeout=10000)
    rows = list(openpyxl.load_workbook(listed).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 3 and rows[0][0] == "Ngày" and "3 dòng" in page.message.text()
    page.list_in_period.setChecked(False)
    every = tmp_path / "tat-ca.xlsx"
    page.write_list("sessions", every, period=None)
    qtbot.waitUntil(lambda: not page.busy.busy and every.exists(), timeout=10000)
    assert openpyxl.load_workbook(every).active.max_row == 1 + 4


def test_a_list_of_client_rows_is_written_only_encrypted(qtbot, context: AppContext, opened: Opened,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, monkeypatch) -> None:
    import msoffcrypto

    from desktop.domain.clients import ClientDraft, ContactDraft

    client = opened.services.clients.register(opened.admin, ClientDraft(
        birth_year=1995, sex="female", workplace_type="karaoke", first_contact_on=date(2026, 11, 2),
        first_contact_channel="outreach"), {"mother_given_name": "Lan"}, create_anyway=True).value.client
    assert client is not None
    opened.services.clients.log_contact(opened.admin, client.id, ContactDraft(contacted_on=date(2026, 11, 2),
                                                                              category="health_hiv"))
    page = ReportsPage(context)
    qtbot.addWidget(page)
    dialog = ExportPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("ngan")
    assert not dialog.ok_button.isEnabled() and "ít nhất 8 ký tự" in dialog.message.text()
    dialog.password.setText("mat-khau-tep-1")
    dialog.confirm.setText("mat-khau-tep-2")
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "Hai lần nhập mật khẩu chưa giống nhau."
    dialog.confirm.setText("mat-khau-tep-1")
    assert dialog.chosen() == "mat-khau-tep-1"

    target = tmp_path / "ds.xlsx"
    asked: list[str] = []

    def save_name(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        asked.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr("desktop.gui.pages.reports.ask_password", lambda _parent: None)
    page.list_name.setCurrentIndex(page.list_name.findData("contacts"))
    page.export_list()  # cancelled at the password: nothing asked, nothing written
    assert asked == [] and not target.exists()
    monkeypatch.setattr("desktop.gui.pages.reports.ask_password", lambda _parent: "mat-khau-tep-1")
    page.export_list()
    qtbot.waitUntil(lambda: not page.busy.busy and target.exists(), timeout=10000)
    assert asked == ["danh-sach-2026-11.xlsx"]  # the name does not say what the list is about
    assert "1 dòng" in page.message.text() and "mã hóa" in page.message.text()
    plain = tmp_path / "plain.xlsx"
    with target.open("rb") as source, plain.open("wb") as out:
        office = msoffcrypto.OfficeFile(source)
        office.load_key(password="mat-khau-tep-1")
        office.decrypt(out)
    assert openpyxl.load_workbook(plain).active.max_row == 2


def test_a_list_export_can_be_stopped_and_leaves_no_file(qtbot, context: AppContext, sessions: Opened,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    gate = threading.Event()
    context.run(gate.wait, lambda _v: None)  # holds the single worker so the export waits behind it
    target = tmp_path / "dung.xlsx"
    page.write_list("sessions", target, period=None)
    assert page.busy.isVisibleTo(page) and page.busy.cancel_button.isVisibleTo(page)
    assert not page.compute_button.isEnabled()
    page.busy.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=10000)
    assert not target.exists() and page.message.text() == "Đã dừng; không có tệp nào được ghi."
    assert page.compute_button.isEnabled()


def test_a_viewer_reads_the_report_but_cannot_export_or_enter_figures(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                      sessions: Opened) -> None:
    context.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    assert _row(page, "TT1")[2] == "3"
    assert not page.xlsx_button.isEnabled() and not page.pdf_button.isEnabled()
    assert not page.parameters_button.isEnabled() and not page.list_button.isEnabled()
    assert [page.list_name.itemData(i) for i in range(page.list_name.count())] == ["sessions", "inspections"]


def test_a_bad_definition_file_is_explained_and_the_set_in_force_stays(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    dialog = ReportDefinitionsDialog(context)
    qtbot.addWidget(dialog)
    assert "programme-2021-2025.toml" in dialog.info.text() and "có sẵn trong ứng dụng" in dialog.info.text()
    bad = tmp_path / "sai.toml"
    bad.write_text(MINIMAL_DEFINITIONS.replace('breakdowns = ["form"]', 'breakdowns = ["form"]\nmau = "do"'), "utf-8")
    dialog.load(bad)
    settle(dialog)  # checked on the worker
    assert "sai.toml, dòng" in dialog.message.text() and "“mau”" in dialog.message.text()
    assert "Bộ chỉ tiêu đang dùng không thay đổi." in dialog.message.text()
    assert context.services.reports.definitions_info(context.actor).built_in
    good = tmp_path / "ct-2026-2035.toml"
    good.write_text(MINIMAL_DEFINITIONS, "utf-8")
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.load(good)
    assert "Đã nạp 2 chỉ tiêu" in dialog.message.text() and "ct-2026-2035.toml" in dialog.info.text()
    context.set_actor(Actor("officer-id", "canbo", Role.OFFICER))
    assert not ReportDefinitionsDialog(context).load_button.isEnabled()


# -- the hub --------------------------------------------------------------------------------------------


@pytest.fixture
def hub_context(hub: Opened) -> Iterator[AppContext]:
    yield from _context(hub)


def test_the_dashboard_shows_a_closed_period_once_its_bundle_is_imported(  # type: ignore[no-untyped-def]
        qtbot, opened: Opened, hub: Opened, hub_context: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    exchange_cards(opened, hub)
    _session(opened, date(2026, 10, 15), male=9, female=11)
    page = CompletenessPage(hub_context)
    qtbot.addWidget(page)
    assert page.data is None  # nothing is counted until the page is shown
    page.show()
    qtbot.waitUntil(lambda: bool(page.reports) and not page.busy.busy, timeout=20000)
    assert [p.code for p in page.periods] == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    assert page.grid.state_at("08500", "2026-10") == "missing" and page.data.received == 0  # type: ignore[union-attr]
    assert page.grid.table.rowCount() == 148

    clock.current = datetime(2026, 11, 5, 9, 0, tzinfo=VN)  # the commune closes October in time...
    opened.services.sync.close_period(opened.admin, "2026-10")
    opened.services.sync.close_period(opened.admin, "2026-09", nil=True)  # ...and September late
    clock.current = datetime(2026, 11, 28, 9, 30, tzinfo=VN)
    (tmp_path / "usb").mkdir()
    bundle = opened.services.sync.export_bundle(opened.admin, tmp_path / "usb").value.files[0].path
    outcome = hub.services.sync.import_bundles(hub.admin, [bundle], receipt_folder=tmp_path / "receipts")
    hub_context.announce(outcome.changes)
    qtbot.waitUntil(lambda: page.data is not None and page.data.received == 2 and not page.busy.busy, timeout=20000)
    assert page.grid.state_at("08500", "2026-10") == "on_time"
    assert page.grid.state_at("08500", "2026-09") == "late"
    assert page.grid.state_at("08500", "2026-08") == "missing" and page.grid.state_at("08218", "2026-10") == "missing"
    row = next(r for r in range(page.grid.table.rowCount()) if "(08500)" in page.grid.table.item(r, 0).text())
    assert page.grid.table.item(row, 6).text() == "✔ 05/11"
    assert page.grid.table.item(row, 5).text() == "⚠ 05/11 KPS"
    assert page.grid.table.item(row, 7).text() == "2/6"
    assert "đã nhận 2" in page.summary.text() and "muộn 1" in page.summary.text()
    page.only_missing.setChecked(True)
    assert page.shown.text() == "148 xã, phường"  # Xuân Lũng still lacks May–August
    page.search.setText("xuan lung")
    assert page.shown.text() == "1 xã, phường"

    # the trend: the province's person-visits per month, drawn without error
    page.indicator.setCurrentIndex(page.indicator.findData("TT2"))
    assert [p.value for p in page.chart.points] == [0, 0, 0, 0, 0, 20]
    assert page.chart.points[-1].label == "Tháng 10/2026" and page.chart.axis_y == "lượt"
    page.chart.resize(700, 260)
    assert not page.chart.grab().isNull()
    page.indicator.setCurrentIndex(page.indicator.findData("T1"))
    # 1 of the 1 commune that sent data (its bundle came after every month began), not 1 of 148
    assert page.chart.share and page.chart.points[-1].text == "100,0%"


def test_the_hub_report_can_cover_a_few_communes(qtbot, hub_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(hub_context)
    qtbot.addWidget(page)
    assert page.units.isVisibleTo(page) and page.units.all.text() == "Toàn tỉnh (148 xã, phường)"
    page.units.search.setText("xuan lung")
    assert sum(not page.units.list.item(r).isHidden() for r in range(page.units.list.count())) == 1
    page.units.tick(["08500", "08218"])
    assert sorted(page.units.selected() or []) == ["08218", "08500"]
    _computed(qtbot, page)
    assert len(page.report.units) == 2  # type: ignore[union-attr]
    # Nothing arrived from either: every figure is "chưa báo cáo", and the page says so by name.
    assert "tổng hợp từ 0/2 xã, phường đã gửi số liệu kỳ này" in page.summary.text()
    assert "Chưa báo cáo (2): Xã Chí Tiên, Xã Xuân Lũng" in page.summary.text()
    assert "Khóa sổ từng tháng — Tháng 11/2026: đúng hạn 0, muộn 0, chưa báo cáo 2." in page.summary.text()
    tt1 = page.tree.indicator_item("TT1")
    per_commune = tt1.child(tt1.childCount() - 1)  # type: ignore[union-attr]
    assert per_commune.text(0) == "Theo từng xã, phường" and per_commune.childCount() == 2
    page.units.tick([])
    page.compute()
    qtbot.waitUntil(lambda: not page.busy.busy and page.message.text() != "", timeout=10000)
    assert page.message.text() == "Chưa chọn xã, phường nào để lập báo cáo."


def test_nice_axis_tops() -> None:
    assert [nice_top(v, share=False) for v in (0, 3, 7, 38, 120, 2400)] == [1, 5, 10, 50, 200, 2500]
    assert nice_top(25, share=True) == 100 and nice_top(140, share=True) == 200


def test_an_administrator_enters_the_years_targets_in_a_dialog(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.dialogs.report_targets import ENTERED, ReportTargetsDialog

    page = ReportsPage(context)
    qtbot.addWidget(page)
    assert page.targets_button.isEnabled()
    dialog = ReportTargetsDialog(context, 2026, parent=page)
    qtbot.addWidget(dialog)
    row = next(n for n, r in enumerate(dialog.rows) if (r.indicator, r.target_set) == ("T1", "plan"))
    assert dialog.table.item(row, 3).text() == "≥ 100"
    sn2 = next(n for n, r in enumerate(dialog.rows) if r.indicator == "SN2")
    dialog.table.item(row, ENTERED).setText(">= 90")
    dialog.table.item(sn2, ENTERED).setText("khoảng 3 nghìn")
    dialog.save()  # one bad figure: nothing is saved
    settle(dialog)
    assert "không hợp lệ" in dialog.message.text() and "Chưa lưu chỉ tiêu nào." in dialog.message.text()
    assert all(r.entered == "" for r in context.services.reports.annual_targets(context.actor, 2026))
    dialog.table.item(sn2, ENTERED).setText(">= 3.500")
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.save()
    entered = {r.indicator: r.entered for r in context.services.reports.annual_targets(context.actor, 2026)
               if r.entered}
    assert entered == {"T1": ">= 90", "SN2": ">= 3.500"}
    page.period.set_period(periods.year(2026))
    _computed(qtbot, page)
    assert _row(page, "T1")[3] == "≥ 90%" and _row(page, "SN2")[3] == "≥ 3.500"
    # 2027: no set covers it — the dialog and the page say so
    dialog.year.setValue(2027)
    assert dialog.table.rowCount() == 0 and "Chưa có bộ chỉ tiêu áp dụng cho Năm 2027" in dialog.message.text()
    page.period.set_period(periods.year(2027))
    _computed(qtbot, page)
    assert "Đề nghị quản trị viên nạp bộ chỉ tiêu" in page.summary.text()
    context.set_actor(Actor("officer-id", "canbo", Role.OFFICER))
    assert not page.targets_button.isEnabled()


def test_the_report_gets_a_number_and_narrative_before_printing(qtbot, context: AppContext, sessions: Opened,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path, monkeypatch) -> None:
    from desktop.gui.dialogs.report_issue import ReportIssueDialog

    taken = sessions.services.documents.save(sessions.admin, number=7, issued_on=date(2026, 11, 20),
                                             title="Báo cáo tháng 10").value
    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    assert page.issue_button.isEnabled() and page.number_label.text() == "(chưa cấp số)"
    dialog = ReportIssueDialog(context, page.report, page.document, page)
    qtbot.addWidget(dialog)
    assert dialog.number.value() == 8  # the next free number of the year
    dialog.number.setValue(taken.number)
    dialog.sections["situation"].setPlainText("Tình hình trên địa bàn ổn định.")
    dialog.sections["proposals"].setPlainText("Đề nghị hỗ trợ tờ rơi.")
    dialog.save()
    settle(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted.value
    assert "đã cấp cho văn bản “Báo cáo tháng 10”" in dialog.message.text() and "Chưa lưu gì" in dialog.message.text()
    assert len(sessions.services.documents.entries(sessions.admin)) == 1  # nothing saved
    assert dialog.sections["situation"].toPlainText() == "Tình hình trên địa bàn ổn định."  # typed text kept
    dialog.number.setValue(8)
    dialog.save()
    settle(dialog)
    assert dialog.entry is not None and dialog.entry.number == 8
    page.document = dialog.entry
    page._show_number()
    assert page.number_label.text() == "Số: 08/BC-UBND"
    pdf = tmp_path / "bao-cao.pdf"
    page.write_report(pdf, pdf=True)
    qtbot.waitUntil(lambda: not page.busy.busy and pdf.exists(), timeout=10000)
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Số: 08/BC-UBND" in text and "Đề nghị hỗ trợ tờ rơi." in text and "I. TÌNH HÌNH CHUNG" in text
    # Computing the same period again finds the entry: the number and narrative stay with the report.
    _computed(qtbot, page)
    assert page.document is not None and page.document.narrative.proposals == "Đề nghị hỗ trợ tờ rơi."


def test_the_register_lists_numbers_and_takes_one_back(qtbot, context: AppContext, opened: Opened,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from desktop.gui.dialogs import document_register
    from desktop.gui.dialogs.document_register import DocumentRegisterDialog

    docs = opened.services.documents
    for number in (1, 2):
        docs.save(opened.admin, number=number, issued_on=date(2026, 10, number), title=f"Báo cáo {number}")
    dialog = DocumentRegisterDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 0).text() == "Số: 02/BC-UBND"
    assert dialog.next_label.text() == "Số tiếp theo năm 2026: 03"
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)
    monkeypatch.setattr(document_register, "confirm", lambda *_a, **_k: True)
    dialog.remove_selected()
    settle(dialog)
    assert dialog.table.rowCount() == 1 and dialog.next_label.text() == "Số tiếp theo năm 2026: 02"
