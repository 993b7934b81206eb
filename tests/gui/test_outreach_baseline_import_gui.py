"""The outreach-book and baseline-figure import dialogs: each row's verdict in the forms' words, then the import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.db.config import Config
from desktop.gui.context import AppContext
from desktop.gui.dialogs.baseline_import import BaselineImportDialog
from desktop.gui.dialogs.outreach_import import OutreachImportDialog
from desktop.gui.dialogs.report_targets import ReportTargetsDialog
from desktop.gui.pages.outreach import OutreachPage
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import Opened
from tests.services.reports.test_baseline_import import plan_book
from tests.services.outreach.test_outreach_import import _existing, outreach_book

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/everyday/shots")


def _context(opened: Opened) -> Iterator[AppContext]:
    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    yield from _context(opened)


@pytest.fixture
def hub_context(hub: Opened) -> Iterator[AppContext]:
    yield from _context(hub)


def _verdicts(dialog: OutreachImportDialog | BaselineImportDialog) -> list[str]:
    last = dialog.model.columnCount() - 1
    return [dialog.model.index(r, last).data() for r in range(dialog.model.rowCount())]


def test_the_outreach_book_preview_and_import(qtbot, context: AppContext, opened: Opened,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    _existing(opened)
    page = OutreachPage(context)
    qtbot.addWidget(page)
    assert page.import_button.text() == "Nhập từ Excel…" and page.import_button.isEnabled()
    dialog = OutreachImportDialog(context, page)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 100, 620)
    dialog.show()
    dialog.load(outreach_book(tmp_path / "so-truyen-thong.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    verdicts = _verdicts(dialog)
    assert verdicts[0] == "Sẽ được thêm."
    assert verdicts[3] == ("Ngày tổ chức: Ngày không hợp lệ. Tổng số người tham gia: Số nam, nữ và khác cộng lại (9) "
                           "phải bằng tổng số người tham gia (10).")
    assert "Hình thức:" in verdicts[4] and "Ngày tổ chức: Ngày không được ở tương lai." in verdicts[4]
    assert verdicts[5].startswith("Trùng với buổi đã có")
    assert dialog.model.index(0, 3).data() == "Hội nghị, tập huấn" and dialog.model.index(0, 1).data() == "05/03/2026"
    assert "7 dòng: <b>3 sẽ được thêm</b>, 2 có lỗi (không nhập), 2 trùng với buổi đã có" in dialog.totals.text()
    combos = [dialog.columns.cellWidget(1, i) for i in range(dialog.columns.columnCount())]
    assert [c.currentData() for c in combos if isinstance(c, QComboBox)][:5] == [
        "", "held_on", "place", "form", "target_group"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import-outreach-preview.png"))
    assert dialog.import_button.text() == "Nhập 3 buổi"
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.imported == 3, timeout=15000)
    assert context.services.outreach.count(context.actor, OutreachQuery()) == 4
    assert dialog.message.text() == "Đã nhập 3 buổi truyền thông vào sổ."


def test_the_hub_imports_its_years_figures_from_the_targets_dialog(qtbot, hub_context: AppContext,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path, monkeypatch) -> None:
    targets = ReportTargetsDialog(hub_context, 2026)
    qtbot.addWidget(targets)
    assert targets.import_button.text() == "Nhập từ Excel…" and targets.import_button.isEnabled()
    shown: list[BaselineImportDialog] = []

    def run(dialog: BaselineImportDialog) -> int:
        shown.append(dialog)
        dialog.resize(1266, 520)
        dialog.load(plan_book(tmp_path / "ke-hoach.xlsx"))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
        verdicts = _verdicts(dialog)
        assert verdicts[0] == "Sẽ được thêm."
        assert verdicts[4] == "Mã chỉ tiêu: Không có chỉ tiêu “XX9” trong bộ chỉ tiêu áp dụng cho năm 2026."
        assert verdicts[5].startswith("Chỉ tiêu: Chỉ tiêu “>= 150” không hợp lệ")
        assert "8 dòng có số liệu: <b>3 sẽ được thêm</b>, 4 có lỗi (không nhập), 1 đã có" in dialog.totals.text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-baseline-preview.png"))
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.imported == 3, timeout=15000)
        return 1

    monkeypatch.setattr(BaselineImportDialog, "exec", run)
    targets.import_from_excel()
    assert shown
    entered = {r.indicator: r.entered for r in targets.rows if r.entered}
    assert entered == {"T1": ">= 90", "SN2": ">= 3.500", "SN3": ">= 60000"}  # the table shows them at once

