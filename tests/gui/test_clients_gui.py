"""The client register's page and dialogs, driven offscreen with pytest-qt on a real register."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.db.models import AuditEntry
from desktop.domain.clients import ClientDraft
from desktop.domain.referrals import ReferralDraft
from desktop.domain.roles import Role
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_consent import ConsentDialog
from desktop.gui.dialogs.client_contact import ContactDialog
from desktop.gui.dialogs.client_erase import EraseClientDialog
from desktop.gui.dialogs.client_record import ClientRecordDialog
from desktop.gui.dialogs.client_register import DuplicatesDialog, RegisterClientDialog
from desktop.gui.dialogs.referral_form import ReferralDialog
from desktop.gui.dialogs.referral_status import ReferralStatusDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.clients import ClientsPage
from desktop.services.clients.client_queries import ClientQuery
from desktop.services.clients.client_views import ClientView
from desktop.services.context import Actor
from tests.conftest import Opened
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui

FACTS = {"mother_given_name": "Thơm", "father_given_name": "Đức"}


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def new_client(context: AppContext, *, mother: str = "Lan", year: int = 1994,
               consent: tuple[str, ...] = ()) -> ClientView:
    draft = ClientDraft(birth_year=year, sex="female", workplace_type="karaoke", first_contact_on=date(2026, 2, 10),
                        first_contact_channel="peer", nickname="Hoa mai")
    s = context.services
    client = s.clients.register(context.actor, draft, {"mother_given_name": mother}, create_anyway=True).value.client
    assert client is not None
    if consent:
        client = s.clients.give_consent(context.actor, client.id, consent, given_on=date(2026, 2, 10)).value
    return client


def client_count(context: AppContext) -> int:
    return context.services.clients.count(context.actor, ClientQuery())


def audit_actions(context: AppContext) -> list[str]:
    with context.services.register.uow() as uow:
        return list(uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def answer_modal(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 200) -> None:
    """Act on the modal dialog of `kind` once exec() shows it (exec() must never block a test)."""
    def attempt() -> None:
        nonlocal tries
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            act(shown[0])
        elif (tries := tries - 1) > 0:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)


def fill_register_form(dialog: RegisterClientDialog, facts: dict[str, str], year: str = "1995") -> None:
    for name, text in facts.items():
        dialog.facts[name].setText(text)  # Vietnamese text: keyClicks types ASCII only
    dialog.birth_year.setText(year)
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.nickname.setText("Bông hồng")


def test_registering_builds_the_code_as_you_type_and_opens_the_new_file(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and "0</b> người đang được hỗ trợ" in page.summary.text()

    def fill_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterClientDialog)
        assert "Thông tin này chỉ dùng để tạo mã, không được lưu" in dialog.facts_note.text()
        assert "chỉ lưu trên máy này" in dialog.nickname_note.text()
        assert not dialog.save_button.isEnabled() and dialog.code.text() == "—"
        dialog.birth_year.setText("1920")
        assert "Năm sinh 1920 không hợp lý: phải từ 1930 đến 2026." in dialog.message.text()
        assert "color: #b00020" in dialog._captions["birth_year"].styleSheet()
        dialog.birth_year.setText("2010")  # a minor: the worker must acknowledge it
        fill_register_form(dialog, FACTS, year="2010")
        assert dialog.code.text() == "THDUF10"
        assert dialog.minor_box.isVisibleTo(dialog) and "16 tuổi, là người chưa thành niên" in dialog.minor_box.text()
        assert not dialog.save_button.isEnabled()
        dialog.minor_ack.setChecked(True)
        assert dialog.save_button.isEnabled()
        dialog.birth_year.setText("1995")
        assert not dialog.minor_box.isVisibleTo(dialog) and not dialog.minor_ack.isChecked()
        assert dialog.code.text() == "THDUF95" and dialog.message.text() == "Thông tin hợp lệ."
        dialog.save_button.click()
        settle(dialog)

    answer_modal(RegisterClientDialog, fill_and_save)
    with qtbot.waitSignal(context.changed, timeout=3000):
        page.register_button.click()
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "THDUF95"
    record = next(iter(page.records.values()))
    assert record.isVisible() and record.code.text() == "THDUF95"
    assert "Bông hồng" in record.nickname.text()
    assert "✘ chuyển gửi" in record.consents.text()
    assert [record.timeline.topLevelItem(0).text(i) for i in (0, 1)] == ["28/11/2026", "◆  Tình trạng: Đang hỗ trợ"]
    record.close()


def test_a_duplicate_is_shown_and_the_worker_opens_the_existing_file_or_creates_anyway(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    first = context.services.clients.register(context.actor, ClientDraft(
        birth_year=1995, sex="female", workplace_type="karaoke", first_contact_on=date(2026, 3, 2),
        first_contact_channel="outreach", nickname="chị Thơm"), FACTS).value.client
    assert first is not None
    dialog = RegisterClientDialog(context)
    qtbot.addWidget(dialog)
    fill_register_form(dialog, {"mother_given_name": "THƠM", "father_given_name": "đức"})  # written differently
    seen: list[str] = []

    def open_existing(duplicates: QWidget) -> None:
        assert isinstance(duplicates, DuplicatesDialog)
        seen.append(duplicates.explain.text())
        assert duplicates.table.item(0, 4).text() == "chị Thơm"
        assert duplicates.open_button.text() == "Mở hồ sơ đã có" and duplicates.create_button.text() == "Vẫn tạo mới"
        duplicates.open_button.click()

    answer_modal(DuplicatesDialog, open_existing)
    dialog.save_button.click()
    settle(dialog)
    assert seen and "1 hồ sơ cùng mã số và năm sinh" in seen[0]
    assert dialog.open_existing is not None and dialog.open_existing.id == first.id and dialog.saved is None
    assert client_count(context) == 1 and all(not e.text() for e in dialog.facts.values())

    again = RegisterClientDialog(context)
    qtbot.addWidget(again)
    fill_register_form(again, FACTS)
    answer_modal(DuplicatesDialog, lambda d: d.create_button.click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(context.changed, timeout=3000):
        again.save_button.click()
    assert again.saved is not None and again.saved.id != first.id and client_count(context) == 2


def test_a_referral_without_consent_is_blocked_until_overridden_with_a_reason(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context, consent=("support",))
    dialog = ReferralDialog(context, client)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.block.isVisible() and "chưa đồng ý được giới thiệu, chuyển gửi" in dialog.block.text()
    assert not dialog.save_button.isEnabled() and not dialog.reason.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("health_hiv"))
    offering = {p.id for p in dialog.partners if "health_hiv" in p.categories}
    assert dialog.partner.currentData() in offering  # partners of that service come first, the first chosen
    dialog.partner.setCurrentIndex(dialog.partner.findText("Trạm y tế xã Xuân Lũng"))
    dialog.follow_up_on.setDate(dialog.referred_on.date().addDays(-1))
    assert "Ngày hẹn theo dõi không thể trước ngày giới thiệu (28/11/2026)." in dialog.message.text()
    dialog.follow_up_on.setDate(dialog.referred_on.date().addDays(14))
    dialog.override.setChecked(True)
    assert dialog.reason.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Hãy ghi lý do phải chuyển gửi khi người này chưa đồng ý."
    dialog.reason.setPlainText("Cần xét nghiệm gấp, người này đồng ý bằng lời, sẽ ký sau")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.consent_overridden
    assert dialog.saved.partner_name == "Trạm y tế xã Xuân Lũng"
    assert "referral.consent_override" in audit_actions(context)

    consent = ConsentDialog(context, client)
    qtbot.addWidget(consent)
    consent.scopes.item(1).setCheckState(Qt.CheckState.Checked)  # referral
    consent.give()
    settle(consent)
    assert "✔ Được giới thiệu, chuyển gửi" in consent.state.text() and consent.message.text() == "Đã ghi đồng ý."
    referred = ReferralDialog(context, consent.client)
    qtbot.addWidget(referred)
    referred.show()
    assert not referred.block.isVisible() and not referred.override.isVisible() and referred.save_button.isEnabled()


@pytest.mark.tools
def test_a_referral_goes_from_sent_to_completed_and_its_slip_prints(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context, consent=("support", "referral"))
    partner = next(p.id for p in context.services.partners.list(context.actor) if p.kind == "employment_centre")
    context.services.referrals.refer(context.actor, client.id, ReferralDraft(
        date(2026, 11, 2), "loans_jobs", partner, date(2026, 11, 16)))
    record = ClientRecordDialog(context, client.id)
    qtbot.addWidget(record)
    assert "(quá hạn)" in record.referrals.item(0, 5).text()
    record.referrals.selectRow(0)
    referral = record.selected_referral()
    assert referral is not None and record.update_button.isEnabled()

    accept = ReferralStatusDialog(context, referral)
    qtbot.addWidget(accept)
    assert [accept.status.itemData(i) for i in range(accept.status.count())] == [
        "accepted", "refused", "lost_to_follow_up"]  # sent -> completed would skip a step
    accept.status_on.setDate(accept.status_on.date().addDays(-20))
    with qtbot.waitSignal(context.changed, timeout=20000):
        accept.save_button.click()

    referral = record.selected_referral()
    assert referral is not None and referral.status == "accepted"
    complete = ReferralStatusDialog(context, referral)
    qtbot.addWidget(complete)
    complete.status.setCurrentIndex(complete.status.findData("completed"))
    assert not complete.save_button.isEnabled() and complete.message.text() == "Khi hoàn thành, hãy chọn kết quả đạt được."
    complete.outcome.setCurrentIndex(complete.outcome.findData("job_obtained"))
    complete.feedback.setPlainText("Đã nhận vào làm ở xưởng may")
    with qtbot.waitSignal(context.changed, timeout=20000):
        complete.save_button.click()
    assert record.referrals.item(0, 4).text() == "Hoàn thành" and record.referrals.item(0, 6).text() == "Đã có việc làm"
    lines = [record.timeline.topLevelItem(i).text(1) for i in range(record.timeline.topLevelItemCount())]
    assert lines[-3:] == ["➜  Phiếu giới thiệu: Nơi nhận đã tiếp nhận", "➜  Phiếu giới thiệu: Hoàn thành",
                          "★  Kết quả: Đã có việc làm"]
    closed = ReferralStatusDialog(context, record.selected_referral())  # type: ignore[arg-type]
    qtbot.addWidget(closed)
    assert not closed.is_open and "chỉ còn ghi được phản hồi" in closed.heading.text()

    slip = tmp_path / "slip.pdf"
    record.slip_writer(referral.id)(slip)
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    text = subprocess.run(["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True).stdout
    assert referral.code in text and "Hoa mai" not in text


def test_a_contact_is_logged_and_shows_on_the_timeline(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context)
    record = ClientRecordDialog(context, client.id)
    qtbot.addWidget(record)
    dialog = ContactDialog(context, client)
    qtbot.addWidget(dialog)
    dialog.contacted_on.setDate(dialog.contacted_on.date().addYears(-1))
    assert "Ngày này trước ngày gặp lần đầu (10/02/2026)." in dialog.message.text()
    dialog.contacted_on.setDate(dialog.contacted_on.date().addYears(1))
    dialog.category.setCurrentIndex(dialog.category.findData("harm_reduction"))
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.items["condoms"].setValue(12)
    with qtbot.waitSignal(context.changed, timeout=20000):
        dialog.save_button.click()
    last = record.timeline.topLevelItem(record.timeline.topLevelItemCount() - 1)
    assert last.text(1) == "●  Tiếp xúc, hỗ trợ: Can thiệp giảm tác hại"
    assert last.text(2) == "Dự phòng: tình dục an toàn, bao cao su, PrEP; bao cao su: 12"


def test_erasure_needs_the_typed_code_and_leaves_nothing_to_show(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context, consent=("support",))
    keep = new_client(context, mother="Mai")
    page = ClientsPage(context)
    qtbot.addWidget(page)
    record = page.open_record(client.id)
    assert record is not None and page.model.rowCount() == 2
    dialog = EraseClientDialog(context, client.id, client.uic, parent=record)
    assert not dialog.erase_button.isEnabled() and client.uic in dialog.ask.text()
    dialog.typed.setText(keep.uic if keep.uic != client.uic else "SAI")
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText(client.uic.lower()[:3] + "-" + client.uic.lower()[3:])  # case and dashes are forgiven
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(context.changed, timeout=5000):
        dialog.erase_button.click()
    assert dialog.receipt is not None and dialog.receipt.rows["clients"] == 1
    assert not record.isVisible()  # the open file closed itself: nothing left to show
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == keep.id
    assert "client.erase" in audit_actions(context)


def test_home_items_lead_to_the_overdue_and_erasure_views(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("clients.erasure")
    page = window.pages["clients"]
    assert isinstance(page, ClientsPage)
    assert window.stack.currentWidget() is page and page.erasure_view.isChecked()
    assert page.erase_button.isVisibleTo(page) and not page.search.isEnabled()
    window.show_page("referrals.overdue")
    assert not page.erasure_view.isChecked() and page.overdue_filter.isChecked()


def test_a_viewer_gets_counts_but_never_the_client_list(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    new_client(context)
    context.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "clients" not in window.pages and "Người được hỗ trợ" not in titles
    assert "Số liệu hỗ trợ" in titles
    counts = window.pages["client_counts"]
    cells = [counts.table.item(r, 0).text() for r in range(counts.table.rowCount())]  # type: ignore[attr-defined]
    assert "Người đã có trong sổ đến cuối kỳ" in cells
    window.show_page("clients.erasure")  # a home item a viewer might click: no page claims it
    assert window.stack.currentWidget() is window.pages["home"]


def test_an_open_file_and_the_list_switch_to_english_live(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui import i18n

    client = new_client(context, consent=("support",))
    page = ClientsPage(context)
    qtbot.addWidget(page)
    record = page.open_record(client.id)
    assert record is not None and record.tabs.tabText(0) == "Diễn biến"
    i18n.apply_language("en")
    qtbot.waitUntil(lambda: record.tabs.tabText(0) == "Timeline")
    assert page.open_button.text() == "Open case file" and page.model.data(page.model.index(0, 5)) == "Being supported"
    assert "Consent: receive support" in record.timeline.topLevelItem(1).text(1)
    record.close()


def test_the_partner_is_picked_by_typing_without_diacritics(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    client = new_client(context, consent=("support", "referral"))
    dialog = ReferralDialog(context, client)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        names = [dialog.partner.itemText(i) for i in range(dialog.partner.count())]
        assert "Trạm y tế xã Xuân Lũng" in names, names
        dialog.partner.lineEdit().clear()
        qtbot.keyClicks(dialog.partner.lineEdit(), "tram y te")  # a single match: chosen as it is typed
        chosen = dialog.partner.currentData()
        assert dialog.partner.itemText(dialog.partner.currentIndex()) == "Trạm y tế xã Xuân Lũng"
        qtbot.keyClick(dialog.partner.lineEdit(), Qt.Key.Key_Return)  # Enter confirms: the full name shows
        assert dialog.partner.currentText() == "Trạm y tế xã Xuân Lũng"
        assert chosen and dialog.draft().partner_id == chosen
    finally:
        dialog.done(0)  # no "discard changes?" question at teardown
