"""Small table models of the sync pages (a few rows each, so plain lists), and how they word sizes and times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain import periods
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inspections import LOCAL_ZONE
from desktop.domain.problems import DomainError
from desktop.gui.dialogs.sync_conflict import record_text, table_label
from desktop.gui.texts import period_label, problem_text, vn_number
from desktop.services.sync.sync import CardInfo, ConflictView
from desktop.sync.batch import ImportItem
from desktop.sync.periods_close import ReportStatus
from desktop.sync.state import CommuneStatus, SentBundle

Index = QModelIndex | QPersistentModelIndex
RED, GREEN, AMBER, GREY = QColor("#b00020"), QColor("#1b5e20"), QColor("#a15c00"), QColor("#666666")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_TEXTS = {
    "bytes": QT_TRANSLATE_NOOP("SyncTables", "{n} byte"),
    "acknowledged": QT_TRANSLATE_NOOP("SyncTables", "✔ đã nhận lúc {when}"),
    "not_acknowledged": QT_TRANSLATE_NOOP("SyncTables", "chưa có giấy báo nhận"),
    "preview": QT_TRANSLATE_NOOP("SyncTables", "Sẵn sàng nhập"),
    "imported": QT_TRANSLATE_NOOP("SyncTables", "Đã nhập ✔"),
    "already_imported": QT_TRANSLATE_NOOP("SyncTables", "Đã nhập trước đây, sẽ bỏ qua"),
    "verified": QT_TRANSLATE_NOOP("SyncTables", "Hợp lệ"),
    "closes": QT_TRANSLATE_NOOP("SyncTables", "chốt kỳ {periods}"),
    "missing": QT_TRANSLATE_NOOP("SyncTables", "còn thiếu gói số {numbers}"),
    "part": QT_TRANSLATE_NOOP("SyncTables", "{sequence} (phần {part}/{parts})"),
    "not_closed": QT_TRANSLATE_NOOP("SyncTables", "chưa chốt"),
    "on_time": QT_TRANSLATE_NOOP("SyncTables", "✔ {day}"),
    "late": QT_TRANSLATE_NOOP("SyncTables", "muộn {day}"),
    "nil": QT_TRANSLATE_NOOP("SyncTables", "trống"),
    "closed_header": QT_TRANSLATE_NOOP("SyncTables", "Chốt {period}"),
    "last_bundle": QT_TRANSLATE_NOOP("SyncTables", "số {sequence} ({day})"),
    "enrolled": QT_TRANSLATE_NOOP("SyncTables", "đã đăng ký"),
    "not_enrolled": QT_TRANSLATE_NOOP("SyncTables", "chưa đăng ký"),
    "version": QT_TRANSLATE_NOOP("SyncTables", "phiên bản {version}"),
    "revoked": QT_TRANSLATE_NOOP("SyncTables", "đã thu hồi ({day})"),
    "replaced": QT_TRANSLATE_NOOP("SyncTables", "đã thay bằng khóa mới"),
    "trusted": QT_TRANSLATE_NOOP("SyncTables", "đang tin cậy"),
    "hub": QT_TRANSLATE_NOOP("SyncTables", "Cơ quan tổng hợp"),
    "commune": QT_TRANSLATE_NOOP("SyncTables", "Xã/phường"),
}


def text(key: str, **params: Any) -> str:
    return QCoreApplication.translate("SyncTables", _TEXTS[key]).format(**params)


def when(value: datetime | None, *, time: bool = True) -> str:
    """A stored instant on the officer's calendar: 28/11/2026 09:30."""
    if value is None:
        return ""
    return value.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y %H:%M" if time else "%d/%m/%Y")


def size_text(size: int) -> str:
    """2,6 KB / 14,3 MB, with the decimal comma Vietnamese documents use."""
    if size < 1024:
        return text("bytes", n=size)
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / (1024 * 1024), "MB")
    return f"{value:.1f}".replace(".", ",") + " " + unit


