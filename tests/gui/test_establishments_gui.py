"""The establishments page, the establishment form and the inspection record, driven offscreen with pytest-qt."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ItemResult
from desktop.domain.roles import Role
from desktop.gui.context import AppContext
from desktop.gui.dialogs.establishment_form import EstablishmentForm
from desktop.gui.dialogs.inspection_form import InspectionForm
from desktop.gui.dialogs.inspection_history import InspectionHistory
from desktop.gui.dialogs.inspection_print import ChecklistChoice
from desktop.gui.pages.establishments import EstablishmentsPage
from desktop.gui.pages.home import item_text
from desktop.services.context import Actor, Changes
from tests.conftest import Opened
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui

KARAOKE = EstablishmentDraft(name="Karaoke Sao Mai", business_type="karaoke", address="Số 214, thôn Lũng Hạ",
                             representative="Hà Văn Tuấn", opened_on=date(2021, 4, 1))


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _save(context: AppContext, draft: EstablishmentDraft) -> str:
    return context.services.establishments.save(context.actor, draft).value.id


def _visit(establishment_id: str, day: date, **changes: object) -> InspectionDraft:
    return replace(InspectionDraft(establishment_id=establishment_id,
                                   started_at=datetime(day.year, day.month, day.day, 20, tzinfo=LOCAL_ZONE),
                                   kind="planned", team_members="Đỗ Văn Hải (Công an xã)"), **changes)


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", out)


def test_the_form_explains_problems_as_you_type_and_the_list_finds_the_new_establishment(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 cơ sở"
    form = EstablishmentForm(context, parent=page)
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    assert "Tên cơ sở: Chưa nhập trường bắt buộc." in form.message.text()
    form.texts["name"].setText("Karaoke Sao Mai")
    form.texts["address"].setText("Số 214, thôn Lũng Hạ")
    form.texts["representative"].setText("Hà Văn Tuấn")
    form.business_type.setCurrentIndex(form.business_type.findData("karaoke"))
    form.status.setCurrentIndex(form.status.findData("closed"))
    assert form.message.text() == "Ngày đóng cửa: Cơ sở đã đóng cửa thì phải ghi ngày đóng cửa."
    assert "color: #b00020" in form._labels["closed_on"].styleSheet() and not form.save_button.isEnabled()
    form.status.setCurrentIndex(form.status.findData("operating"))
    form.dates["opened_on"].set_value(date(2021, 4, 1))
    assert form.save_button.isEnabled() and form.message.text() == "Thông tin hợp lệ."
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = context.services.establishments.get(context.actor, form.saved.id).draft  # type: ignore[union-attr]
    assert saved == KARAOKE
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 cơ sở"
    assert [page.model.data(page.model.index(0, c)) for c in (0, 1, 4, 5)] == [
        "Karaoke Sao Mai", "Karaoke", "Đang hoạt động", "chưa kiểm tra"]
    page.search.setText("sao mai tuan")  # without diacritics, name and representative
    qtbot.waitUntil(lambda: not page.search_delay.pending)  # searched once typing pauses
    assert page.model.rowCount() == 1
    page.search.setText("hoa sen")
    page.search_delay.flush()
    assert page.model.rowCount() == 0


def test_filters_and_delete_with_confirmation(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kept = _save(context, KARAOKE)
    _save(context, EstablishmentDraft(name="Nhà nghỉ Hoa Sen", business_type="accommodation", address="Tổ 3"))
    _save(context, EstablishmentDraft(name="Bar Đêm Trắng", business_type="bar", address="Số 167", status="suspended"))
    context.services.inspections.record(context.actor, _visit(kept, date(2026, 3, 2)))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    page.type_filter.setCurrentIndex(page.type_filter.findData("accommodation"))
    assert page.model.rowCount() == 1
    page.type_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("suspended"))
    assert page.model.data(page.model.index(0, 0)) == "Bar Đêm Trắng" and page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.not_inspected.setChecked(True)
    assert [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())] == [
        "Bar Đêm Trắng", "Nhà nghỉ Hoa Sen"]
    page.table.selectRow(1)
    assert page.selected()[1] == "Nhà nghỉ Hoa Sen"  # type: ignore[index]
    monkeypatch.setattr("desktop.gui.context.confirm", lambda *a, **k: False)
    page.delete()
    assert page.model.rowCount() == 2
    monkeypatch.setattr("desktop.gui.context.confirm", lambda *a, **k: True)
    page.delete()
    settle(page)  # the delete runs on the worker; its Changes refresh the list
    assert page.model.rowCount() == 1
    page.not_inspected.setChecked(False)
    assert page.model.rowCount() == 2


def test_a_filter_change_reloads_only_the_list(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kept = _save(context, KARAOKE)
    _save(context, EstablishmentDraft(name="Nhà nghỉ Hoa Sen", business_type="accommodation", address="Tổ 3"))
    context.services.inspections.record(context.actor, _visit(kept, date(2026, 3, 2)))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.coverage.year is not None and page.due_model.read)  # the first read, on its thread
    asked: list[str] = []
    services = context.services

    def spy(name: str, call: Callable[..., object]) -> Callable[..., object]:
        return lambda *a, **k: (asked.append(name), call(*a, **k))[1]
    for service, name in ((services.reports, "indicator"), (services.reports, "programme_period"),
                          (services.inspections, "programme_coverage"), (services.inspections, "due_reinspections"),
                          (services.inspection_plans, "current_progress"), (services.establishments, "page")):
        monkeypatch.setattr(service, name, spy(name, getattr(service, name)))
    strip = page.coverage.text.text()
    page.type_filter.setCurrentIndex(page.type_filter.findData("accommodation"))
    page.not_inspected.setChecked(True)
    page.search.setText("hoa sen")
    page.search_delay.flush()
    page.due_view.setChecked(True)
    assert set(asked) == {"page"} and page.coverage.text.text() == strip  # neither the strip nor the follow-ups
    assert page.due_model.rowCount() == 0 and page.count_label.text() == "0 cơ sở đến hạn tái kiểm tra"
    page.due_view.setChecked(False)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 cơ sở"
    asked.clear()
    page.refresh(Changes.INSPECTIONS)  # a change of data reads them again
    page.reader.wait()
    assert {"indicator", "programme_period", "due_reinspections", "current_progress", "page"} <= set(asked)


def test_an_out_of_range_fine_is_refused_then_the_inspection_saves_and_is_due_again(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, monkeypatch) -> None:
    karaoke = _save(context, KARAOKE)
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.due_view.text() == "Tái kiểm tra đến hạn (0)")  # read on the page's reader thread
    form = InspectionForm(context, karaoke, parent=page)
    qtbot.addWidget(form)
    assert [i.code for i in form.checklist.items][-7:] == ["K01", "K02", "K03", "K04", "K05", "K06", "G99"]
    assert "Thành viên đoàn kiểm tra: Chưa nhập trường bắt buộc." in form.message.text()
    assert form.representative.text() == "Hà Văn Tuấn"  # taken from the register
    form.team_members.setText("Đỗ Văn Hải (Công an xã), Hà Thu Trang (Hội Phụ nữ)")
    form.counts["staff_present"].setValue(5)
    form.counts["staff_without_contract"].setValue(6)
    assert "Trong đó chưa có hợp đồng lao động" in form.message.text() and not form.save_button.isEnabled()
    form.counts["staff_without_contract"].setValue(1)
    form.checklist.mark_unanswered_passed()
    assert "mục “C03” lại ghi “Đạt”" in form.message.text()  # 1 person without a contract, yet C03 "đạt"
    form.checklist.set_verdict("C03", "fail")
    form.checklist.set_verdict("K03", "fail")
    form.checklist.notes["K03"].setText("Phòng 3: 15 m²")
    form.findings.setPlainText("Cơ sở có phòng hát dưới 20 m².")
    violation = form.violations.add()
    violation.description.setText("Khách mua dâm tại phòng 5")
    violation.offender.setCurrentIndex(violation.offender.findData("person"))
    violation.offender_role.setText("Khách")
    assert violation.item.findData("K03") > 0 and "✘ K03" in violation.item.itemText(violation.item.findData("K03"))
    violation.item.setCurrentIndex(violation.item.findData("K03"))
    violation.reference.setCurrentIndex(violation.reference.findData("nd282-mua-dam"))
    assert violation.range.text() == "Mức phạt tiền theo văn bản: từ 1.000.000 đến 2.000.000 đồng."
    assert violation.reference.findData("nd144-mua-dam") == -1  # replaced on 15/12/2025: not offered in 2026
    violation.handling.setCurrentIndex(violation.handling.findData("fine_proposal"))
    violation.amount.setValue(7_000_000)
    refusal = ("Số tiền đề nghị 7.000.000 đồng nằm ngoài khung 1.000.000 – 2.000.000 đồng của "
               "Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP.")
    assert violation.message.text() == refusal
    assert form.message.text() == f"Vi phạm 1: {refusal}"
    assert not form.save_button.isEnabled() and form.tabs.tabText(2) == "Vi phạm (1) ⚠"
    form._save()  # Enter in a field: refused the same way
    settle(form)
    assert context.services.inspections.history(context.actor, karaoke) == [] and form.saved is None
    violation.amount.setValue(1_500_000)
    assert form.save_button.isEnabled() and form.message.text() == "Biên bản hợp lệ, có thể lưu."
    asked: list[str] = []
    monkeypatch.setattr("desktop.gui.context.confirm", lambda parent, title, text, **k: asked.append(text) or False)
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "đã hẹn tái kiểm tra vào ngày 28/12/2026" in asked[0] and "In biên bản (PDF) ngay bây giờ?" in asked[0]
    record = context.services.inspections.get(context.actor, form.saved.id)  # type: ignore[union-attr]
    assert record.draft.started_at == datetime(2026, 11, 28, 9, 30, tzinfo=LOCAL_ZONE)
    assert ItemResult("K03", "fail", note="Phòng 3: 15 m²") in record.draft.results
    assert len(record.draft.results) == 14  # every check item; the room count and the free note left empty
    assert record.violations[0].citation == "Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP"
    assert record.violations[0].draft.proposed_amount == 1_500_000 and record.violations[0].draft.item_code == "K03"
    # The page refreshed from the announced change: the follow-up shows in the due view and on the home screen.
    qtbot.waitUntil(lambda: page.due_view.text() == "Tái kiểm tra đến hạn (1)")
    assert page.model.data(page.model.index(0, 6)) == "1" and page.model.data(page.model.index(0, 7)) == "28/12/2026"
    page.due_view.setChecked(True)
    assert page.views.currentWidget() is page.due_table and page.due_model.rowCount() == 1
    assert [page.due_model.data(page.due_model.index(0, c)) for c in range(4)] == [
        "Karaoke Sao Mai", "Karaoke", "28/12/2026", "Sắp đến hạn"]
    assert page.count_label.text() == "1 cơ sở đến hạn tái kiểm tra"
    due = next(i for i in context.services.home.attention(context.actor) if i.code == "home.reinspections_due")
    assert item_text(due) == "1 cơ sở đến hạn tái kiểm tra (0 cơ sở đã quá hạn; hạn sớm nhất 28/12/2026)."
    page.due_table.selectRow(0)
    assert page.selected()[0] == karaoke and page.inspect_button.isEnabled()  # type: ignore[index]


def test_coverage_strip_on_a_small_register(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    k1 = _save(context, KARAOKE)
    _save(context, replace(KARAOKE, name="Karaoke Tình Ca"))
    _save(context, replace(KARAOKE, name="Karaoke Hải Âu"))
    hotel = _save(context, EstablishmentDraft(name="Nhà nghỉ An", business_type="accommodation", address="Tổ 1",
                                              opened_on=date(2024, 3, 1)))
    record = context.services.inspections.record
    record(context.actor, _visit(k1, date(2026, 2, 1)))
    record(context.actor, _visit(k1, date(2026, 9, 1)))  # twice in the year counts once
    record(context.actor, _visit(hotel, date(2025, 6, 1)))  # the programme period only
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.coverage.year is not None)  # read on the page's reader thread
    text = page.coverage.text.text()
    # T8 as the year's report computes it, with the definitions in force on 2026 (which set no T8 target)
    assert "<b>Năm 2026</b>: đã kiểm tra 1/4 cơ sở (25,0%); chưa có chỉ tiêu T8 cho năm này." in text
    # The 2026 set is a one-year plan: no "programme 2026–2026" line repeating T8 with another denominator.
    assert "Giai đoạn chương trình" not in text and "2026–2026" not in text
    assert "Còn 3 cơ sở đang quản lý (đang hoạt động hoặc tạm ngừng) chưa được kiểm tra trong năm." in text
    assert page.coverage.table.isColumnHidden(4)
    context.services.reports.set_annual_target(context.actor, year=2026, indicator="T8", target_set="plan",
                                               target=">= 20")
    page.coverage.refresh()
    assert "<b>Năm 2026</b>: đã kiểm tra 1/4 cơ sở (25,0%); chỉ tiêu T8 (≥ 20%): <b>ĐẠT ✔</b>." \
        in page.coverage.text.text()
    assert "Karaoke" in page.coverage.text.toolTip()
    table = page.coverage.table
    assert not table.isVisibleTo(page)
    page.coverage.details_button.click()
    assert table.isVisibleTo(page)
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [["Khách sạn, nhà nghỉ (cơ sở lưu trú)", "0/1", "0,0%", ""],
                    ["Karaoke", "1/3", "33,3%", ""],
                    ["Tổng cộng", "1/4", "25,0%", "Đạt"]]
    outcome = context.services.inspections.record(context.actor, _visit(hotel, date(2026, 11, 2)))
    context.announce(outcome.changes)  # whoever recorded it, the announced change refreshes the strip
    qtbot.waitUntil(lambda: "đã kiểm tra 2/4 cơ sở (50,0%)" in page.coverage.text.text())


def test_a_programme_of_several_years_is_labelled_with_its_own_denominator(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                          opened: Opened) -> None:
    opened.clock.current = datetime(2025, 11, 28, 2, 30, tzinfo=LOCAL_ZONE)  # the 2021–2025 programme in force
    k1 = _save(context, KARAOKE)
    closed = _save(context, replace(KARAOKE, name="Karaoke Tình Ca"))
    context.services.inspections.record(context.actor, _visit(k1, date(2025, 2, 1)))
    context.services.inspections.record(context.actor, _visit(closed, date(2023, 5, 1)))
    record = context.services.establishments.get(context.actor, closed)
    context.services.establishments.save(context.actor, replace(record.draft, status="closed", closed_on=date(2024, 1, 1)),
                                         record_id=closed, expected_version=record.version)
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.coverage.year is not None)
    text = page.coverage.text.text()
    assert "<b>Năm 2025</b>: đã kiểm tra 1/1 cơ sở (100,0%)" in text  # T8: the establishments managed now
    assert ("Giai đoạn chương trình 2021–2025: 2/2 cơ sở có hoạt động trong giai đoạn (kể cả cơ sở đã đóng cửa) "
            "được kiểm tra ít nhất một lần (100,0%)") in text
    assert not page.coverage.table.isColumnHidden(4)


def test_a_viewer_reads_and_prints_but_cannot_change(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    _save(context, KARAOKE)
    context.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.model.rowCount() == 1 and page.history_button.isEnabled() and page.print_checklist_button.isEnabled()
    assert not any(b.isEnabled() for b in (page.add_button, page.edit_button, page.delete_button, page.inspect_button))


def test_cancel_asks_before_dropping_a_typed_inspection(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    karaoke = _save(context, KARAOKE)
    answers = [False, True]
    monkeypatch.setattr("desktop.gui.context.confirm", lambda *a, **k: answers.pop(0))
    form = InspectionForm(context, karaoke)
    qtbot.addWidget(form)
    form.show()
    form.checklist.set_verdict("K01", "pass")
    form.reject()
    assert form.isVisible() and answers == [True]
    form.reject()
    assert not form.isVisible() and answers == []


@pytest.mark.tools
def test_blank_and_prefilled_checklists_and_the_record_print(qtbot, context: AppContext, monkeypatch,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    karaoke = _save(context, KARAOKE)
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    targets = iter([tmp_path / "blank.pdf", tmp_path / "prefilled.pdf", tmp_path / "bien-ban.pdf"])
    # "Save as PDF" chosen in the print-or-save question, each time to the next of these files.
    monkeypatch.setattr("desktop.gui.printing.print_or_save",
                        lambda runner, parent, *, title, suggested, write: write(next(targets)))

    def blank_for_dance_halls(dialog: ChecklistChoice) -> int:
        dialog.by_type.setChecked(True)
        dialog.business_type.setCurrentIndex(dialog.business_type.findData("dance_hall"))
        return 1

    monkeypatch.setattr(ChecklistChoice, "exec", blank_for_dance_halls)
    page.print_checklist()
    blank = _pdf_text(tmp_path / "blank.pdf")
    assert "PHIẾU KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ" in blank and "Loại hình: Vũ trường" in blank
    assert "80 m²" in blank and "Karaoke Sao Mai" not in blank
    page.table.selectRow(0)
    monkeypatch.setattr(ChecklistChoice, "exec", lambda dialog: 1)  # the selected establishment is the default
    page.print_checklist()
    prefilled = _pdf_text(tmp_path / "prefilled.pdf")
    assert "Tên cơ sở: Karaoke Sao Mai" in prefilled and "Loại hình: Karaoke" in prefilled
    context.services.inspections.record(context.actor, _visit(karaoke, date(2026, 10, 2), results=(
        ItemResult("K03", "fail", note="Phòng 3: 15 m²"),)))
    history = InspectionHistory(context, karaoke, "Karaoke Sao Mai", parent=page)
    qtbot.addWidget(history)
    assert history.heading.text() == "<b>Karaoke Sao Mai</b>: 1 lần kiểm tra"
    history.table.selectRow(0)
    history.print_selected()
    record = _pdf_text(tmp_path / "bien-ban.pdf")
    assert "BIÊN BẢN KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ" in record and "Phòng 3: 15 m²" in record
    assert "Hồi 20 giờ 00 phút, ngày 02/10/2026" in record


def test_switching_to_english_relabels_the_page_and_an_open_inspection(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui import i18n

    karaoke = _save(context, KARAOKE)
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    form = InspectionForm(context, karaoke, parent=page)
    qtbot.addWidget(form)
    form.team_members.setText("Đỗ Văn Hải")
    form.violations.add().description.setText("Phòng hát dưới 20 m²")
    vietnamese = (page.add_button.text(), form.save_button.text(), form.tabs.tabText(2))
    qtbot.waitUntil(lambda: page.coverage.year is not None)  # the strip's figures, read on the reader thread
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: page.add_button.text() != vietnamese[0])
    assert page.coverage.text.text().startswith("<b>Year 2026</b>")
    assert form.save_button.text() != vietnamese[1] and form.tabs.tabText(2).startswith("Violations (1)")
    assert form.team_members.text() == "Đỗ Văn Hải" and page.model.headerData(0, Qt.Orientation.Horizontal) != "Tên cơ sở"


def test_the_list_is_searched_and_opened_by_keys(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.gui.pages.establishments import EstablishmentsPage

    first = _save(context, KARAOKE)
    _save(context, replace(KARAOKE, name="Nhà nghỉ Hoa Mai", business_type="accommodation"))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    opened: list[str] = []
    monkeypatch.setattr(page, "edit", lambda: opened.append(page.selected()[0]))  # type: ignore[index]
    qtbot.keyClicks(page.search, "sao mai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the single match opens
    assert opened == [first]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the list, first row
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.table.currentIndex().row() == 1
    assert len(opened) == 2 and opened[1] == page.selected()[0] and opened[1] != opened[0]  # type: ignore[index]
    page.search.setFocus()
    qtbot.keyClicks(page.search, "hoa mai")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # at once, before the pause: searched first, then opened
    assert len(opened) == 3 and opened[2] == opened[1] and page.model.rowCount() == 1
