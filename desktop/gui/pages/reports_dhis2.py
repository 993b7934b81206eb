"""The hub's "Xuất sang DHIS2…" action on the reports page: choose JSON or ADX and a file; the core does the rest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.domain.periods import Period
from desktop.domain.problems import ValidationFailed
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.pages.reports_busy import BusyStrip
from desktop.gui.texts import error_text, problem_text, vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.reports.dhis2_export import Dhis2Export


def mapping_problems_text(error: BaseException) -> str:
    """Each wrong mapping row on its own line, named by where it is in the file ("org_units.08500: …")."""
    if isinstance(error, ValidationFailed):
        return "\n".join(f"{p.field}: {problem_text(p.code, p.params)}" if p.field else problem_text(p.code, p.params)
                         for p in error.problems)
    return error_text(error)


class Dhis2Button(QPushButton):
    """Shown at a hub only. Writes the chosen period's values through the hub's own mapping file."""

    def __init__(self, context: AppContext, *, period: Callable[[], Period], busy: BusyStrip, message: MessageLine,
                 slug: Callable[[Period], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._period, self._busy, self._message, self._slug = context, period, busy, message, slug
        self.clicked.connect(self.choose)

    def retranslate(self) -> None:
        self.setText(self.tr("Xuất sang DHIS2…"))
        self.setToolTip(self.tr("Số liệu chỉ tiêu theo từng xã của kỳ đã chọn, theo tệp ánh xạ DHIS2 trong thư mục "
                                "dữ liệu; số 1–4 người không được gửi"))

    def update_state(self) -> None:
        self.setEnabled(not self._busy.busy and self._context.actor.can(Permission.EXPORT))

    def choose(self) -> None:
        period = self._period()
        json_filter, adx_filter = self.tr("DHIS2 dataValueSets (*.json)"), self.tr("ADX XML (*.xml)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Xuất sang DHIS2"), f"dhis2-{self._slug(period)}.json",
                                                   f"{json_filter};;{adx_filter}")
        if path:
            fmt = "adx" if chosen == adx_filter or path.endswith(".xml") else "json"
            self.write(Path(path).with_suffix(".xml" if fmt == "adx" else ".json"), period=period, fmt=fmt)

    def write(self, path: Path, *, period: Period, fmt: str) -> None:
        services, actor = self._context.services, self._context.actor
        if self._busy.busy:
            return

        def done(result: Dhis2Export) -> None:
            self._message.show_ok(self.tr("Đã ghi {count} giá trị DHIS2 của {communes} xã, phường vào {file}; "
                                          "{withheld} số nhỏ không gửi.").format(
                count=vn_number(result.values), communes=result.communes, file=str(result.path),
                withheld=result.withheld))
            self.update_state()

        def failed(error: BaseException) -> None:
            self._message.show_problem(mapping_problems_text(error))
            self.update_state()

        self._message.show_ok("")
        self._busy.start(lambda: services.dhis2.export(actor, period, fmt=fmt, path=path).value, done, failed,
                         text=self.tr("Đang ghi {file}…").format(file=path.name))
        self.update_state()
