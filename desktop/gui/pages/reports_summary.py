"""The text above a report on screen: period, whose data it holds, verdicts, and what is missing."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.gui.texts import period_label, vn_number
from desktop.reports.model import SMALL, Report, Status

_MAX_NAMES = 12  # the full list is in the printed report and the workbook's sheet


def summary_html(report: Report) -> str:
    translate = QCoreApplication.translate
    period = period_label(report.period)
    if report.no_definitions:
        return f"<b>{html.escape(period)}</b>: " + html.escape(translate(
            "ReportsPage", "Chưa có bộ chỉ tiêu áp dụng cho kỳ này: không bộ chỉ tiêu nào đã nạp có thời gian "
            "hiệu lực bao trùm kỳ báo cáo. Đề nghị quản trị viên nạp bộ chỉ tiêu áp dụng cho kỳ này "
            "(nút “Bộ chỉ tiêu…”)."))
    statuses = [i.status for i in report.indicators]
    coverage = report.coverage
    if coverage is not None:
        scope = translate("ReportsPage", "tổng hợp từ {reporting}/{total} xã, phường đã gửi số liệu kỳ này").format(
            reporting=vn_number(len(coverage.reporting)), total=vn_number(len(report.units)))
    elif report.is_hub:
        scope = translate("ReportsPage", "tổng hợp từ {count} xã, phường").format(count=vn_number(len(report.units)))
    else:
        scope = html.escape(report.unit_name)
    text = translate(
        "ReportsPage", "<b>{period}</b> ({start} – {end}), {scope}: <span style='color:#1b5e20'>{met} chỉ tiêu đạt"
        "</span>, <span style='color:#b00020'>{not_met} chưa đạt</span>, <span style='color:#8a4b00'>"
        "{no_data} không đủ dữ liệu</span>.").format(
        period=period, start=f"{report.period.start:%d/%m/%Y}", end=f"{report.period.end:%d/%m/%Y}", scope=scope,
        met=statuses.count(Status.MET), not_met=statuses.count(Status.NOT_MET),
        no_data=statuses.count(Status.NO_DATA))
    over = sorted({i.code for i in report.indicators for t in i.targets if t.status is Status.OVER_100})
    if over:
        warning = translate("ReportsPage", "{codes}: tỷ lệ trên 100% – cần kiểm tra số liệu (không đánh giá là đạt).")
        text += " <span style='color:#b00020'>" + html.escape(warning.format(codes=", ".join(over))) + "</span>"
    if coverage is not None and coverage.missing:
        names = ", ".join(u.name for u in coverage.missing[:_MAX_NAMES])
        text += "<br>" + html.escape(translate(
            "ReportsPage", "Tỷ lệ và đánh giá chỉ tính trên các xã, phường đã gửi số liệu. "
            "Chưa báo cáo ({count}): {names}").format(count=vn_number(len(coverage.missing)), names=names))
        more = len(coverage.missing) - _MAX_NAMES
        if more > 0:
            text += html.escape(translate(
                "ReportsPage", " và {more} xã, phường khác (danh sách đủ trong báo cáo in).").format(
                more=vn_number(more)))
    if coverage is not None and coverage.months:
        months = "; ".join(translate(
            "ReportsPage", "{month}: đúng hạn {on_time}, muộn {late}, chưa báo cáo {missing}").format(
            month=m.label, on_time=vn_number(m.on_time), late=vn_number(m.late), missing=vn_number(m.missing))
            for m in coverage.months)
        text += "<br>" + html.escape(translate("ReportsPage", "Khóa sổ từng tháng — {months}.").format(months=months))
    text += "<br>" + translate("ReportsPage", "Mục tiêu theo {programme}.").format(
        programme=html.escape(report.programme))
    if report.suppress_small:
        text += " " + translate(
            "ReportsPage", "Số người được hỗ trợ từ 1 đến 4 được hiện là “{small}” để bảo vệ thông tin cá nhân."
        ).format(small=html.escape(SMALL))
    else:
        text += " " + translate(
            "ReportsPage", "Khi in hoặc xuất tệp, số người được hỗ trợ từ 1 đến 4 được ghi là “{small}” vì "
            "tệp rời khỏi xã.").format(small=html.escape(SMALL))
    return text
