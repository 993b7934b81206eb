"""Teams, plans and decisions through their dialogs, and the plan's progress on the establishments page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import MemberDraft, PlanEntryDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from desktop.gui.context import AppContext
from desktop.gui.dialogs.inspection_plan import PlanForm
from desktop.gui.dialogs.inspection_plans import PlansDialog
from desktop.gui.dialogs.inspection_team import TeamForm
from desktop.gui.dialogs.sanction_decision import DecisionForm
from desktop.gui.pages.establishments import EstablishmentsPage
from tests.conftest import Opened
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _karaoke(context: AppContext, name: str) -> str:
    return context.services.establishments.save(context.actor, EstablishmentDraft(
        name=name, business_type="karaoke", address="thôn Đồng Xuân", opened_on=date(2020, 1, 1))).value.id


def test_a_team_then_a_plan_and_its_progress(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    a, b = _karaoke(context, "Karaoke A"), _karaoke(context, "Karaoke B")
    team = TeamForm(context)
    qtbot.addWidget(team)
    team.name.setText("Đội kiểm tra liên ngành 178 xã Xuân Lũng")
    team.decision_number.setText("05/QĐ-UBND")
    team.decision_issuer.setText("Chủ tịch UBND xã Xuân Lũng")
    team.decision_date.setDate(QDate(2026, 1, 5))
    assert "Đội kiểm tra phải có ít nhất một thành viên." in team.message.text() and not team.save_button.isEnabled()
    team.add(MemberDraft("Trần Quang Vinh", "Phó Chủ tịch UBND xã", "member"))
    assert "đúng một đội trưởng" in team.message.text()
    team.members.cellWidget(0, 2).setCurrentIndex(team.members.cellWidget(0, 2).findData("leader"))
    assert team.save_button.isEnabled(), team.message.text()
    team.save_button.click()
    settle(team)
    assert team.saved is not None and team.saved.draft.members[0].team_role == "leader"
    plan = PlanForm(context)
    qtbot.addWidget(plan)
    plan.number.setText("12/KH-UBND")
    plan.title.setText("Kế hoạch kiểm tra năm 2026")
    assert "Chọn đội kiểm tra thực hiện kế hoạch." in plan.message.text()
    plan.team.setCurrentIndex(plan.team.findData(team.saved.id))
    plan.add(PlanEntryDraft(a, date(2026, 3, 1)))
    plan.add(PlanEntryDraft(b, date(2026, 12, 10), "surprise"))
    assert plan.save_button.isEnabled(), plan.message.text()
    plan.save_button.click()
    settle(plan)
    assert plan.saved is not None and len(plan.saved.draft.entries) == 2
    context.services.inspections.record(context.actor, InspectionDraft(
        establishment_id=a, started_at=datetime(2026, 3, 2, 20, tzinfo=LOCAL_ZONE), kind="planned",
        team_members="Trần Quang Vinh", template_version=1, conclusion="no_violation"))
    dialog = PlansDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.plan_table.rowCount() == 1 and dialog.team_table.rowCount() == 1
    assert "2 cơ sở trong kế hoạch, đã kiểm tra 1, quá hạn chưa kiểm tra 0" in dialog.summary.text()
    assert "50,0% so với kế hoạch (1/2); 50,0% so với mọi cơ sở đang hoạt động (1/2)" in dialog.summary.text()
    assert [dialog.progress_table.item(r, 4).text() for r in range(2)] == ["Đã kiểm tra (02/03/2026)",
                                                                            "Chưa đến ngày"]
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    assert page.plan_progress.text() == ("Kế hoạch 12/KH-UBND: 1/2 cơ sở đã kiểm tra, 0 quá hạn chưa kiểm tra. "
                                         "T8: 50,0% so với kế hoạch, 50,0% so với mọi cơ sở đang hoạt động.")


def test_a_decision_dated_before_the_inspection_is_refused_in_the_form(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    karaoke = _karaoke(context, "Karaoke A")
    record = context.services.inspections.record(context.actor, InspectionDraft(
        establishment_id=karaoke, started_at=datetime(2026, 10, 2, 20, tzinfo=LOCAL_ZONE), kind="surprise",
        team_members="Đỗ Văn Hải", template_version=1, conclusion="violations",
        violations=(ViolationDraft("Không có giấy phép", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                                   offender_kind="household_business"),))).value
    form = DecisionForm(context, record)
    qtbot.addWidget(form)
    form.number.setText("18/QĐ-XPHC")
    form.authority.setText("Chủ tịch UBND xã Xuân Lũng")
    form.decided_on.setDate(QDate(2026, 10, 1))
    assert "Ngày quyết định không thể trước ngày kiểm tra 02/10/2026." in form.message.text()
    assert not form.save_button.isEnabled()
    form.decided_on.setDate(QDate(2026, 10, 9))
    form.amount.setValue(5_000_000)
    form.paid.setChecked(True)
    form.paid_on.setDate(QDate(2026, 10, 20))
    assert form.save_button.isEnabled(), form.message.text()
    form.save_button.click()
    settle(form)
    saved = context.services.decisions.for_inspection(context.actor, record.id)
    assert [(d.draft.number, d.draft.amount_fined, d.draft.paid_on) for d in saved] == [
        ("18/QĐ-XPHC", 5_000_000, date(2026, 10, 20))]
    # Reopened later to correct the payment day: the same decision, a new version.
    again = DecisionForm(context, record)
    qtbot.addWidget(again)
    again.existing.setCurrentIndex(again.existing.findData(saved[0].id))
    assert again.number.text() == "18/QĐ-XPHC" and again.paid.isChecked() and not again.violation.isEnabled()
    again.paid_on.setDate(QDate(2026, 10, 21))
    again.save_button.click()
    settle(again)
    (changed,) = context.services.decisions.for_inspection(context.actor, record.id)
    assert (changed.id, changed.version, changed.draft.paid_on) == (saved[0].id, 2, date(2026, 10, 21))


def test_the_new_windows_switch_to_english_live(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui import i18n
    from desktop.gui.dialogs.inspection_form import InspectionForm

    form = InspectionForm(context, _karaoke(context, "Karaoke A"))
    qtbot.addWidget(form)
    editor = form.violations.add()
    plans = PlansDialog(context)
    qtbot.addWidget(plans)
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: plans.windowTitle() == "Inspection plans and teams")
    assert form.tabs.tabText(3).startswith("Participants, conclusion")
    assert form.formalities.labels["team_leader"].text() == "Team leader:"
    assert editor.offender.itemText(editor.offender.findData("enterprise")) != "Doanh nghiệp, tổ chức (chủ cơ sở)"
    assert "Choose the offender" in editor.message.text()
