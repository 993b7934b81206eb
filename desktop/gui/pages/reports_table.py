"""A computed report on screen: sections, indicators beside their targets, breakdowns folded underneath."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.texts import label, vn_number
from desktop.reports.model import (
    NO_DATA_TEXT, STATUS_LABELS, Breakdown, Figure, IndicatorResult, Report, Status, TargetCheck,
)

# The unit vocabulary of the indicator files (desktop.reports.indicators.UNITS), for the English window.
UNIT_LABELS = {
    "lượt": QT_TRANSLATE_NOOP("ReportTree", "lượt"),
    "người": QT_TRANSLATE_NOOP("ReportTree", "người"),
    "cơ sở": QT_TRANSLATE_NOOP("ReportTree", "cơ sở"),
    "buổi": QT_TRANSLATE_NOOP("ReportTree", "buổi"),
    "xã": QT_TRANSLATE_NOOP("ReportTree", "xã"),
    "vụ": QT_TRANSLATE_NOOP("ReportTree", "vụ"),
    "tờ": QT_TRANSLATE_NOOP("ReportTree", "tờ"),
    "chiếc": QT_TRANSLATE_NOOP("ReportTree", "chiếc"),
    "đồng": QT_TRANSLATE_NOOP("ReportTree", "đồng"),
    "mô hình": QT_TRANSLATE_NOOP("ReportTree", "mô hình"),
}

# (background, text) per verdict: green met, red not met, amber no data, grey not judged.
STATUS_COLOURS = {
    Status.MET: ("#e6f4ea", "#1b5e20"),
    Status.NOT_MET: ("#fdecea", "#b00020"),
    Status.NO_DATA: ("#fff4e5", "#8a4b00"),
    Status.NOT_JUDGED: ("#f2f2f2", "#666666"),
    Status.OVER_100: ("#fdecea", "#b00020"),
}
SECTION_BACKGROUND = "#eef3f8"
FIRST_TARGET_COLUMN = 3


def number_text(value: float, *, share: bool) -> str:
    """Vietnamese writing: 1.234.567, 1.234,5 and 25,0%."""
    if share:
        return f"{value:.1f}".replace(".", ",") + "%"
    if float(value).is_integer():
        return vn_number(int(value))
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def figure_text(figure: Figure, *, share: bool) -> str:
    if figure.hidden:
        return label(figure.hidden)  # "<5", or "chưa báo cáo" in the window's language
    if figure.value is None:
        return label(NO_DATA_TEXT)
    return number_text(figure.value, share=share)


def verdict(check: TargetCheck | None, figure: Figure) -> Status | None:
    """The status a target cell shows: no data wins over a verdict when the figure is missing."""
    if check is None:
        return None
    if figure.value is None and check.status is not Status.NOT_JUDGED:
        return Status.NO_DATA
    return check.status


def unit_text(unit: str) -> str:
    return QCoreApplication.translate("ReportTree", UNIT_LABELS[unit]) if unit in UNIT_LABELS else unit


class _WrappingDelegate(QStyledItemDelegate):
    """Tall enough rows for long indicator names: a tree view sizes rows without the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        if index.column() != 0:
            return base
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(40, self._tree.columnWidth(0) - self._tree.indentation() * depth - 8)
        needed = view.fontMetrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), view.text)
        return QSize(base.width(), max(base.height(), needed.height() + 4))


