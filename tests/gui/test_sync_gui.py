"""The sync pages, driven offscreen: a commune sends, the hub previews and imports, receipts and conflicts come back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop.db.config import Config
from desktop.db.models import OutreachSession
from desktop.gui.context import AppContext
from desktop.gui.dialogs.sync_close import ClosePeriodDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.home import item_text
from desktop.gui.pages.sync_receive import ReceivePage
from desktop.gui.pages.sync_send import SendPage
from tests.conftest import Opened
from tests.sync.sync_helpers import checksum, exchange_cards, outreach
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui


@dataclass
class Offices:
    commune: AppContext
    hub: AppContext
    c: Opened
    h: Opened
    usb: Path


def _context(opened: Opened) -> AppContext:
    return AppContext(opened.services, opened.admin, opened.data_dir, Config())


@pytest.fixture
def offices(opened: Opened, hub: Opened, tmp_path: Path) -> Iterator[Offices]:
    exchange_cards(opened, hub)
    usb = tmp_path / "usb"
    usb.mkdir()
    both = Offices(_context(opened), _context(hub), opened, hub, usb)
    yield both
    both.commune.tasks.wait()
    both.hub.tasks.wait()


def _cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def _send(qtbot, page: SendPage, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.send_message.text().startswith("Đã ghi"), timeout=10000)


def _import(qtbot, page: ReceivePage, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    page.preview(paths)
    qtbot.waitUntil(lambda: page.message.text().startswith("Xem trước xong"), timeout=10000)
    page.import_now()
    qtbot.waitUntil(lambda: not page.progress.isVisible() and page.result is not None and not page.result.dry_run,
                    timeout=10000)


def test_a_bundle_goes_from_the_send_page_through_the_preview_into_the_hub_and_a_receipt_comes_back(  # type: ignore[no-untyped-def]
        qtbot, offices: Offices, monkeypatch) -> None:
    outreach(offices.c, place="Hội trường UBND xã")
    outreach(offices.c, place="Trạm y tế xã")
    send = SendPage(offices.commune)
    qtbot.addWidget(send)
    assert send.no_hub.isHidden() and "Tỉnh Phú Thọ" in send.summary.text()
    _send(qtbot, send, offices.usb, monkeypatch)
    assert [p.name for p in offices.usb.iterdir()] == ["25-08500-000001.hnb"]
    assert _cells(send.model, 0)[0:2] == ["1", "25-08500-000001.hnb"]
    assert _cells(send.model, 0)[5] == "chưa có giấy báo nhận"

    receive = ReceivePage(offices.hub)
    qtbot.addWidget(receive)
    before = checksum(offices.h)
    receive.preview([offices.usb])
    qtbot.waitUntil(lambda: receive.ready() == 1, timeout=10000)
    row = _cells(receive.model, 0)
    assert row[:3] == ["25-08500-000001.hnb", "Xã Xuân Lũng", "1"]
    assert row[4] == "Tháng 11/2026" and row[5:9] == ["2", "0", "0", "0"] and row[9] == "Sẵn sàng nhập"
    assert receive.totals.text().startswith("Sẽ nhập 1 gói: 2 bản ghi mới")
    assert receive.import_button.text() == "Nhập 1 gói" and receive.import_button.isEnabled()
    assert checksum(offices.h) == before  # the preview wrote nothing

    receive.import_now()
    qtbot.waitUntil(lambda: "giấy báo nhận" in receive.message.text(), timeout=10000)
    assert _cells(receive.model, 0)[9] == "Đã nhập ✔" and not receive.import_button.isEnabled()
    [receipt] = offices.h.data_dir.outbox.glob("*.hnr")
    assert str(offices.h.data_dir.outbox) in receive.message.text() and receipt.name in receive.message.text()
    with offices.h.services.register.uow() as uow:
        assert uow.session.query(OutreachSession).count() == 2
    communes = receive.communes.model
    assert communes.rowCount() == 1
    status = _cells(communes, 0)
    assert status[0] == "Xã Xuân Lũng" and status[2] == "1" and status[5] == "–"
    assert communes.header(7) == "Chốt Tháng 08/2026" and status[9] == "chưa chốt"

    send.import_receipt(receipt)
    qtbot.waitUntil(lambda: send.receipt_message.text() != "", timeout=10000)
    assert send.receipt_message.text() == "Giấy báo nhận của Tỉnh Phú Thọ: 1 gói vừa được xác nhận đã nhận."
    assert _cells(send.model, 0)[5] == "✔ đã nhận lúc 28/11/2026 09:30"


def test_sending_by_email_writes_to_the_outbox_and_opens_it(qtbot, offices: Offices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    outreach(offices.c)
    page = SendPage(offices.commune)
    qtbot.addWidget(page)
    page.email_button.click()
    qtbot.waitUntil(lambda: page.send_message.text().startswith("Đã ghi"), timeout=10000)
    outbox = offices.c.data_dir.outbox
    [bundle] = outbox.glob("*.hnb")
    assert opened == [QUrl.fromLocalFile(str(outbox))]
    assert page.send_message.text().startswith(f"Đã ghi {bundle.name} (") and "KB" in page.send_message.text()
    assert "đính kèm" in page.send_message.text()


def test_a_hostile_file_is_refused_in_the_preview_with_its_own_reason_and_imports_nothing(  # type: ignore[no-untyped-def]
        qtbot, offices: Offices) -> None:
    empty = offices.usb / "25-08500-000009.hnb"
    empty.write_bytes(b"")
    not_zip = offices.usb / "25-08500-000010.hnb"
    not_zip.write_bytes(b"hello, this is not a bundle")
    page = ReceivePage(offices.hub)
    qtbot.addWidget(page)
    before = checksum(offices.h)
    page.preview([empty, not_zip])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert _cells(page.model, 0)[9] == "Tệp gói dữ liệu trống (0 byte), có thể chép chưa xong. Hãy chép lại tệp."
    assert _cells(page.model, 1)[9] == "Tệp này không phải gói dữ liệu đồng bộ (không phải tệp ZIP)."
    assert _cells(page.model, 0)[1:9] == [""] * 8
    assert "Bị từ chối: 2 tệp" in page.totals.text()
    assert not page.import_button.isEnabled()
    page.import_now()  # nothing ready: a no-op
    assert checksum(offices.h) == before


def _diverge(opened: Opened, record_id: str, place: str) -> None:
    """Change a record behind the service's back, as a restored backup edited again would."""
    opened.clock.current += timedelta(minutes=10)
    with opened.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record_id)
        assert row is not None
        row.place, row.updated_at = place, opened.clock.now()
        uow.commit()


