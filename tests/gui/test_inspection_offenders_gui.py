"""The violation editor offers only the offences in force that apply to the chosen offender; failed items that
suggest an offence add it pre-filled; the team's roster fills the record's signers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.checklists import checklists_dir, load_catalogue
from desktop.gui.context import AppContext
from desktop.gui.dialogs.inspection_form import InspectionForm
from desktop.services.inspections.inspections import InspectionService
from tests.conftest import Opened
from tests.services.inspections.test_inspection_plans import TEAM
from tests.services.inspections.test_inspections_offenders import HARBOURING, KARAOKE, OLD_HARBOURING, TABLE

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened, tmp_path: Path) -> Iterator[AppContext]:
    from desktop.db.config import Config

    v1 = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))
    for item in v1["items"]:
        if item["code"] == "K04":
            item["suggests"] = [HARBOURING.id]
    (tmp_path / "checklist_v1.json").write_text(json.dumps(v1, ensure_ascii=False), "utf-8")
    inspections = InspectionService(opened.services.register, sanctions=TABLE,
                                    catalogue=load_catalogue(tmp_path, {e.id for e in TABLE.entries}))
    ctx = AppContext(replace(opened.services, inspections=inspections), opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _offered(editor) -> set[str]:  # type: ignore[no-untyped-def]
    return {editor.reference.itemData(i) for i in range(1, editor.reference.count())}


def test_the_picker_follows_the_offender_kind(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    karaoke = context.services.establishments.save(context.actor, KARAOKE).value.id
    form = InspectionForm(context, karaoke)
    qtbot.addWidget(form)
    editor = form.violations.add()
    assert "Chọn đối tượng vi phạm" in editor.message.text()
    assert not editor.offender_role.isEnabled()  # nobody to describe until an individual is chosen
    editor.offender.setCurrentIndex(editor.offender.findData("household_business"))
    assert HARBOURING.id in _offered(editor) and "nd282-mua-dam" not in _offered(editor)
    assert OLD_HARBOURING.id not in _offered(editor)  # ended 14/12/2025; the visit is on 28/11/2026
    editor.reference.setCurrentIndex(editor.reference.findData(HARBOURING.id))
    assert editor.range.text() == "Mức phạt tiền theo văn bản: từ 20.000.000 đến 30.000.000 đồng."
    editor.offender.setCurrentIndex(editor.offender.findData("enterprise"))
    assert editor.reference.currentData() == HARBOURING.id  # still applies: kept
    assert editor.range.text() == "Mức phạt tiền đối với tổ chức: từ 40.000.000 đến 60.000.000 đồng."
    editor.description.setText("Để khách mua dâm tại phòng hát")
    editor.handling.setCurrentIndex(editor.handling.findData("fine_proposal"))
    editor.amount.setValue(25_000_000)
    assert "khung phạt của cá nhân; tổ chức bị phạt theo khung 40.000.000 – 60.000.000" in editor.message.text()
    editor.offender.setCurrentIndex(editor.offender.findData("person"))
    assert editor.reference.currentData() is None  # an operator offence is not offered for a person
    assert "nd282-mua-dam" in _offered(editor) and HARBOURING.id not in _offered(editor)
    assert editor.offender_role.isEnabled() and editor.offender_name.isEnabled()
    assert "Ghi vai trò của cá nhân vi phạm" in editor.message.text()


def test_a_failed_item_adds_its_suggested_violation_and_the_team_fills_the_signers(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    team = context.services.inspection_plans.save_team(context.actor, TEAM).value
    karaoke = context.services.establishments.save(context.actor, KARAOKE).value.id
    form = InspectionForm(context, karaoke)
    qtbot.addWidget(form)
    form.formalities.team.setCurrentIndex(form.formalities.team.findData(team.id))
    assert form.formalities.team_leader.text() == "Trần Quang Vinh"
    assert form.formalities.recorder.text() == "Nguyễn Thị Lan"
    assert form.team_members.text().startswith("Trần Quang Vinh (Phó Chủ tịch UBND xã), Đỗ Văn Hải (Công an xã)")
    form.checklist.set_verdict("K04", "fail")
    form.violations.suggest_button.click()
    (editor,) = form.violations.editors
    assert editor.offender.currentData() == "household_business" and editor.reference.currentData() == HARBOURING.id
    assert editor.item.currentData() == "K04" and editor.amount.value() == 0  # the officer proposes the amount
    form.violations.suggest_button.click()
    assert len(form.violations.editors) == 1 and "Không có mục" in form.violations.suggested.text()
    editor.amount.setValue(20_000_000)
    form.formalities.conclusion.setCurrentIndex(form.formalities.conclusion.findData("no_violation"))
    assert "Kết luận “không phát hiện vi phạm” nhưng biên bản đang ghi 1 vi phạm." in form.message.text()
    assert form.tabs.tabText(3) == "Thành phần, kết luận ⚠"
    form.formalities.conclusion.setCurrentIndex(form.formalities.conclusion.findData("violations"))
    assert form.save_button.isEnabled(), form.message.text()
    draft = form.draft()
    assert (draft.team_id, draft.conclusion, draft.violations[0].proposed_amount) == (team.id, "violations",
                                                                                     20_000_000)
    assert date(2026, 11, 28) == draft.started_at.date()  # type: ignore[union-attr]
