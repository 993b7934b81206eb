"""Office cards on both sides: this office's card and fingerprint, the cards it trusts, enrolling and revoking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)
from desktop.domain.problems import DomainError

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, confirm, show_error
from desktop.gui.dialogs.sync_enrol import FINGERPRINT_STYLE, EnrolDialog
from desktop.gui.operations import Operation
from desktop.gui.pages.sync_models import CardsModel
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes
from desktop.services.sync.sync import CardFile, CardInfo


class CardsPanel(Retranslates, QWidget):
    """The same panel at a commune (installs the hub's card) and at the hub (enrols communes' cards)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.is_hub = context.services.register.office.is_hub
        self.own_box, self.others_box = QGroupBox(), QGroupBox()
        self.own_intro = QLabel()
        self.own_intro.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label = QLabel()
        self.export_button = QPushButton()
        self.rotate_button = QPushButton()
        self.model = CardsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.enrol_button, self.revoke_button = QPushButton(), QPushButton()
        self.message = MessageLine()
        own = QVBoxLayout(self.own_box)
        own.addWidget(self.own_intro)
        own.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.key_label, 1)
        row.addWidget(self.rotate_button)
        row.addWidget(self.export_button)
        own.addLayout(row)
        others = QVBoxLayout(self.others_box)
        others.addWidget(self.table)
        actions = QHBoxLayout()
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch()
        others.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addWidget(self.others_box, 1)
        layout.addWidget(self.message)
        self.export_button.clicked.connect(self._choose_export_folder)
        self.enrol_button.clicked.connect(self._choose_card)
        self.revoke_button.clicked.connect(self.revoke)
        self.rotate_button.clicked.connect(self._ask_rotate)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self._changed)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # -- data ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        services, actor = self._context.services, self._context.actor
        try:
            card = services.sync.own_card(actor)
            self.fingerprint.setText(card.fingerprint)
            self.model.set_rows(services.sync.cards(actor))
        except Exception as error:  # noqa: BLE001 - a refresh keeps the page usable; a hub's server may be down
            self.message.show_problem(error_text(error))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SYNC:
            self.refresh()

    def trusted_hub(self) -> CardInfo | None:
        return next((c for c in self.model.rows if c.role == "hub" and not c.revoked_at and not c.replaced), None)

    def selected(self) -> CardInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        admin = self._context.actor.can(Permission.MANAGE_SETTINGS)
        chosen = self.selected()
        self.enrol_button.setEnabled(admin)
        self.rotate_button.setEnabled(admin)
        self.revoke_button.setEnabled(admin and chosen is not None and chosen.revoked_at is None)
        tip = "" if admin else self.tr("Chỉ quản trị viên mới cài, đăng ký hoặc thu hồi thẻ.")
        self.enrol_button.setToolTip(tip)
        self.revoke_button.setToolTip(tip)

    # -- actions ------------------------------------------------------------------------------------------
    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục hoặc USB để lưu thẻ đơn vị"))
        if folder:
            self.export_card(Path(folder))

    def export_card(self, folder: Path) -> None:
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.sync.export_card(actor, folder)) \
            .success(lambda outcome: self._card_saved(outcome.value, folder)).failure(self.message.show_problem) \
            .run_in_background()

    def _card_saved(self, card: CardFile, folder: Path) -> None:
        other = self.tr("từng xã/phường") if self.is_hub else self.tr("cơ quan tổng hợp")
        self.message.show_ok(self.tr(
            "Đã lưu thẻ {file} vào {folder}. Gửi tệp này cho {other}, rồi gọi điện đọc mã vân tay ở trên để bên kia "
            "đối chiếu.").format(file=card.name, folder=str(folder), other=other))

    def _choose_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp thẻ đơn vị"), "",
                                              self.tr("Thẻ đơn vị (*.hnc);;Mọi tệp (*)"))
        if path:
            self.enrol_file(Path(path))

    def enrol_dialog(self, path: Path) -> EnrolDialog | None:
        try:
            return EnrolDialog(self._context, path, parent=self)
        except (DomainError, OSError) as error:  # a broken, foreign or unreadable file: say why
            show_error(self, error)
            return None

    def enrol_file(self, path: Path) -> None:
        dialog = self.enrol_dialog(path)
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.enrolled is not None:
            self.message.show_ok(self.tr("Đã đăng ký thẻ của {unit}.").format(unit=dialog.enrolled.unit_name))
        dialog.deleteLater()

    def revoke(self) -> None:
        card = self.selected()
        if card is None:
            return
        question = self.tr(
            "Thu hồi khóa của {unit} (mã vân tay {fingerprint})? Từ nay mọi gói dữ liệu hoặc giấy báo nhận ký bằng "
            "khóa này đều bị từ chối. Chỉ làm khi máy của đơn vị đó bị mất hoặc lộ khóa; muốn tin cậy lại phải đăng "
            "ký thẻ mới.").format(unit=card.unit_name, fingerprint=card.fingerprint)
        if not confirm(self, self.tr("Thu hồi khóa"), question, yes=self.tr("Thu hồi"), no=self.tr("Không")):
            return
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.sync.revoke(actor, card.id)).success(
            lambda _outcome: self.message.show_ok(self.tr("Đã thu hồi khóa của {unit}.").format(unit=card.unit_name))) \
            .run_in_background()

    def _ask_rotate(self) -> None:
        question = self.tr(
            "Tạo khóa mới cho máy này? Thẻ mới được ký bằng khóa cũ nên bên kia cài được mà không cần gọi điện lại; "
            "hãy lưu thẻ mới và gửi cho bên kia. Dùng khi nghi khóa cũ bị lộ hoặc theo định kỳ.")
        if confirm(self, self.tr("Đổi khóa"), question, yes=self.tr("Đổi khóa"), no=self.tr("Không")):
            self.rotate()

    def rotate(self) -> None:
        services, actor = self._context.services, self._context.actor

        def rotated(outcome: Any) -> None:
            self.message.show_ok(self.tr(
                "Đã tạo khóa mới; mã vân tay mới: {fingerprint}. Hãy lưu thẻ mới và gửi cho bên kia.")
                .format(fingerprint=outcome.value.fingerprint))

        Operation(self._context, self, lambda: services.sync.rotate_keys(actor)).success(rotated) \
            .with_progress(self.tr("Đang tạo khóa mới…")).run_in_background()

    def retranslate(self) -> None:
        office = self._context.services.register.office
        self.own_box.setTitle(self.tr("Thẻ của {unit}").format(unit=office.unit_name))
        if self.is_hub:
            self.own_intro.setText(self.tr(
                "Gửi tệp thẻ cho mỗi xã/phường. Khi xã gọi điện để cài thẻ, đọc cho họ sáu nhóm số dưới đây."))
            self.others_box.setTitle(self.tr("Thẻ của các xã/phường đã đăng ký"))
            self.enrol_button.setText(self.tr("Đăng ký thẻ của xã/phường…"))
        else:
            self.own_intro.setText(self.tr(
                "Gửi tệp thẻ cho cơ quan tổng hợp. Khi cơ quan tổng hợp gọi điện để đăng ký, đọc cho họ sáu nhóm "
                "số dưới đây."))
            self.others_box.setTitle(self.tr("Thẻ của cơ quan tổng hợp đã cài"))
            self.enrol_button.setText(self.tr("Cài thẻ của cơ quan tổng hợp…"))
        self.key_label.setText(self.tr("Mã vân tay (đọc qua điện thoại theo từng nhóm 5 số)"))
        self.export_button.setText(self.tr("Lưu thẻ ra thư mục / USB…"))
        self.rotate_button.setText(self.tr("Đổi khóa…"))
        self.revoke_button.setText(self.tr("Thu hồi khóa…"))
        self.model.retranslate()
        self.refresh()
