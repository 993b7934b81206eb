"""The support models page and its forms, driven offscreen: add, edit, the core-members message, guidance."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.support_models import ActivityDraft, SupportGivenDraft
from desktop.gui.context import AppContext
from desktop.gui.dialogs.support_model_forms import ActivityForm, SupportGivenForm, SupportModelForm
from desktop.gui.pages.support_models import SupportModelsPage
from tests.conftest import Opened
from tests.services.registers.test_support_models_register import CLUB, POINT

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HOANHAP_SCREENSHOTS")


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_add_a_club_the_core_members_rule_and_the_guidance(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = SupportModelsPage(context)
    qtbot.addWidget(page)
    form = SupportModelForm(context, parent=page)
    qtbot.addWidget(form)
    assert "Tên mô hình: Chưa nhập trường bắt buộc." in form.message.text() and not form.save_button.isEnabled()
    form.name.setText("Câu lạc bộ Bạn giúp bạn")
    form.kind.setCurrentIndex(form.kind.findData("peer_club"))
    form.host.setText("Hội Liên hiệp Phụ nữ xã")
    form.established_on.setDate(form.established_on.date().addYears(-2))
    form.members.setValue(10)
    form.core_members.setValue(12)
    assert form.message.text() == ("Số thành viên nòng cốt: Số thành viên nòng cốt (12) không được lớn hơn "
                                   "tổng số thành viên (10).")
    assert not form.save_button.isEnabled() and "color: #b00020" in form._labels["core_members"].styleSheet()
    form.members.setValue(30)
    # More than 10 core members is QĐ 1875 guidance, shown but not a refusal.
    assert form.save_button.isEnabled() and form.message.text() == "Thông tin hợp lệ."
    assert "tối đa 10 thành viên nòng cốt" in form.guidance.text()
    _shot(form, "support_model_form")
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.models.rows] == ["Câu lạc bộ Bạn giúp bạn"]
    assert page.models.index(0, 4).data() == "12 / 30" and page.models.index(0, 6).data() == "0 / 70"

    page.table.selectRow(0)
    record = context.services.support_models.get(context.actor, page.selected().id)  # type: ignore[union-attr]
    edit = SupportModelForm(context, record, reached_this_year=0, parent=page)
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "Sửa thông tin mô hình" and "ít nhất 70 người" in edit.guidance.text()
    edit.core_members.setValue(9)
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert page.models.index(0, 4).data() == "9 / 30"


def test_activities_and_people_supported_show_under_the_selected_model(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    s, actor = context.services.support_models, context.actor
    club = s.save(actor, CLUB).value
    s.save(actor, POINT)
    s.save_activity(actor, club.id, ActivityDraft(date(2026, 9, 5), "peer_outreach", 40, 25))
    s.save_support_given(actor, club.id, SupportGivenDraft(date(2026, 9, 30), "health_hiv", 6))
    page = SupportModelsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    row = next(n for n, r in enumerate(page.models.rows) if r.id == club.id)
    page.table.selectRow(row)
    assert page.activities.rowCount() == 1 and page.given.rowCount() == 1
    assert page.given_table.model().index(0, 1).data() == "Chăm sóc sức khỏe, dịch vụ HIV"
    assert "25 người" in page.guidance.text() and "ít nhất 70" in page.guidance.text()
    assert "2 mô hình đang hoạt động" in page.summary.text() and "6 người được hỗ trợ" in page.summary.text()

    form = ActivityForm(context, s.get(actor, club.id), parent=page)
    qtbot.addWidget(form)
    form.participants.setValue(10)
    form.new_people.setValue(12)
    assert form.message.text() == ("Trong đó người mới trong năm: Số người mới được tiếp cận (12) không được lớn "
                                   "hơn số người tham gia (10).")
    form.new_people.setValue(8)
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.activities.rowCount() == 2

    given = SupportGivenForm(context, s.get(actor, club.id), parent=page)
    qtbot.addWidget(given)
    assert given.message.text() == "Số người: Số người được hỗ trợ phải từ 1 trở lên."
    given.people.setValue(3)
    given.category.setCurrentIndex(given.category.findData("loans_jobs"))
    _shot(given, "support_given_form")
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(given.save_button, Qt.MouseButton.LeftButton)
    assert page.given.rowCount() == 2
    _shot(page, "support_models_page")


def test_the_page_switches_to_english(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.gui import i18n

    # Our own compiled catalogue: the shared user cache may hold one built from another checkout's .ts.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    context.services.support_models.save(context.actor, CLUB)
    page = SupportModelsPage(context)
    qtbot.addWidget(page)
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: page.add_button.text() == "Add model…")
    assert page.add_button.text() == "Add model…"
    assert page.models.index(0, 1).data() == "Peer club or group"
    assert page.summary.text().startswith("<b>T10 – 2026:</b> 1 models operating")