def test_a_conflict_shows_side_by_side_and_resolves_from_the_dialog(qtbot, offices: Offices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    record = outreach(offices.c, place="Hội trường UBND xã")
    send, receive = SendPage(offices.commune), ReceivePage(offices.hub)
    qtbot.addWidget(send)
    qtbot.addWidget(receive)
    _send(qtbot, send, offices.usb, monkeypatch)
    _import(qtbot, receive, [offices.usb / "25-08500-000001.hnb"])
    _diverge(offices.c, record, "Nhà văn hóa thôn Lũng Hạ")
    _send(qtbot, send, offices.usb, monkeypatch)
    _import(qtbot, receive, [offices.usb / "25-08500-000002.hnb"])
    assert _cells(receive.model, 0)[8] == "1" and "1 xung đột cần xử lý" in receive.message.text()
    panel = receive.conflicts
    assert panel.model.rowCount() == 1 and receive.tabs.tabText(2) == "Xung đột (1)"
    assert _cells(panel.model, 0)[:5] == ["Xã Xuân Lũng", "Buổi truyền thông", "03/11/2026 – Hội trường UBND xã",
                                          "phiên bản 1", "phiên bản 1"]
    assert _cells(receive.communes.model, 0)[6] == "1"

    dialog = panel.dialog_for(panel.model.rows[0])  # a child of the page: closed with it
    table = dialog.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows["Địa điểm"] == ("Hội trường UBND xã", "Nhà văn hóa thôn Lũng Hạ")
    assert "Sửa lần cuối" in rows and "Ngày tổ chức" not in rows  # only what differs
    dialog.only_different.setChecked(False)
    assert table.rowCount() > len(rows)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.resolved is not None, timeout=10000)
    assert dialog.resolved.resolution == "incoming"  # type: ignore[union-attr]
    with offices.h.services.register.uow() as uow:
        assert uow.session.get(OutreachSession, record).place == "Nhà văn hóa thôn Lũng Hạ"  # type: ignore[union-attr]
    assert panel.model.rowCount() == 0 and receive.tabs.tabText(2) == "Xung đột"


