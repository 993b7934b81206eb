"""The tip-offs page and form, driven offscreen: add, edit, the lifecycle message, who sees the page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.roles import Role
from desktop.gui.context import AppContext
from desktop.gui.dialogs.tip_off_form import TipOffForm
from desktop.gui.pages.registry import PAGES
from desktop.gui.pages.tip_offs import TipOffsPage
from desktop.services.context import Actor
from desktop.services.registers.tip_offs import TipOffQuery
from tests.conftest import Opened
from tests.gui.conftest import settle
from tests.services.establishments.test_establishments_register import KARAOKE

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HOANHAP_SCREENSHOTS")  # a folder: the tests then save what they showed


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_add_a_tip_off_then_record_its_handling(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    shop = context.services.establishments.save(context.actor, KARAOKE).value
    page = TipOffsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 tin báo"
    form = TipOffForm(context, parent=page)
    qtbot.addWidget(form)
    assert "Nội dung tóm tắt: Chưa nhập trường bắt buộc." in form.message.text()
    assert not form.save_button.isEnabled()
    assert "Không ghi họ tên" in form.privacy.text()
    form.received_on.setDate(form.received_on.date().addDays(-20))
    form.subject_kind.setCurrentIndex(form.subject_kind.findData("establishment"))
    form.establishment.setCurrentIndex(form.establishment.findData(shop.id))
    form.description.setPlainText("Phản ánh quán karaoke mở sau 24 giờ, nghi có hoạt động mua bán dâm")
    assert form.save_button.isEnabled() and form.message.text() == "Thông tin hợp lệ."
    _shot(form, "tip_off_form")
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.saved.establishment_name == "Karaoke Đồng Xuân"
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Cơ sở kinh doanh: Karaoke Đồng Xuân"
    assert page.model.index(0, 4).data() == "Mới tiếp nhận"

    record = context.services.tip_offs.get(context.actor, form.saved.id)
    edit = TipOffForm(context, record, parent=page)
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "Sửa tin báo"
    edit.handled_on.set_value(date(2026, 11, 1))  # before the receipt on 08/11/2026
    assert not edit.save_button.isEnabled()
    assert edit.message.text() == ("Kết quả xử lý: Đã có ngày xử lý xong thì phải chọn kết quả xử lý.\n"
                                   "Ngày xử lý xong: Ngày xử lý xong không được trước ngày tiếp nhận (08/11/2026).")
    assert "color: #b00020" in edit._labels["handled_on"].styleSheet()
    _shot(edit, "tip_off_form_refused")
    edit.handled_on.set_value(date(2026, 11, 20))
    edit.outcome.setCurrentIndex(edit.outcome.findData("no_violation"))
    assert edit.days.text() == "Số ngày từ khi tiếp nhận đến khi xử lý xong: 12"
    with qtbot.waitSignal(context.changed, timeout=20000):
        qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert (page.model.index(0, 4).data(), page.model.index(0, 6).data()) == ("Đã xử lý xong", "12")
    assert "tiếp nhận 1" in page.summary.text() and "(<b>100,0 %</b>)" in page.summary.text()
    page.search.setText("mua ban dam")
    assert page.model.rowCount() == 1
    page.search.setText("nha nghi")
    assert page.model.rowCount() == 0
    page.search.clear()
    page.table.selectRow(0)
    _shot(page, "tip_offs_page")


def test_only_officers_and_administrators_see_the_tip_offs_page(context: AppContext) -> None:
    spec = next(s for s in PAGES if s.key == "tip_offs")
    assert not spec.hub
    roles = {role: Actor("x", "x", role).can(spec.permission) for role in Role}
    assert roles == {Role.ADMIN: True, Role.OFFICER: True, Role.VIEWER: False}


def test_a_closed_before_received_draft_is_never_saved(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    form = TipOffForm(context)
    qtbot.addWidget(form)
    form.description.setPlainText("Phản ánh qua mạng xã hội")
    form.subject_kind.setCurrentIndex(form.subject_kind.findData("online"))
    form.handled_on.set_value(date(2026, 11, 1))
    form.received_on.setDate(form.received_on.date())  # today, 28/11/2026
    form.outcome.setCurrentIndex(form.outcome.findData("unfounded"))
    form._save()  # the button is disabled; even a forced save refuses
    settle(form)
    assert form.saved is None
    assert context.services.tip_offs.count(context.actor, TipOffQuery()) == 0
    assert "không được trước ngày tiếp nhận (28/11/2026)" in form.message.text()


def test_the_page_and_form_switch_to_english(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.gui import i18n

    # Our own compiled catalogue: the shared user cache may hold one built from another checkout's .ts.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    page = TipOffsPage(context)
    qtbot.addWidget(page)
    form = TipOffForm(context, parent=page)
    qtbot.addWidget(form)
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: page.add_button.text() == "Record tip-off…")
    assert page.add_button.text() == "Record tip-off…" and page.count_label.text() == "0 tip-offs"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Description (this computer only)"
    assert form.windowTitle() == "Record a tip-off or complaint"
    assert form.message.text() == "Short description: A required field is empty."
    assert form.channel.itemText(0) == "Phone or hotline"
    _shot(page, "tip_offs_page_en")
