"""The restore drill: what a backup holds (office, date, versions, checks, counts) before anything is replaced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.time import office_time
from desktop.services.maintenance.backup_preview import BackupPreview

# The tables a person recognises; the rest are counted together as "other records".
TABLE_LABELS: dict[str, str] = {
    "outreach_sessions": QT_TRANSLATE_NOOP("RestorePreview", "Buổi truyền thông"),
    "clients": QT_TRANSLATE_NOOP("RestorePreview", "Người được hỗ trợ"),
    "consents": QT_TRANSLATE_NOOP("RestorePreview", "Đồng ý"),
    "contacts": QT_TRANSLATE_NOOP("RestorePreview", "Lượt hỗ trợ"),
    "referrals": QT_TRANSLATE_NOOP("RestorePreview", "Phiếu giới thiệu"),
    "establishments": QT_TRANSLATE_NOOP("RestorePreview", "Cơ sở kinh doanh"),
    "inspections": QT_TRANSLATE_NOOP("RestorePreview", "Lần kiểm tra"),
    "accounts": QT_TRANSLATE_NOOP("RestorePreview", "Tài khoản"),
    "bundles_exported": QT_TRANSLATE_NOOP("RestorePreview", "Gói dữ liệu đã gửi"),
    "bundles_imported": QT_TRANSLATE_NOOP("RestorePreview", "Gói dữ liệu đã nhận"),
    "audit_log": QT_TRANSLATE_NOOP("RestorePreview", "Dòng nhật ký"),
}


REFERENCE_TABLES = frozenset({"admin_units"})


class RestorePreviewDialog(QDialog):
    """Accepted means "replace the register with this copy"; the caller asks the service to do it."""

    def __init__(self, preview: BackupPreview, parent: QWidget | None = None, *, can_restore: bool = True) -> None:
        super().__init__(parent)
        self.preview = preview
        ok, bad = self.tr("Đạt"), self.tr("KHÔNG ĐẠT")
        facts = QFormLayout()
        entries = f"{preview.audit_entries:,}".replace(",", ".")
        chain = self.tr("nguyên vẹn, {count} dòng").format(count=entries) if preview.audit_ok \
            else self.tr("bị sửa hoặc hỏng")
        when = office_time(preview.taken_at).strftime("%d/%m/%Y %H:%M") if preview.taken_at else self.tr("không rõ")
        rows = [
            (self.tr("Tệp:"), preview.path.name),
            (self.tr("Cơ quan:"), f"{preview.unit_name} ({preview.unit_code})"),
            (self.tr("Sao lưu lúc:"), when),
            (self.tr("Phiên bản ứng dụng:"), preview.app_version or self.tr("không rõ (bản sao lưu cũ)")),
            (self.tr("Phiên bản cơ sở dữ liệu:"), preview.schema),
            (self.tr("Kiểm tra toàn vẹn tệp:"), ok if preview.integrity_ok else bad),
            (self.tr("Chuỗi nhật ký:"), chain),
        ]
        self.values: dict[str, str] = {}
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            facts.addRow(label, shown)
            self.values[label] = value
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Dữ liệu"), self.tr("Số bản ghi")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The official list of administrative units ships with the app: not the office's records.
        counts = {name: count for name, count in preview.counts.items() if name not in REFERENCE_TABLES}
        listed = [(label, counts.pop(name, 0)) for name, label in TABLE_LABELS.items()]
        listed.append((QT_TRANSLATE_NOOP("RestorePreview", "Các bản ghi khác"), sum(counts.values())))
        for label, count in listed:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(QCoreApplication.translate("RestorePreview", label)))
            number = QTableWidgetItem(f"{count:,}".replace(",", "."))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, number)
        self.table.resizeRowsToContents()
        self.table.setMinimumHeight(self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 4)
        warning = QLabel(self.tr("Khôi phục sẽ thay sổ đăng ký đang dùng bằng bản này; những gì nhập sau lúc sao lưu sẽ "
                            "không còn trong sổ (sổ hiện tại được giữ lại thành một bản sao an toàn). "
                            "Chỉ xem thì bấm Đóng: chưa có gì bị thay đổi."))
        warning.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Khôi phục bản này"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(can_restore and preview.restorable)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(self.table)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Kiểm tra bản sao lưu"))
        self.resize(560, 620)