def period_text(code: str) -> str:
    try:
        return period_label(periods.parse(code))
    except DomainError:  # a code read from a bundle: show it raw rather than fail
        return code


def sequences_text(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; headers are marked QT_TRANSLATE_NOOP("SyncTables", ...)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        return QCoreApplication.translate("SyncTables", self.headers[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class SentModel(RowsModel):
    """The commune's bundles, newest first, and whether the hub's receipt has acknowledged each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Gói số"), QT_TRANSLATE_NOOP("SyncTables", "Tệp"),
            QT_TRANSLATE_NOOP("SyncTables", "Ngày gửi"), QT_TRANSLATE_NOOP("SyncTables", "Số bản ghi"),
            QT_TRANSLATE_NOOP("SyncTables", "Dung lượng"), QT_TRANSLATE_NOOP("SyncTables", "Cấp trên đã nhận"),
        ], parent)

    def cell(self, row: SentBundle, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return GREEN if row.acknowledged_at else AMBER
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        acknowledged = (text("acknowledged", when=when(row.acknowledged_at)) if row.acknowledged_at
                        else text("not_acknowledged"))
        values = (str(row.sequence), row.file_name, when(row.created_at), vn_number(row.record_count),
                  size_text(row.file_size), acknowledged)
        return values[column]


def item_result(item: ImportItem) -> str:
    """The last column of the preview: ready, done, skipped, or the refusal in plain words."""
    report = item.report
    if report is None:
        return problem_text(item.error_code, item.error_params)
    result = text(report.status) if report.status in _TEXTS else report.status
    notes = []
    if report.periods_closed:
        notes.append(text("closes", periods=", ".join(period_text(c) for c in report.periods_closed)))
    if report.missing:
        notes.append(text("missing", numbers=sequences_text(report.missing)))
    return "; ".join([result, *notes])


class PreviewModel(RowsModel):
    """One row per file chosen at the hub: who sent it, what it would change, or why it is refused."""

    RESULT = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Tệp"), QT_TRANSLATE_NOOP("SyncTables", "Đơn vị gửi"),
            QT_TRANSLATE_NOOP("SyncTables", "Gói số"), QT_TRANSLATE_NOOP("SyncTables", "Ngày lập"),
            QT_TRANSLATE_NOOP("SyncTables", "Kỳ dữ liệu"), QT_TRANSLATE_NOOP("SyncTables", "Mới"),
            QT_TRANSLATE_NOOP("SyncTables", "Sửa"), QT_TRANSLATE_NOOP("SyncTables", "Xóa"),
            QT_TRANSLATE_NOOP("SyncTables", "Xung đột"), QT_TRANSLATE_NOOP("SyncTables", "Kết quả"),
        ], parent)

    def cell(self, row: ImportItem, column: int, role: int) -> Any:
        report = row.report
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 5, 6, 7, 8):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, self.RESULT):
            if report is None:
                return RED
            return GREY if report.status == "already_imported" else GREEN
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and report and report.counts.conflicts:
            return AMBER
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.path}\n{item_result(row)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.path.name
        if column == self.RESULT:
            return item_result(row)
        if report is None:
            return ""
        c = report.counts
        sequence = (str(report.sequence) if report.parts == 1
                    else text("part", sequence=report.sequence, part=report.part, parts=report.parts))
        values = (row.path.name, report.sender_name, sequence, when(report.created_at),
                  ", ".join(period_text(p) for p in report.periods) or "–", vn_number(c.new), vn_number(c.changed),
                  vn_number(c.deleted + c.erased), vn_number(c.conflicts))
        return values[column]


def closure_text(status: ReportStatus | None) -> str:
    if status is None or status.status == "missing":
        return text("not_closed")
    # The year is in the column's header; day and month are enough here.
    day = when(status.closed_at, time=False)[:5]
    result = text("on_time", day=day) if status.status == "on_time" else text("late", day=day)
    return f"{result}, {text('nil')}" if status.nil_report else result


class CommunesModel(RowsModel):
    """The hub's view per commune: the chain of bundles, gaps, open conflicts and the months it closed."""

    FIXED = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Xã/phường"), QT_TRANSLATE_NOOP("SyncTables", "Thẻ"),
            QT_TRANSLATE_NOOP("SyncTables", "Gói đã nhận"), QT_TRANSLATE_NOOP("SyncTables", "Gói gần nhất"),
            QT_TRANSLATE_NOOP("SyncTables", "Nhập lúc"), QT_TRANSLATE_NOOP("SyncTables", "Gói còn thiếu"),
            QT_TRANSLATE_NOOP("SyncTables", "Xung đột"),
        ], parent)
        self.closures: dict[tuple[str, str], ReportStatus] = {}
        self.period_codes: list[str] = []

    def set_data(self, statuses: Sequence[CommuneStatus], closures: Sequence[ReportStatus],
                 period_codes: Sequence[str]) -> None:
        self.beginResetModel()
        self.headers = self.headers[:self.FIXED] + list(period_codes)
        self.period_codes = list(period_codes)
        self.closures = {(r.origin_unit, r.period_code): r for r in closures}
        self.rows = list(statuses)
        self.endResetModel()

    def header(self, section: int) -> str:
        if section >= self.FIXED:
            return text("closed_header", period=period_text(self.headers[section]))
        return super().header(section)

    def closure(self, row: CommuneStatus, column: int) -> ReportStatus | None:
        return self.closures.get((row.origin_unit, self.period_codes[column - self.FIXED]))

    def cell(self, row: CommuneStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 6):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            alarming = {1: not row.enrolled, 5: bool(row.missing), 6: bool(row.open_conflicts)}
            if alarming.get(column):
                return RED
            if column >= self.FIXED:
                status = self.closure(row, column)
                return GREEN if status is not None and status.status == "on_time" else AMBER
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column >= self.FIXED:
            return closure_text(self.closure(row, column))
        last = "" if row.last_sequence is None else text("last_bundle", sequence=row.last_sequence,
                                                          day=when(row.last_created_at, time=False))
        values = (row.unit_name, text("enrolled") if row.enrolled else text("not_enrolled"), vn_number(row.bundles),
                  last, when(row.last_imported_at), sequences_text(row.missing) or "–",
                  vn_number(row.open_conflicts) if row.open_conflicts else "–")
        return values[column]


class ConflictsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Xã/phường"), QT_TRANSLATE_NOOP("SyncTables", "Loại dữ liệu"),
            QT_TRANSLATE_NOOP("SyncTables", "Bản ghi"), QT_TRANSLATE_NOOP("SyncTables", "Bản hiện có"),
            QT_TRANSLATE_NOOP("SyncTables", "Bản mới nhận"),
            QT_TRANSLATE_NOOP("SyncTables", "Phát hiện lúc"),
        ], parent)

    def cell(self, row: ConflictView, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.unit_name, table_label(row.table_name), record_text(row),
                  text("version", version=row.local_version),
                  text("version", version=row.incoming_version), when(row.detected_at))
        return values[column]


class CardsModel(RowsModel):
    """The other offices' cards this register trusts (or trusted)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Đơn vị"), QT_TRANSLATE_NOOP("SyncTables", "Loại"),
            QT_TRANSLATE_NOOP("SyncTables", "Mã vân tay"), QT_TRANSLATE_NOOP("SyncTables", "Ngày đăng ký"),
            QT_TRANSLATE_NOOP("SyncTables", "Trạng thái"),
        ], parent)

    def cell(self, row: CardInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return RED if row.revoked_at else GREY if row.replaced else GREEN
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row.revoked_at:
            state = text("revoked", day=when(row.revoked_at, time=False))
        else:
            state = text("replaced") if row.replaced else text("trusted")
        values = (row.unit_name, text("hub") if row.role in ("hub", "national") else text("commune"), row.fingerprint,
                  when(row.enrolled_at, time=False), state)
        return values[column]
