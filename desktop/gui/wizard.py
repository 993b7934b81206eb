"""First-run setup: language and role, the office's unit, the first administrator, the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from desktop.db.datadir import DataDir
from desktop.db.keyring import KdfParams
from desktop.db.server import ServerAddress
from desktop.domain import admin_units
from desktop.domain.codes import OfficeRole
from desktop.domain.passwords import RULE_CODES, password_problems, username_problems
from desktop.gui import i18n
from desktop.gui.operations import StandaloneWorkers
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, problem_text
from desktop.gui.widgets import MessageLine, UnitPicker
from desktop.gui.wizard_server import StorePage
from desktop.services.context import Clock
from desktop.services.accounts.setup import SetupRequest, SetupResult, initialise, write_recovery_sheet


@dataclass
class WizardState:
    language: str = "vi"
    role: OfficeRole = OfficeRole.COMMUNE
    province: str = ""
    commune: str = ""
    result: SetupResult | None = None
    username: str = ""
    password: str = ""
    sheet_saved: bool = False
    server: ServerAddress | None = None  # a hub on a database server, tested in the wizard (wizard_server.py)
    join: ServerAddress | None = None  # a server already holding a hub: this PC joins it (another analyst)
    joined: str = ""  # the hub joined (its unit's name): no account made here, the app asks for a login


class _LanguageRolePage(Retranslates, QWizardPage):
    language_changed = Signal(str)

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.commune = QRadioButton()
        self.hub = QRadioButton()
        self.national = QRadioButton()
        self.commune.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.commune)
        group.addButton(self.hub)
        group.addButton(self.national)
        self._role_label = QLabel()
        self._language_label = QLabel()
        layout = QFormLayout(self)
        layout.addRow(self._language_label, self.language)
        layout.addRow(self._role_label, self.commune)
        layout.addRow("", self.hub)
        layout.addRow("", self.national)
        self.language.currentIndexChanged.connect(self._language)
        self.setFocusProxy(self.language)
        self.commune.toggled.connect(self._role)
        self.national.toggled.connect(self._role)
        self.retranslate()

    def _language(self) -> None:
        self._state.language = self.language.currentData()
        i18n.apply_language(self._state.language)

    def _role(self) -> None:
        self._state.role = (OfficeRole.COMMUNE if self.commune.isChecked() else
                            OfficeRole.NATIONAL if self.national.isChecked() else OfficeRole.HUB)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Chào mừng"))
        self.setSubTitle(self.tr("Thiết lập lần đầu cho máy này. Mọi dữ liệu được mã hóa trên máy."))
        self._language_label.setText(self.tr("Ngôn ngữ:"))
        self._role_label.setText(self.tr("Máy này dùng cho:"))
        self.commune.setText(self.tr("Xã / phường / đặc khu: nhập liệu và gửi báo cáo"))
        self.hub.setText(self.tr("Cơ quan tổng hợp (tỉnh): nhận dữ liệu từ các xã"))
        self.national.setText(self.tr("Cơ quan tổng hợp toàn quốc (Bộ Y tế): nhận báo cáo tổng hợp của các tỉnh"))


class _UnitPage(Retranslates, QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.provinces = UnitPicker()
        self.provinces.set_units(admin_units.provinces())
        self.communes = UnitPicker()
        self._province_label = QLabel()
        self._commune_label = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self._province_label, self.provinces, self._commune_label, self.communes):
            layout.addWidget(widget)
        self.setFocusProxy(self.provinces.search)
        self.provinces.chosen.connect(self._province)
        self.communes.chosen.connect(self._commune)
        # Enter on a province moves on to the commune search; Enter on a commune moves on to the next page.
        self.provinces.committed.connect(lambda _code: self._after_province())
        self.communes.committed.connect(lambda _code: self._advance())
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        is_commune = self._state.role is OfficeRole.COMMUNE
        self._commune_label.setVisible(is_commune)
        self.communes.setVisible(is_commune)
        # The national office belongs to no province: nothing to choose here.
        national = self._state.role is OfficeRole.NATIONAL
        self._province_label.setVisible(not national)
        self.provinces.setVisible(not national)

    def _after_province(self) -> None:
        if self._state.role is OfficeRole.HUB:
            self._advance()
        else:
            self.communes.search.setFocus()

    def _advance(self) -> None:
        if self.isComplete() and self.wizard() is not None:
            self.wizard().next()

    def nextId(self) -> int:  # noqa: N802
        # A commune keeps its register on the PC: the page choosing a database server is for a province or
        # national hub only (several analysts at once).
        following = super().nextId()
        skips = self._state.role is OfficeRole.COMMUNE
        return following + 1 if skips and following == self.store_page_id else following

    store_page_id = -2

    def _province(self, code: str) -> None:
        self._state.province = code
        self._state.commune = ""
        self.communes.set_units(admin_units.communes(code) if code else ())
        self.completeChanged.emit()

    def _commune(self, code: str) -> None:
        self._state.commune = code
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if self._state.role is OfficeRole.NATIONAL:
            return True
        if not self._state.province:
            return False
        return self._state.role is OfficeRole.HUB or bool(self._state.commune)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Đơn vị hành chính"))
        self.setSubTitle(self.tr("Chọn từ danh mục chính thức (từ 01/07/2025). Gõ tên không dấu để tìm."))
        self._province_label.setText(self.tr("Tỉnh / thành phố:"))
        self._commune_label.setText(self.tr("Xã / phường / đặc khu:"))
        self.provinces.search.setPlaceholderText(self.tr("Tìm tỉnh, ví dụ: phu tho"))
        self.communes.search.setPlaceholderText(self.tr("Tìm xã, ví dụ: xuan lung"))


class _AdminPage(Retranslates, QWizardPage):
    def __init__(self, state: WizardState, data_dir: DataDir, clock: Clock, kdf: KdfParams) -> None:
        super().__init__()
        self._state, self._data_dir, self._clock, self._kdf = state, data_dir, clock, kdf
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = {code: QLabel() for code in RULE_CODES}
        self.message = MessageLine()
        self._labels = [QLabel() for _ in range(4)]
        layout = QFormLayout(self)
        for label, field in zip(self._labels, (self.username, self.display_name, self.password, self.confirm),
                                strict=True):
            layout.addRow(label, field)
        for rule in self.rules.values():
            layout.addRow("", rule)
        layout.addRow(self.message)
        for field in (self.username, self.display_name, self.password, self.confirm):
            field.textChanged.connect(self._check)
        self.setFocusProxy(self.username)
        self.retranslate()

    def _problems(self) -> list:  # type: ignore[type-arg]
        problems = username_problems(self.username.text().strip().lower())
        if not self.display_name.text().strip():
            from desktop.domain.problems import Problem

            problems.append(Problem("required", "display_name"))
        return problems + password_problems(self.password.text(), username=self.username.text(),
                                            confirm=self.confirm.text())

    def _check(self) -> None:
        codes = {p.code for p in password_problems(self.password.text(), username=self.username.text())}
        for code, label in self.rules.items():
            met = code not in codes
            label.setText(("✔ " if met else "✘ ") + problem_text(code, {"min": 10}).rstrip("."))
            label.setStyleSheet("color: #1b5e20;" if met else "color: #b00020;")
        problems = self._problems()
        shown = [p for p in problems if p.code not in RULE_CODES]
        if shown and (self.confirm.text() or self.username.text() != "admin"):
            self.message.show_problem("\n".join(problem_text(p.code, p.params) for p in shown))
        else:
            self.message.show_ok("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self._problems()

    def validatePage(self) -> bool:  # noqa: N802
        """Create the register now: the next page shows the recovery key made with it."""
        s = self._state
        request = SetupRequest(
            office_role=s.role, province_code=s.province, commune_code=s.commune or None,
            admin_username=self.username.text(), admin_display_name=self.display_name.text(),
            admin_password=self.password.text(), admin_confirm=self.confirm.text(),
        )
        try:
            if s.server is not None and s.role in (OfficeRole.HUB, OfficeRole.NATIONAL):
                from desktop.services.accounts.server_hub import initialise_on_server

                s.result = initialise_on_server(self._data_dir, request, s.server, clock=self._clock, kdf=self._kdf).value
            else:
                s.result = initialise(self._data_dir, request, clock=self._clock, kdf=self._kdf).value
        except Exception as error:  # noqa: BLE001 - shown to the user; nothing was kept
            self.message.show_problem(error_text(error))
            return False
        s.username, s.password = self.username.text().strip().lower(), self.password.text()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tài khoản quản trị đầu tiên"))
        self.setSubTitle(self.tr("Người quản trị thêm các tài khoản khác sau khi đăng nhập."))
        for label, text in zip(self._labels, (self.tr("Tên đăng nhập:"), self.tr("Họ và tên:"),
                                              self.tr("Mật khẩu:"), self.tr("Nhập lại mật khẩu:")), strict=True):
            label.setText(text)
        self._check()


class _RecoveryPage(Retranslates, QWizardPage):
    def __init__(self, state: WizardState, clock: Clock) -> None:
        super().__init__()
        self._state, self._clock = state, clock
        self._workers: StandaloneWorkers | None = None
        self.key = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.save = QPushButton()
        self.saved = MessageLine()
        self.confirm = QCheckBox()
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.key, self.save, self.saved, self.confirm):
            layout.addWidget(widget)
        self.save.clicked.connect(self._save)
        self.setFocusProxy(self.save)
        self.confirm.toggled.connect(self.completeChanged)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        assert self._state.result is not None
        self.key.setText(self._state.result.recovery_key)

    def _save(self) -> None:
        """Printing straight away is best: the key then never lies in a file on this PC."""
        from desktop.gui.printing import print_or_save

        def finished(chosen: str, _path: Path) -> None:
            if chosen == "print":
                self._state.sheet_saved = True
                self.saved.show_ok(self.tr("Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy."))
            else:
                self._saved_message()

        print_or_save(self.workers(), self, title=self.tr("In phiếu mã khôi phục"), suggested="phieu-khoi-phuc.pdf",
                      write=self._sheet_writer(), finished=finished, failure=self.saved.show_problem)

    def workers(self) -> StandaloneWorkers:
        """No register is open yet: the sheet is written on a worker of the wizard's own."""
        if self._workers is None:
            self._workers = StandaloneWorkers(self)
        return self._workers

    def save_sheet_to(self, path: str) -> None:
        from desktop.gui.printing import save_document

        save_document(self.workers(), self, Path(path), self._sheet_writer(), open_after=False,
                      on_saved=lambda _path: self._saved_message(), failure=self.saved.show_problem)

    def _sheet_writer(self) -> Callable[[Path], object]:
        """The sheet's write, for the worker: the key and the time are read now."""
        result, now = self._state.result, self._clock.now()
        assert result is not None
        return lambda path: write_recovery_sheet(path, result, now=now)

    def _saved_message(self) -> None:
        self._state.sheet_saved = True
        self.saved.show_ok(self.tr("Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy."))

    def isComplete(self) -> bool:  # noqa: N802
        return self.confirm.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Mã khôi phục"))
        self.explain.setText(self.tr(
            "Đây là mã khôi phục của sổ đăng ký. Nếu mọi người đều quên mật khẩu, chỉ mã này mở được dữ liệu. "
            "Mã chỉ hiện một lần: hãy in phiếu và cất trong tủ khóa của cơ quan. Không chụp ảnh, không gửi qua mạng."))
        self.save.setText(self.tr("In phiếu mã khôi phục…"))
        self.confirm.setText(self.tr("Tôi đã in hoặc chép lại mã khôi phục và cất giữ an toàn"))


class SetupWizard(Retranslates, QWizard):
    def __init__(self, data_dir: DataDir, clock: Clock, *, kdf: KdfParams = KdfParams(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = WizardState()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.language_page = _LanguageRolePage(self.state)
        self.unit_page = _UnitPage(self.state)
        self.store_page = StorePage(self.state, data_dir)
        self.admin_page = _AdminPage(self.state, data_dir, clock, kdf)
        self.recovery_page = _RecoveryPage(self.state, clock)
        for page in (self.language_page, self.unit_page, self.store_page, self.admin_page, self.recovery_page):
            page_id = self.addPage(page)
            if page is self.store_page:
                self.unit_page.store_page_id = page_id
        # Each page starts with its first field focused, so the wizard can be done by keyboard alone.
        self.currentIdChanged.connect(lambda _id: self.currentPage() and self.currentPage().setFocus())
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hòa Nhập – Thiết lập"))
        # Qt ships no Vietnamese catalogue for QWizard, so the app names its buttons itself.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
