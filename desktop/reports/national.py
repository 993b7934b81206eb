"""The national report: each province's figures as it sent them and the national totals (domain/national.py rules)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from desktop.db.models import AggregateValue, ReceivedAggregate
from desktop.domain import admin_units
from desktop.domain.inspections import LOCAL_ZONE
from desktop.domain.national import AT_LEAST, Part, Total, count_total, share_total
from desktop.domain.periods import Period
from desktop.reports.model import NOT_REPORTED
from desktop.reports.pdf.document import format_number

NATIONAL_TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM TOÀN QUỐC"
NO_DATA_MARK = "–"


@dataclass(frozen=True)
class ProvinceLine:
    """One of the 34 provinces: whether its aggregate of the period is here, and its communes' completeness."""

    code: str
    name: str
    sent_at: datetime | None
    sequence: int | None
    communes: int
    reporting: int
    months_on_time: int  # commune-months declared on time, late, missing (from the province's completeness)
    months_late: int
    months_missing: int

    @property
    def sent(self) -> bool:
        return self.sent_at is not None

    @property
    def sent_on(self) -> date | None:
        """The day it was sent on the officers' calendar (stored instants are UTC)."""
        return self.sent_at.astimezone(LOCAL_ZONE).date() if self.sent_at is not None else None


@dataclass(frozen=True)
class NationalIndicator:
    code: str
    section: str
    name: str
    unit: str
    sensitive: bool
    share: bool
    parts: tuple[Part | None, ...]  # one per province line; None: the province sent nothing (or not this one)
    total: Total


@dataclass(frozen=True)
class NationalReport:
    title: str
    period: Period
    generated_on: date
    provinces: tuple[ProvinceLine, ...]
    indicators: tuple[NationalIndicator, ...]
    programmes: tuple[str, ...]

    @property
    def sent(self) -> int:
        return sum(p.sent for p in self.provinces)


def compute_national(conn: Connection, *, period: Period, generated_on: date) -> NationalReport:
    """Every province's aggregate in force for `period` (the newest send), and the totals over those that sent."""
    r, v = ReceivedAggregate, AggregateValue
    current = conn.execute(select(r.id, r.province_unit, r.created_at, r.sequence, r.communes, r.communes_reporting,
                                  r.indicators, r.completeness, r.programme)
                           .where(r.period_code == period.code, r.replaced_by.is_(None))).all()
    by_province = {row.province_unit.partition("@")[0]: row for row in current}
    values = conn.execute(select(v.aggregate_id, v.indicator_code, v.value, v.numerator, v.denominator, v.hidden)
                          .where(v.unit_code == "", v.aggregate_id.in_([row.id for row in current]))).all()
    parts = {(row.aggregate_id, row.indicator_code): Part(row.value, row.numerator, row.denominator, row.hidden)
             for row in values}
    lines = tuple(_province_line(unit.code, unit.name, by_province.get(unit.code))
                  for unit in sorted(admin_units.provinces(), key=lambda u: u.code))
    meta: dict[str, dict[str, object]] = {}
    for code in sorted(by_province):
        for entry in json.loads(by_province[code].indicators):
            meta.setdefault(entry["code"], entry)
    indicators = []
    for code, entry in meta.items():
        row_parts = tuple(parts.get((by_province[p.code].id, code)) if p.code in by_province else None
                          for p in lines)
        present = [p for p in row_parts if p is not None]
        sensitive, share = bool(entry["sensitive"]), bool(entry["share"])
        total = share_total(present, sensitive=sensitive) if share else count_total(present, sensitive=sensitive)
        indicators.append(NationalIndicator(code, str(entry["section"]), str(entry["name_vi"]), str(entry["unit"]),
                                            sensitive, share, row_parts, total))
    programmes = tuple(sorted({row.programme for row in current if row.programme}))
    return NationalReport(NATIONAL_TITLE, period, generated_on, lines, tuple(indicators), programmes)


def _province_line(code: str, name: str, row: Any | None) -> ProvinceLine:
    if row is None:
        return ProvinceLine(code, name, None, None, 0, 0, 0, 0, 0)
    months = json.loads(row.completeness)
    count = {s: sum(1 for m in months if m["status"] == s) for s in ("on_time", "late", "missing")}
    return ProvinceLine(code, name, row.created_at, row.sequence, row.communes, row.communes_reporting,
                        count["on_time"], count["late"], count["missing"])


# --- how figures read (the PDF and the workbook agree) ----------------------------------------------


def part_text(part: Part | None, *, share: bool) -> str:
    if part is None:
        return NOT_REPORTED
    if part.hidden:
        return part.hidden
    if part.value is None:
        return NO_DATA_MARK
    return _number(part.value, share=share)


def total_text(total: Total, *, share: bool) -> str:
    if total.hidden:
        return total.hidden
    if total.value is None:
        return NO_DATA_MARK
    text = _number(total.value, share=share)
    return f"{AT_LEAST} {text}" if total.at_least else text


def _number(value: float, *, share: bool) -> str:
    if share:
        return f"{value:.1f}".replace(".", ",") + "%"
    if float(value).is_integer():
        return format_number(int(value))
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def scope_line(report: NationalReport) -> str:
    return (f"Tổng hợp từ {report.sent}/{len(report.provinces)} tỉnh, thành phố đã gửi số liệu kỳ này; "
            f"tỉnh, thành phố chưa gửi ghi “{NOT_REPORTED}”, không tính là 0.")


def notes(report: NationalReport) -> list[str]:
    found = [("“<5”: số từ 1 đến 4 do tỉnh ẩn để bảo vệ thông tin cá nhân; “x”: ẩn thêm để không suy ra được số "
              "đã ẩn. Số đã ẩn không được gửi lên và không cộng vào tổng.")]
    if any(i.total.at_least for i in report.indicators):
        found.append(f"“{AT_LEAST} N” ở cột toàn quốc: có phần bị ẩn nên tổng thực không được biết; N là tổng các "
                     "phần hiển thị cộng 1 cho mỗi phần bị ẩn (mỗi phần bị ẩn ít nhất là 1).")
    if any(i.share and i.total.hidden for i in report.indicators):
        found.append("Tỷ lệ toàn quốc ghi “x” khi có tỉnh bị ẩn tử số: không tính được tỷ lệ chung.")
    found.append(f"“{NO_DATA_MARK}”: không đủ dữ liệu (thiếu mẫu số).")
    if report.programmes:
        found.append("Chỉ tiêu theo " + "; ".join(report.programmes) + ".")
    return found
