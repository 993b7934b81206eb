"""The partner catalogue, the retention period in Settings, and moving a referral's follow-up date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.referrals import ReferralDraft
from desktop.domain.roles import Role
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_record import ClientRecordDialog
from desktop.gui.dialogs.partners import PartnersDialog
from desktop.gui.dialogs.referral_form import ReferralDialog
from desktop.gui.pages.clients import ClientsPage
from desktop.gui.pages.settings import SettingsPage
from desktop.services.context import Actor
from tests.conftest import Opened
from tests.gui.test_clients_gui import audit_actions, new_client
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def test_a_partner_is_added_then_retired_and_no_longer_offered_for_referrals(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(context)
    qtbot.addWidget(page)
    assert page.partners_button.text() == "Danh mục nơi nhận…" and page.partners_button.isEnabled()
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    seeded = dialog.table.rowCount()
    assert seeded > 0 and dialog.table.horizontalHeaderItem(0).text() == "Tên"
    assert not dialog.edit_button.isEnabled() and dialog.add_button.isEnabled()

    form = dialog.form(None)  # a child of the dialog, deleted by after_form (so not given to qtbot)
    assert not form.save_button.isEnabled()  # no name yet
    form.name.setText("Hợp tác xã may Đồng Tâm")
    form.kind.setCurrentIndex(form.kind.findData("other"))
    form.categories.item(0).setCheckState(Qt.CheckState.Checked)
    form.address.setText("Thôn Đồng Tâm, xã Xuân Lũng")
    form.phone.setText("0210 3812 345")
    assert form.message.text() == "Thông tin hợp lệ."
    with qtbot.waitSignal(context.changed, timeout=20000):
        form.save_button.click()
    dialog.after_form(form)
    assert dialog.table.rowCount() == seeded + 1 and "Hợp tác xã may Đồng Tâm" in dialog.message.text()
    added = dialog.selected_partner()
    assert added is not None and added.name == "Hợp tác xã may Đồng Tâm" and added.active
    row = dialog.partners.index(added)
    assert dialog.table.item(row, 4).text() == "Thôn Đồng Tâm, xã Xuân Lũng"
    assert dialog.table.item(row, 1).text() == "Đang dùng" and dialog.active_button.text() == "Ngừng sử dụng"

    twin = dialog.form(None)  # the same name written differently is refused by the service
    qtbot.addWidget(twin)
    twin.name.setText("hợp tác xã may đồng tâm")
    twin.save_button.click()
    settle(twin)
    assert twin.saved is None and twin.message.text() == "Đã có nơi nhận tên “hợp tác xã may đồng tâm”."
    twin.done(0)

    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.active_button.click()
    retired = dialog.selected_partner()
    assert retired is not None and retired.id == added.id and not retired.active
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == "Hợp tác xã may Đồng Tâm"  # retired last
    assert dialog.table.item(dialog.table.rowCount() - 1, 1).text() == "Đã ngừng sử dụng"
    assert dialog.active_button.text() == "Dùng lại" and "Đã ngừng sử dụng" in dialog.message.text()
    assert "partner.deactivate" in audit_actions(context)

    client = new_client(context, consent=("support", "referral"))
    referral = ReferralDialog(context, client)
    qtbot.addWidget(referral)
    offered = {referral.partner.itemData(i) for i in range(referral.partner.count())}
    assert added.id not in offered and len(offered - {None}) == seeded
    referral.done(0)

    from desktop.gui import i18n

    i18n.apply_language("en")
    qtbot.waitUntil(lambda: dialog.add_button.text() == "Add partner…")
    assert dialog.table.item(dialog.table.rowCount() - 1, 1).text() == "Retired"


def test_a_viewer_may_not_edit_the_catalogue(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert not dialog.add_button.isEnabled() and not dialog.active_button.isEnabled()


def test_the_administrator_sets_the_retention_period_an_officer_never_sees_it(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.clients_box.isVisibleTo(page) and page._retention_label.text().startswith(
        "Thời hạn lưu hồ sơ sau lần gặp cuối (tháng)")
    assert page.retention.value() == 60 and not page.retention_button.isEnabled()
    page.retention.setValue(36)
    assert page.retention_button.isEnabled()
    with qtbot.waitSignal(context.changed, timeout=20000):
        page.retention_button.click()
    assert context.services.client_rights.retention_months(context.actor) == 36
    assert page.message.text() == "Đã lưu thời hạn lưu hồ sơ: 36 tháng sau lần gặp cuối."
    assert not page.retention_button.isEnabled() and "settings.change" in audit_actions(context)

    context.set_actor(Actor("officer-id", "canbo", Role.OFFICER))
    assert not page.clients_box.isVisibleTo(page)


def test_the_follow_up_date_moves_but_never_before_the_referral(qtbot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context, consent=("support", "referral"))
    partner = next(p.id for p in context.services.partners.list(context.actor) if p.kind == "health_station")
    context.services.referrals.refer(context.actor, client.id, ReferralDraft(
        date(2026, 11, 2), "health_hiv", partner, date(2026, 11, 16)))
    record = ClientRecordDialog(context, client.id)
    qtbot.addWidget(record)
    assert not record.follow_up_button.isEnabled() and record.follow_up_button.text() == "Đổi ngày hẹn theo dõi…"
    record.referrals.selectRow(0)
    assert record.follow_up_button.isEnabled() and "(quá hạn)" in record.referrals.item(0, 5).text()

    dialog = record.follow_up_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Hẹn theo dõi hiện tại: 16/11/2026" in dialog.heading.text()
    dialog.follow_up_on.setDate(QDate(2026, 10, 30))
    assert dialog.message.text() == "Ngày hẹn theo dõi không thể trước ngày giới thiệu (02/11/2026)."
    assert not dialog.save_button.isEnabled()
    monkeypatch.setattr(dialog, "problems", list)  # past the mirrored check: the service refuses too
    dialog._save()
    settle(dialog)
    assert dialog.saved is None
    assert dialog.message.text() == "Ngày hẹn theo dõi không thể trước ngày giới thiệu (02/11/2026)."
    assert context.services.referrals.for_client(context.actor, client.id)[0].follow_up_on == date(2026, 11, 16)
    monkeypatch.undo()

    dialog.follow_up_on.setDate(QDate(2026, 12, 5))
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.follow_up_on == date(2026, 12, 5)
    assert record.referrals.item(0, 5).text() == "05/12/2026"  # no longer overdue
    assert "referral.follow_up" in audit_actions(context)
    record.close()
