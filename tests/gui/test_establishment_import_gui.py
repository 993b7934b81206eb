"""The Excel import dialog: the preview shows each row's verdict in the forms' words; confirming adds the good rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.domain.establishments import EstablishmentDraft
from desktop.gui.context import AppContext
from desktop.gui.dialogs.establishment_import import ImportDialog
from desktop.services.establishments.establishments import EstablishmentQuery
from tests.conftest import Opened
from tests.services.establishments.test_establishment_import import messy_book

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def test_the_preview_words_each_row_and_the_import_adds_the_good_ones(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    context.services.establishments.save(context.actor, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Số 214, thôn Lũng Hạ"))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(messy_book(tmp_path / "so-cu.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)  # read on the worker thread
    verdicts = [dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())]
    assert verdicts[0] == "Sẽ được thêm."
    assert verdicts[3] == "Ngày bắt đầu hoạt động: Ngày không hợp lệ. Địa chỉ: Chưa nhập trường bắt buộc."
    assert verdicts[4] == "Ngày bắt đầu hoạt động: Ngày không được ở tương lai."
    assert verdicts[5].startswith("Trùng với cơ sở đã có")
    assert "7 dòng: <b>2 sẽ được thêm</b>, 3 có lỗi (không nhập), 2 trùng" in dialog.totals.text()
    combos = [dialog.columns.cellWidget(1, i) for i in range(dialog.columns.columnCount())]
    assert [c.currentData() for c in combos if isinstance(c, QComboBox)][:4] == ["", "name", "business_type", "address"]
    grab = tmp_path / "preview.png"
    dialog.grab().save(str(grab))
    assert dialog.import_button.text() == "Nhập 2 cơ sở" and dialog.import_button.isEnabled()
    dialog.confirm()
    qtbot.waitUntil(lambda: getattr(dialog, "imported", None) == 2, timeout=15000)
    assert context.services.establishments.count(context.actor, EstablishmentQuery()) == 3