def test_a_card_is_enrolled_only_when_the_typed_fingerprint_matches_and_can_be_revoked(  # type: ignore[no-untyped-def]
        qtbot, opened: Opened, hub: Opened, tmp_path: Path, monkeypatch) -> None:
    card = opened.services.sync.export_card(opened.admin, tmp_path).value
    context = _context(hub)
    page = ReceivePage(context)
    qtbot.addWidget(page)
    assert page.cards.model.rowCount() == 0
    assert page.cards.fingerprint.text() == hub.services.sync.own_card(hub.admin).fingerprint
    dialog = page.cards.enrol_dialog(tmp_path / card.name)
    assert dialog is not None
    assert dialog.fingerprint.text() == card.fingerprint and "Xã Xuân Lũng" in dialog.who.text()
    assert not dialog.enrol_button.isEnabled()
    groups = card.fingerprint.split()
    wrong = "00000" if groups[1] != "00000" else "11111"
    dialog.typed.setText(" ".join([groups[0], wrong, *groups[2:]]))
    assert dialog.message.text().startswith("Nhóm số 2 không khớp") and not dialog.enrol_button.isEnabled()
    dialog.typed.setText("-".join(groups[:3]))
    assert dialog.message.text() == "Đã khớp 3/6 nhóm…"
    dialog.typed.setText("".join(groups))  # typed without spaces
    assert dialog.message.text() == "✔ Cả sáu nhóm số đều khớp." and dialog.enrol_button.isEnabled()
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.enrolled is not None, timeout=10000)
    assert _cells(page.cards.model, 0)[:3] == ["Xã Xuân Lũng", "Xã/phường", card.fingerprint]
    assert _cells(page.cards.model, 0)[4] == "đang tin cậy"

    page.cards.table.selectRow(0)
    monkeypatch.setattr("desktop.gui.pages.sync_cards.confirm", lambda *a, **k: False)
    page.cards.revoke()
    assert _cells(page.cards.model, 0)[4] == "đang tin cậy"
    monkeypatch.setattr("desktop.gui.pages.sync_cards.confirm", lambda *a, **k: True)
    page.cards.revoke()
    settle(page.cards)  # on the worker; its Changes refresh the list
    assert _cells(page.cards.model, 0)[4] == "đã thu hồi (28/11/2026)"
    assert page.cards.message.text() == "Đã thu hồi khóa của Xã Xuân Lũng."
    context.tasks.wait()


def test_a_commune_without_the_hubs_card_is_told_so_and_cannot_send(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    context = _context(opened)
    page = SendPage(context)
    qtbot.addWidget(page)
    assert not page.no_hub.isHidden() and "Chưa cài thẻ của cơ quan tổng hợp" in page.no_hub.text()
    assert not page.folder_button.isEnabled() and not page.email_button.isEnabled()


def test_closing_a_period_signs_a_nil_report_and_the_page_shows_it(qtbot, offices: Offices) -> None:  # type: ignore[no-untyped-def]
    page = SendPage(offices.commune)
    qtbot.addWidget(page)
    assert [p.code for p in page.closable()][:2] == ["2026-10", "2026-09"]
    dialog = ClosePeriodDialog(offices.commune, page.closable(), parent=page)
    assert dialog.period.currentText() == "Tháng 10/2026"
    dialog.nil.setChecked(True)
    assert "không có số liệu nào phát sinh" in dialog.declaration.text()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.closed is not None, timeout=10000)
    assert "Tháng 10/2026: muộn 28/11, trống" in page.periods_label.text()
    assert "2026-10" not in [p.code for p in page.closable()]
    result = offices.c.services.sync.export_bundle(offices.c.admin, offices.usb).value
    assert result.periods_closed == ("2026-10",)


