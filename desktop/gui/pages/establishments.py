"""The establishments page: T8 coverage, filters, the register or the re-inspections due, and their actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from desktop.domain.establishments import BUSINESS_TYPE_LABELS, STATUS_LABELS
from desktop.domain.inspections import InspectionKind
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, show_error
from desktop.gui.icons import icon
from desktop.gui.pages.establishments_coverage import CoverageStrip
from desktop.gui.pages.establishments_follow_ups import DueFollowUps, PlanProgress, Selected
from desktop.gui.pages.establishments_model import EstablishmentModel, list_table
from desktop.gui.held import held_record
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.search_delay import SearchDelay, search_tooltip
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import label, vn_number
from desktop.gui.widgets import ListSearchKeys
from desktop.services.context import Changes

class EstablishmentsPage(Retranslates, QWidget):
    key = "establishments"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record_dialog: QDialog | None = None  # the held record the home screen led to
        # The strip and the follow-ups due are read here, off the GUI thread (`_read_figures`).
        self.reader = TaskRunner(self)
        self.coverage = CoverageStrip(context)
        self.type_filter, self.status_filter = QComboBox(), QComboBox()
        self.not_inspected = QCheckBox()
        self.with_violations = QCheckBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = EstablishmentModel(context)
        self.table = list_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.follow_ups = DueFollowUps(context, self, filters=lambda: (self.type_filter.currentData() or None,
                                                                       self.search.text()),
                                       shown=self._show_count)
        self.due_view, self.due_model = self.follow_ups.button, self.follow_ups.model
        self.due_table = self.follow_ups.table
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.due_table)
        self.count_label = QLabel()
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.print_list_button, self.print_checklist_button = QPushButton(), QPushButton()
        self.inspect_button, self.history_button = QPushButton(), QPushButton()
        self.plans_button = QPushButton()
        self.plan_progress = PlanProgress(context)
        self.import_button = QPushButton()
        self.import_button.setIcon(icon("file-import"))
        for button in (self.print_list_button, self.print_checklist_button):
            button.setIcon(icon("printer"))
        self._build_layout()
        self._fill_filters()
        for combo in (self.type_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        for box in (self.not_inspected, self.with_violations):
            box.toggled.connect(self._apply_filters)
        self.due_view.toggled.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.print_list_button.clicked.connect(self.print_list)
        self.import_button.clicked.connect(self.import_from_excel)
        self.print_checklist_button.clicked.connect(self.print_checklist)
        self.inspect_button.clicked.connect(self.record_inspection)
        self.history_button.clicked.connect(self.show_history)
        self.plans_button.clicked.connect(self.show_plans)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.search_keys = ListSearchKeys(self.search, self.table, lambda: self.edit())
        self.search_delay = SearchDelay(self.search, self._apply_filters)  # after ListSearchKeys: sees Enter first
        self.model.counted.connect(self._show_count)
        self.due_table.doubleClicked.connect(lambda _index: self.record_inspection())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.due_table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()
        self._read_figures()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.type_filter, self.status_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        toggles = QHBoxLayout()
        for widget in (self.not_inspected, self.with_violations):
            toggles.addWidget(widget)
        toggles.addStretch()
        toggles.addWidget(self.due_view)
        records = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button, self.print_list_button,
                       self.import_button):
            records.addWidget(widget)
        records.addStretch()
        records.addWidget(self.count_label)
        visits = QHBoxLayout()
        for widget in (self.inspect_button, self.history_button, self.print_checklist_button):
            visits.addWidget(widget)
        visits.addStretch()
        visits.addWidget(self.plans_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.coverage)
        layout.addWidget(self.plan_progress)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.views, 1)
        layout.addLayout(records)
        layout.addLayout(visits)

    # -- filters and refresh ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo, first, labels in ((self.type_filter, self.tr("Mọi loại hình"), BUSINESS_TYPE_LABELS),
                                     (self.status_filter, self.tr("Mọi tình trạng"), STATUS_LABELS)):
            combo.blockSignals(True)
            current = combo.currentIndex()
            combo.clear()
            combo.addItem(first, "")
            for code, text in labels.items():
                combo.addItem(label(text), code.value)
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        due = self.due_view.isChecked()
        for widget in (self.status_filter, self.not_inspected, self.with_violations):
            widget.setEnabled(not due)  # follow-ups due are of open establishments with violations already
        self.model.query = replace(self.model.query, business_type=self.type_filter.currentData() or None,
                                   status=self.status_filter.currentData() or None,
                                   not_inspected_this_year=self.not_inspected.isChecked(),
                                   with_open_violations=self.with_violations.isChecked(), search=self.search.text())
        self.views.setCurrentIndex(1 if due else 0)
        self._reload()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.ESTABLISHMENTS | Changes.INSPECTIONS | Changes.SETTINGS):
            self._reload()
            self._read_figures()
            self.plan_progress.show_plans()

    def _read_figures(self) -> None:
        """The T8 strip and the follow-ups due, read on the page's reader thread after the list is painted.

        At a hub both go over every establishment and inspection (seconds, not milliseconds): the list
        never waits for them, and a filter change (only the list) never reads them again.
        """
        self.coverage.read_later(self.reader)
        self.follow_ups.read_later(self.reader)

    def _reload(self) -> None:
        """The register's list, and the follow-ups already read filtered the same way (read: `_read_figures`)."""
        self.model.reload()
        self._fit_columns()
        self.follow_ups.filter(business_type=self.type_filter.currentData() or None, search=self.search.text())
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        if self.due_view.isChecked():
            self.count_label.setText(self.tr("{count} cơ sở đến hạn tái kiểm tra").format(
                count=vn_number(self.due_model.rowCount())))
        elif self.model.total is None:  # a long list: its first page is on screen, the count follows
            self.count_label.setText(self.tr("Từ {count} cơ sở trở lên (đang đếm…)").format(
                count=vn_number(self.model.rowCount())))
        else:
            self.count_label.setText(self.tr("{count} cơ sở").format(count=vn_number(self.model.total)))

    def _fit_columns(self) -> None:
        """Widths from the rows on screen (cheap whatever the register's size), capped so all eight columns fit."""
        self.table.resizeColumnsToContents()
        for column, widest in enumerate((240, 150, 190, 150, 120, 110, 60, 110)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _update_buttons(self) -> None:
        actor = self._context.actor
        can_edit = actor.can(Permission.EDIT_RECORDS)
        chosen = self.selected() is not None
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and chosen)
        self.delete_button.setEnabled(can_edit and chosen)
        self.inspect_button.setEnabled(can_edit and chosen)
        self.history_button.setEnabled(chosen)
        self.print_list_button.setEnabled(actor.can(Permission.PRINT))
        self.import_button.setEnabled(actor.can(Permission.EDIT_RECORDS))
        self.print_checklist_button.setEnabled(actor.can(Permission.PRINT))

    def selected(self) -> Selected | None:
        if self.due_view.isChecked():
            return self.follow_ups.selected()
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return (row.id, row.name, row.business_type) if row else None

    # -- a record the hub held back, opened from the home screen ------------------------------------
    def claims_view(self, target: str) -> bool:
        return held_record(target, "establishments", "inspections") is not None

    def open_view(self, target: str) -> None:
        """The establishment's form, or the inspection's (also for a held result, violation or decision)."""
        from desktop.gui.dialogs.establishment_form import EstablishmentForm
        from desktop.gui.dialogs.inspection_form import InspectionForm

        held = held_record(target, "establishments", "inspections")
        if held is None:
            return
        table, record_id = held
        services, actor = self._context.services, self._context.actor
        try:
            if table == "establishments":
                dialog: QDialog = EstablishmentForm(self._context, services.establishments.get(actor, record_id),
                                                    parent=self)
            else:
                record = services.inspections.get(actor, record_id)
                dialog = InspectionForm(self._context, record.draft.establishment_id, record, parent=self)
        except DomainError as error:  # e.g. deleted meanwhile
            show_error(self, error)
            return
        self.record_dialog = dialog
        dialog.open()

    # -- actions --------------------------------------------------------------------------------------
    def add(self) -> None:
        from desktop.gui.dialogs.establishment_form import EstablishmentForm

        EstablishmentForm(self._context, parent=self).exec()

    def edit(self) -> None:
        from desktop.gui.dialogs.establishment_form import EstablishmentForm

        chosen = self.selected()
        if chosen is None or not self._context.actor.can(Permission.EDIT_RECORDS):
            return
        try:
            record = self._context.services.establishments.get(self._context.actor, chosen[0])
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        EstablishmentForm(self._context, record, parent=self).exec()

    def delete(self) -> None:
        from desktop.gui.context import confirm

        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr("Xóa cơ sở “{name}” khỏi danh sách? Việc xóa sẽ được gửi lên cấp trên. "
                           "Cơ sở đã có biên bản kiểm tra thì không xóa được; hãy ghi tình trạng “Đã đóng cửa”.").format(
            name=chosen[1])
        if not confirm(self, self.tr("Xác nhận xóa"), question, yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        services, actor, record_id = self._context.services, self._context.actor, chosen[0]
        Operation(self._context, self, lambda: services.establishments.delete(actor, record_id)).run_in_background()

    def record_inspection(self) -> None:
        from desktop.gui.dialogs.inspection_form import InspectionForm

        chosen = self.selected()
        if chosen is None or not self._context.actor.can(Permission.EDIT_RECORDS):
            return
        kind = InspectionKind.REINSPECTION.value if self.due_view.isChecked() else None
        try:
            form = InspectionForm(self._context, chosen[0], kind=kind, parent=self)
        except DomainError as error:  # the establishment deleted meanwhile, or no checklist for its type
            show_error(self, error)
            return
        form.exec()

    def show_history(self) -> None:
        from desktop.gui.dialogs.inspection_history import InspectionHistory

        chosen = self.selected()
        if chosen is None:
            return
        dialog = InspectionHistory(self._context, chosen[0], chosen[1], parent=self)
        dialog.exec()
        dialog.deleteLater()

    def show_plans(self) -> None:
        from desktop.gui.dialogs.inspection_plans import PlansDialog

        dialog = PlansDialog(self._context, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def print_list(self) -> None:
        from desktop.gui.printing import print_or_save

        services, actor, query = self._context.services, self._context.actor, self.model.query
        print_or_save(self._context, self, title=self.tr("In danh sách cơ sở"), suggested="danh-sach-co-so.pdf",
                      write=lambda path: services.printing.print_establishment_list(actor, path, query))

    def import_from_excel(self) -> None:
        from desktop.gui.dialogs.establishment_import import ImportDialog

        dialog = ImportDialog(self._context, self)
        dialog.exec()
        dialog.deleteLater()

    def print_checklist(self) -> None:
        from desktop.gui.dialogs.inspection_print import ChecklistChoice, write_checklist
        from desktop.gui.printing import print_or_save

        dialog = ChecklistChoice(establishment=self.selected(), parent=self)
        accepted = dialog.exec()
        business_type, establishment_id = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        name = f"phieu-kiem-tra-{business_type or 'co-so'}.pdf".replace("_", "-")
        print_or_save(self._context, self, title=self.tr("In phiếu kiểm tra"), suggested=name,
                      write=lambda path: write_checklist(self._context, path, business_type=business_type,
                                                         establishment_id=establishment_id))

    def retranslate(self) -> None:
        self.not_inspected.setText(self.tr("Chưa kiểm tra năm nay"))
        self.with_violations.setText(self.tr("Có vi phạm ở lần kiểm tra gần nhất"))
        self.search.setPlaceholderText(self.tr("Tìm theo tên, địa chỉ, người đại diện (gõ không dấu được)"))
        self.search.setToolTip(search_tooltip())
        self.add_button.setText(self.tr("Thêm cơ sở…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.delete_button.setText(self.tr("Xóa"))
        self.print_list_button.setText(self.tr("In danh sách cơ sở (PDF)…"))
        self.import_button.setText(self.tr("Nhập từ Excel…"))
        self.print_checklist_button.setText(self.tr("In phiếu kiểm tra trống…"))
        self.inspect_button.setText(self.tr("Ghi biên bản kiểm tra…"))
        self.history_button.setText(self.tr("Lịch sử kiểm tra…"))
        self.plans_button.setText(self.tr("Kế hoạch, đội kiểm tra…"))
        self.coverage.retranslate()
        self.follow_ups.retranslate()
        self.plan_progress.show_plans()
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.due_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.due_model.columnCount() - 1)
        self._apply_filters()