class ReportTree(QTreeWidget):
    """`show_report` fills it; indicator rows carry their code in UserRole for lookups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        # Long indicator names wrap: row heights follow the width of the name column.
        self.header().sectionResized.connect(lambda column, _old, _new: self.scheduleDelayedItemsLayout()
                                             if column == 0 else None)
        self.set_headers(())

    def set_headers(self, targets: tuple[tuple[str, str], ...]) -> None:
        """Columns: indicator, unit, result, then a target and its verdict per target set (title, basis)."""
        heads = [self.tr("Chỉ tiêu"), self.tr("Đơn vị"), self.tr("Kết quả")]
        for title, _basis in targets:
            heads += [title, self.tr("Đánh giá")]
        self.setColumnCount(len(heads))
        self.setHeaderLabels(heads)
        head = self.headerItem()
        for n, (title, basis) in enumerate(targets):
            for column in (FIRST_TARGET_COLUMN + 2 * n, FIRST_TARGET_COLUMN + 2 * n + 1):
                head.setToolTip(column, f"{title} — {basis}" if basis else title)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(heads)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_report(self, report: Report | None) -> None:
        self.report = report
        self.clear()
        if report is None:
            self.set_headers(())
            return
        self.set_headers(tuple((t.title, t.basis) for t in report.target_columns))
        for section in report.sections:
            top = QTreeWidgetItem([section.title])
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            self._emphasise(top, background=SECTION_BACKGROUND)
            for ind in section.indicators:
                top.addChild(self._indicator(report, ind))
            top.setExpanded(True)

    def _indicator(self, report: Report, ind: IndicatorResult) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{ind.code}. {ind.name}", unit_text(ind.unit),
                                figure_text(ind.figure, share=ind.is_share)])
        item.setData(0, Qt.ItemDataRole.UserRole, ind.code)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = item.font(2)
        font.setBold(True)
        item.setFont(2, font)
        by_set = {t.set_code: t for t in ind.targets}
        for n, column in enumerate(report.target_columns):
            check = by_set.get(column.code)
            status = verdict(check, ind.figure)
            if check is None or status is None:
                continue
            first = FIRST_TARGET_COLUMN + 2 * n
            item.setText(first, check.text)
            item.setText(first + 1, label(STATUS_LABELS[status]))
            background, foreground = STATUS_COLOURS[status]
            item.setBackground(first + 1, QBrush(QColor(background)))
            item.setForeground(first + 1, QBrush(QColor(foreground)))
            item.setTextAlignment(first, Qt.AlignmentFlag.AlignCenter)
            item.setTextAlignment(first + 1, Qt.AlignmentFlag.AlignCenter)
            if status is Status.NOT_JUDGED:
                item.setToolTip(first + 1, self.tr("Mục tiêu này không đánh giá trên loại kỳ đã chọn "
                                                   "(ví dụ mục tiêu tính theo năm)."))
        item.setToolTip(0, self._tooltip(ind))
        for breakdown in ind.breakdowns:
            item.addChild(self._breakdown(self.tr("Chia theo {dimension}").format(dimension=breakdown.title.lower()),
                                          breakdown, ind))
        if ind.by_unit is not None:
            item.addChild(self._breakdown(self.tr("Theo từng xã, phường"), ind.by_unit, ind))
        return item

    def _breakdown(self, title: str, breakdown: Breakdown, ind: IndicatorResult) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        font = group.font(0)
        font.setItalic(True)
        group.setFont(0, font)
        for row in breakdown.rows:
            child = QTreeWidgetItem([label(row.label), unit_text(ind.unit), figure_text(row.figure, share=ind.is_share)])
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            group.addChild(child)
        return group

    def _tooltip(self, ind: IndicatorResult) -> str:
        lines = [f"{ind.code}. {ind.name}"]
        figure = ind.figure
        if ind.is_share and not figure.hidden and figure.numerator is not None:
            denominator = self.tr("chưa có") if not figure.denominator else number_text(figure.denominator, share=False)
            lines.append(self.tr("Tử số / mẫu số: {numerator} / {denominator}").format(
                numerator=number_text(figure.numerator, share=False), denominator=denominator))
        if ind.note:
            lines.append(ind.note)
        if ind.breakdowns or ind.by_unit is not None:
            lines.append(self.tr("Bấm mũi tên bên trái để xem chi tiết."))
        return "\n".join(lines)

    @staticmethod
    def _emphasise(item: QTreeWidgetItem, *, background: str) -> None:
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setBackground(0, QBrush(QColor(background)))

    def expand_details(self, expanded: bool) -> None:
        for section in _children(self.invisibleRootItem()):
            for indicator in _children(section):
                indicator.setExpanded(expanded)
                for group in _children(indicator):
                    group.setExpanded(expanded)

    # -- for tests and the status line -----------------------------------------------------------------
    def indicator_item(self, code: str) -> QTreeWidgetItem | None:
        for section in _children(self.invisibleRootItem()):
            for indicator in _children(section):
                if indicator.data(0, Qt.ItemDataRole.UserRole) == code:
                    return indicator
        return None

    def retranslate(self) -> None:
        expanded = [self.indicator_item(i.code).isExpanded()  # type: ignore[union-attr]
                    for i in (self.report.indicators if self.report else ())]
        self.show_report(self.report)
        if self.report is not None:
            for ind, was in zip(self.report.indicators, expanded, strict=True):
                self.indicator_item(ind.code).setExpanded(was)  # type: ignore[union-attr]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children (Qt types child(i) as optional; it is None only past childCount())."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
