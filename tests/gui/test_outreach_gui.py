"""The outreach page and form, driven offscreen with pytest-qt."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.outreach import OutreachDraft
from desktop.gui.context import AppContext
from desktop.gui.dialogs.outreach_form import OutreachForm
from desktop.gui.pages.outreach import OutreachPage
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import Opened
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def test_the_form_explains_problems_as_you_type_and_saves_when_valid(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    form = OutreachForm(context)
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    assert "Chưa nhập trường bắt buộc" in form.message.text()
    form.place.setText("Nhà văn hóa thôn Đồng Xuân")
    form.form.setCurrentIndex(form.form.findData("meeting"))
    form.counts["participants_total"].setValue(10)
    form.counts["participants_male"].setValue(4)
    form.counts["participants_female"].setValue(5)
    assert form.message.text() == "Số nam, nữ và khác cộng lại (9) phải bằng tổng số người tham gia (10)."
    assert "color: #b00020" in form._labels["participants_total"].styleSheet()
    assert not form.save_button.isEnabled()
    form.counts["participants_female"].setValue(6)
    assert form.save_button.isEnabled() and form.message.text() == "Thông tin hợp lệ."
    assert form.held_on.maximumDate() == QDate(2026, 11, 28)  # no future dates
    form.topics.item(0).setCheckState(Qt.CheckState.Checked)
    form.notes.setPlainText("chỉ trên máy này")
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = context.services.outreach.get(context.actor, form.saved.id)  # type: ignore[union-attr]
    assert saved.draft.participants_total == 10 and saved.draft.topics == ("prostitution_prevention",)
    assert saved.draft.notes == "chỉ trên máy này"


def _seed(context: AppContext, n: int) -> None:
    for i in range(n):
        context.services.outreach.save(context.actor, OutreachDraft(
            held_on=date(2026, 1 + i % 11, 1 + i % 27), place=f"Địa điểm {i:03d}", form="leaflets" if i % 2 else "meeting",
            target_group="students", participants_total=i % 7, participants_male=i % 7, participants_female=0,
        ) if i % 2 else OutreachDraft(
            held_on=date(2026, 1 + i % 11, 1 + i % 27), place=f"Địa điểm {i:03d}", form="meeting",
            target_group="general_public", participants_total=5, participants_male=2, participants_female=3))


def test_the_list_filters_searches_sorts_and_deletes_with_confirmation(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _seed(context, 30)
    page = OutreachPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 30
    qtbot.waitUntil(lambda: "30 buổi truyền thông" in page.summary.text())  # summed on its own thread
    assert "ĐẠT" in page.summary.text()
    page.form_filter.setCurrentIndex(page.form_filter.findData("meeting"))
    assert page.model.rowCount() == 15
    page.search.setText("dia diem 004")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches without waiting for the pause
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Địa điểm 004"
    page.search.clear()
    page.form_filter.setCurrentIndex(0)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.model.data(page.model.index(0, 1)) == "Địa điểm 000"
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()
    monkeypatch.setattr("desktop.gui.pages.outreach.confirm", lambda *a, **k: False)
    page.delete()
    assert page.model.rowCount() == 30
    monkeypatch.setattr("desktop.gui.pages.outreach.confirm", lambda *a, **k: True)
    page.delete()
    settle(page)  # the delete runs on the worker; its Changes refresh the list
    assert page.model.rowCount() == 29
    assert context.services.outreach.count(context.actor, OutreachQuery(search="dia diem 000")) == 0


@pytest.mark.tools
def test_attendance_sheets_print_blank_and_filled(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(context, 2)
    page = OutreachPage(context)
    qtbot.addWidget(page)
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    page.write_sheet(blank, record_id=None)
    page.table.selectRow(0)
    page.write_sheet(filled, record_id=page.selected_row().id)  # type: ignore[union-attr]
    settle(page)  # both written on the worker, one after the other
    read = lambda p: subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout  # noqa: E731
    blank_text, filled_text = read(blank), read(filled)
    for text in (blank_text, filled_text):
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "XÃ XUÂN LŨNG" in text
        assert "DANH SÁCH THAM DỰ BUỔI TRUYỀN THÔNG" in text
    assert "Địa điểm: Địa điểm 001" in filled_text and "Hình thức: Phát tờ rơi" in filled_text
    assert "Địa điểm 001" not in blank_text
    actions = [r.action for r in context.services.maintenance.recent_audit(context.actor)]
    assert actions[:2] == ["print", "print"]


def test_a_viewer_sees_the_list_but_no_edit_buttons(qtbot, context: AppContext, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.roles import Role
    from desktop.services.context import Actor

    _seed(context, 3)
    context.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    page = OutreachPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.model.rowCount() == 3
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.print_button.isEnabled()


def test_cancel_keeps_typed_work_unless_the_officer_confirms(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    form = OutreachForm(context)
    qtbot.addWidget(form)
    form.show()
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def fake_confirm(parent, title, text, *, yes, no):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("desktop.gui.context.confirm", fake_confirm)
    form.reject()  # nothing typed: closes without asking
    assert asked == [] and not form.isVisible()
    form = OutreachForm(context)
    qtbot.addWidget(form)
    form.show()
    form.place.setText("Hội trường")
    form.reject()
    assert form.isVisible() and form.place.text() == "Hội trường"
    form.reject()
    assert not form.isVisible() and len(asked) == 2


def test_the_form_asks_how_many_were_newly_reached_and_checks_it(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    form = OutreachForm(context)
    qtbot.addWidget(form)
    assert form.newly_reached.text() == "Chưa rõ" and "chỉ được tính một lần" in form.newly_help.text()
    form.place.setText("Trường THPT")
    form.form.setCurrentIndex(form.form.findData("meeting"))
    form.target_group.setCurrentIndex(form.target_group.findData("students"))
    form.counts["participants_total"].setValue(30)
    form.counts["participants_male"].setValue(30)
    form.counts["target_members"].setValue(25)
    assert form.save_button.isEnabled() and form.draft().newly_reached is None  # unknown is allowed
    form.newly_reached.setValue(26)
    assert form.message.text() == ("Số người lần đầu được tiếp cận trong năm (26) không được lớn hơn số người "
                                   "thuộc nhóm đối tượng (25).")
    assert not form.save_button.isEnabled()
    form.newly_reached.setValue(20)
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = context.services.outreach.get(context.actor, form.saved.id)  # type: ignore[union-attr]
    assert saved.draft.newly_reached == 20
    again = OutreachForm(context, saved)
    qtbot.addWidget(again)
    assert again.newly_reached.value() == 20


def test_the_search_waits_for_a_pause_in_typing_and_enter_searches_at_once(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    _seed(context, 30)
    page = OutreachPage(context)
    qtbot.addWidget(page)
    asked: list[str] = []
    page.model.fetch_page = lambda offset, limit, fetch=page.model.fetch_page: (  # type: ignore[method-assign]
        asked.append(page.model.query.search) or fetch(offset, limit))
    for typed in ("d", "di", "dia", "dia diem 01"):
        page.search.setText(typed)
    assert asked == [] and page.model.rowCount() == 30 and page.search_delay.pending  # nothing asked while typing
    qtbot.waitUntil(lambda: not page.search_delay.pending)
    assert asked == ["dia diem 01"] and page.model.rowCount() == 11  # one search, for what was typed last
    page.search.setText("dia diem 012")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert asked[-1] == "dia diem 012" and page.model.rowCount() == 1 and not page.search_delay.pending


def test_a_long_list_shows_its_first_page_then_its_count(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    monkeypatch.setattr("desktop.gui.paged_model.PAGE", 10)  # 30 sessions make a list three pages long
    _seed(context, 30)
    page = OutreachPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total == 30)
    assert page.model.rowCount() == 30 and page.count_label.text() == "30 buổi"
    assert page.model.data(page.model.index(29, 1)) is not None  # rows past the first page are fetched on demand
    counting = threading.Event()
    count_job = page.model.count_job
    monkeypatch.setattr(page.model, "count_job", lambda: lambda: counting.wait(20) and count_job()())
    page.form_filter.setCurrentIndex(page.form_filter.findData("meeting"))  # 15 sessions
    assert page.model.rowCount() == 10 and page.model.total is None
    assert page.count_label.text() == "Từ 10 buổi trở lên (đang đếm…)"
    assert page.model.canFetchMore()
    page.model.fetchMore()  # the officer scrolls to the end before the count is back
    assert page.model.rowCount() == 15 and page.model.total == 15 and page.count_label.text() == "15 buổi"
    counting.set()
    page.model.wait_for_count()
    qtbot.wait(50)
    assert page.model.rowCount() == 15 and page.count_label.text() == "15 buổi"
