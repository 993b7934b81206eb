"""The wizard's hub path: keep the register on this PC, or on a PostgreSQL database server (test the connection)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.db.datadir import DataDir
from desktop.db.server import ServerAddress
from desktop.domain.problems import DomainError
from desktop.gui.retranslate import Retranslates
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine


class StorePage(Retranslates, QWizardPage):
    """Shown for a province or national hub only: a commune always keeps its encrypted file on the PC."""

    def __init__(self, state: Any, data_dir: DataDir) -> None:
        super().__init__()
        self._state = state
        self._data_dir = data_dir
        self._tasks = TaskRunner(self)
        self.local = QRadioButton()
        self.server = QRadioButton()
        self.local.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://hoanhap@may-chu.so-y-te.vn/hoanhap?sslmode=verify-full")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test = QPushButton()
        self.message = MessageLine()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.local)
        form.addRow(self.server)
        form.addRow(self._labels[0], self.url)
        form.addRow(self._labels[1], self.password)
        form.addRow("", self.test)
        # The wrapped texts go below the form, in a box layout: inside the form a two-line message left the
        # explanation under it clipped (a form row does not grow with its label's height for width).
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        self.local.toggled.connect(self._mode)
        self.url.textChanged.connect(self._edited)
        self.password.textChanged.connect(self._edited)
        self.test.clicked.connect(self.test_connection)
        self.setFocusProxy(self.local)
        self._mode()
        self.retranslate()

    def address(self) -> ServerAddress:
        """The typed URL with the typed password (kept out of the URL field, which others may see)."""
        address = ServerAddress.parse(self.url.text())
        if self.password.text():
            address = ServerAddress(address.url.set(password=self.password.text()))
        return address

    def _mode(self) -> None:
        on_server = self.server.isChecked()
        for widget in (self.url, self.password, self.test, *self._labels):
            widget.setEnabled(on_server)
        self._edited()

    def _edited(self) -> None:
        self._state.server = None
        self._state.join = None
        self.message.show_ok("")
        self.completeChanged.emit()

    def test_connection(self) -> None:
        """Off the GUI thread: an unreachable server takes the connect timeout to answer."""
        from desktop.services.accounts.server_hub import check_connection

        try:
            address = self.address()
        except DomainError as error:  # a URL it cannot read: said under the field
            self.message.show_problem(error_text(error))
            return
        self.test.setEnabled(False)
        self.message.show_ok(self.tr("Đang kết nối…"))
        self._tasks.run(lambda: check_connection(address), lambda found: self._tested(address, found),
                        self._failed)

    def _tested(self, address: ServerAddress, found: Any) -> None:
        self.test.setEnabled(True)
        if found.holds.role in ("hub", "national"):
            # Most often another analyst setting up their PC on the hub a colleague made: this PC joins it.
            self._state.join = address
            self.message.show_ok(self.tr(
                "Kết nối được (PostgreSQL {version}). Cơ sở dữ liệu này là của {unit}: máy này sẽ dùng chung cơ "
                "quan tổng hợp đó (nhiều cán bộ cùng làm). Bấm Tiếp theo, rồi đăng nhập bằng tài khoản đã được tạo "
                "cho bạn ở đó. (Để thiết lập mới, hãy dùng một cơ sở dữ liệu trống.)").replace(
                    "{version}", found.version).replace("{unit}", found.holds.unit_name))
            self.completeChanged.emit()
            return
        if not found.holds.empty:
            self.message.show_problem(self.tr(
                "Kết nối được (PostgreSQL {version}), nhưng cơ sở dữ liệu này đã có dữ liệu{unit}. Hãy dùng một cơ sở "
                "dữ liệu trống.").replace("{version}", found.version).replace(
                    "{unit}", f" ({found.holds.unit_name})" if found.holds.unit_name else ""))
            return
        self._state.server = address
        self.message.show_ok(self.tr("Kết nối được (PostgreSQL {version}); cơ sở dữ liệu trống, sẵn sàng.").replace(
            "{version}", found.version))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.test.setEnabled(True)
        self.message.show_problem(error_text(error))

    def wait(self) -> bool:
        return self._tasks.wait()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.local.isChecked() or self._state.server is not None or self._state.join is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Joining: remember the hub's server in this data folder (checked again to hold that hub)."""
        if not (self.server.isChecked() and self._state.join is not None) or self._state.joined:
            return True  # (joined: QWizard.done asks this page again while the wizard accepts)
        from desktop.services.accounts.server_hub import join

        try:
            self._state.joined = join(self._data_dir, self._state.join).value.unit_name
        except Exception as error:  # noqa: BLE001 - shown to the user; nothing was kept
            self.message.show_problem(error_text(error))
            return False
        # Joining makes no account and no recovery key: the wizard ends here and the app asks for a login.
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()
        return False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Nơi lưu dữ liệu của cơ quan tổng hợp"))
        self.setSubTitle(self.tr("Một cán bộ: lưu trên máy này. Nhiều cán bộ cùng làm: máy chủ cơ sở dữ liệu."))
        self.local.setText(self.tr("Trên máy này (tệp được mã hóa)"))
        self.server.setText(self.tr("Máy chủ cơ sở dữ liệu (PostgreSQL 13 trở lên)"))
        self._labels[0].setText(self.tr("Địa chỉ:"))
        self._labels[1].setText(self.tr("Mật khẩu máy chủ:"))
        self.test.setText(self.tr("Thử kết nối"))
        self.explain.setText(self.tr(
            "Máy chủ ở trên mạng phải kết nối có mã hóa (sslmode=verify-full). Mật khẩu máy chủ được lưu trong một "
            "tệp chỉ tài khoản máy tính này đọc được. Dữ liệu trên máy chủ do ổ đĩa mã hóa và quyền truy cập của "
            "máy chủ bảo vệ: hãy hỏi quản trị máy chủ."))