def test_the_sync_page_is_send_at_a_commune_receive_at_the_hub_and_home_items_are_worded(  # type: ignore[no-untyped-def]
        qtbot, offices: Offices) -> None:
    offices.c.services.sync.export_bundle(offices.c.admin, offices.usb)
    windows = {}
    for name, context in (("commune", offices.commune), ("hub", offices.hub)):
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show_page("sync")
        windows[name] = window
    assert windows["commune"].nav.currentItem().text() == "Gửi dữ liệu"
    assert isinstance(windows["commune"].pages["sync"], SendPage)
    assert windows["hub"].nav.currentItem().text() == "Nhận dữ liệu"
    assert isinstance(windows["hub"].pages["sync"], ReceivePage)
    for opened in (offices.c, offices.h):
        items = [i for i in opened.services.home.attention(opened.admin) if i.target_page == "sync"]
        assert items
        for item in items:
            assert not item_text(item).startswith("home."), item
    commune_codes = {i.code: item_text(i) for i in offices.c.services.home.attention(offices.c.admin)}
    assert commune_codes["home.bundles_unacknowledged"].startswith("1 gói dữ liệu đã gửi chưa được cấp trên xác nhận")
    for _ in range(5):  # other pages chain background jobs (grid, then trend): let them end before closing
        for context in (offices.commune, offices.hub):
            context.tasks.wait()
        qtbot.wait(20)


def test_the_pages_follow_a_language_switch(qtbot, offices: Offices) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui import i18n

    send, receive = SendPage(offices.commune), ReceivePage(offices.hub)
    qtbot.addWidget(send)
    qtbot.addWidget(receive)
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: receive.tabs.tabText(0) == "Receive bundles")
    assert receive.model.headerData(0, Qt.Orientation.Horizontal) == "File"
    assert "08/2026" in receive.communes.model.header(7) and "Chốt" not in receive.communes.model.header(7)
    assert send.folder_button.text() == "Send to a folder / USB…" and send.tabs.tabText(1) == "Office cards and fingerprints"
    assert send.model.headerData(5, Qt.Orientation.Horizontal) == "Received by the province"


def test_rotating_keys_shows_the_new_fingerprint_and_bundles_still_reach_the_hub(  # type: ignore[no-untyped-def]
        qtbot, offices: Offices, monkeypatch) -> None:
    page = SendPage(offices.commune)
    qtbot.addWidget(page)
    before = page.cards.fingerprint.text()
    monkeypatch.setattr("desktop.gui.pages.sync_cards.confirm", lambda *a, **k: True)
    page.cards._ask_rotate()
    settle(page.cards)
    after = offices.c.services.sync.own_card(offices.c.admin).fingerprint
    assert after != before and page.cards.fingerprint.text() == after
    assert after in page.cards.message.text()
    # the new card is countersigned by the old key: the hub enrols it without a phone call
    card = offices.c.services.sync.own_card(offices.c.admin)
    offices.h.services.sync.enrol(offices.h.admin, card.data, confirmed_fingerprint=None)
    outreach(offices.c, place="Sau khi đổi khóa")
    files = offices.c.services.sync.export_bundle(offices.c.admin, offices.usb).value.files
    summary = offices.h.services.sync.import_bundles(offices.h.admin, [f.path for f in files]).value
    assert [i.report.status for i in summary.items if i.report] == ["imported"]
