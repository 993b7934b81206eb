"""Raw record lists to Excel with no row cap: rows stream from the database into a write-only sheet."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Column, Connection, Date, DateTime, Table, TypeDecorator, select

from desktop.db.base import Base, local_only_columns
from desktop.db.files import atomic_path
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError
from desktop.domain.time import office_time
from desktop.reports import codes, schema

CHUNK = 2000  # rows fetched per round trip; memory stays flat whatever the list's length
DATE_FORMAT = "dd/mm/yyyy"
# Sync bookkeeping a reader of the list has no use for; local-only columns are dropped separately.
_BOOKKEEPING = frozenset({"origin_device", "version", "author", "deleted_at", "created_at", "updated_at",
                          "search_text"})


@dataclass(frozen=True)
class ListSpec:
    name: str  # the command-line name: sessions, contacts, referrals, inspections
    table: str
    title: str
    date: str  # filters on the period and orders the rows
    headers: Mapping[str, str]  # column -> Vietnamese header, in sheet order; others follow under their names
    code_lists: Mapping[str, str] = field(default_factory=dict)  # column -> code list, exported as labels
    about_clients: bool = False  # rows about clients: the service asks for the client permission too


LISTS: dict[str, ListSpec] = {
    spec.name: spec for spec in (
        ListSpec("sessions", "outreach_sessions", "Buổi truyền thông", "held_on", {
            "held_on": "Ngày", "origin_unit": "Xã, phường", "place": "Địa điểm", "form": "Hình thức",
            "target_group": "Nhóm đối tượng", "topics": "Chủ đề", "participants_total": "Tổng số người",
            "participants_male": "Nam", "participants_female": "Nữ", "participants_other": "Khác",
            "target_members": "Thuộc nhóm đối tượng", "newly_reached": "Lần đầu được tiếp cận trong năm",
            "leaflets": "Tờ rơi", "condoms": "Bao cao su", "lubricant": "Chất bôi trơn", "organiser": "Đơn vị tổ chức",
            "partners": "Đơn vị phối hợp",
            "id": "Mã bản ghi",
        }, {"form": "outreach_form", "target_group": "target_group", "topics": "outreach_topic"}),
        ListSpec("contacts", "client_contacts", "Lượt hỗ trợ", "contacted_on", {
            "contacted_on": "Ngày", "origin_unit": "Xã, phường", "client_id": "Mã khách hàng (nội bộ)",
            "category": "Loại dịch vụ", "condoms": "Bao cao su", "lubricant": "Chất bôi trơn", "leaflets": "Tờ rơi",
            "id": "Mã bản ghi",
        }, {"category": "service_category"}, about_clients=True),
        ListSpec("referrals", "referrals", "Chuyển gửi", "referred_on", {
            "referred_on": "Ngày chuyển gửi", "origin_unit": "Xã, phường", "code": "Số phiếu",
            "client_id": "Mã khách hàng (nội bộ)", "category": "Loại dịch vụ", "status": "Tình trạng",
            "status_on": "Ngày cập nhật", "outcome": "Kết quả", "outcome_on": "Ngày có kết quả", "id": "Mã bản ghi",
        }, {"category": "service_category", "status": "referral_status", "outcome": "referral_outcome"},
            about_clients=True),
        ListSpec("inspections", "inspections", "Kiểm tra cơ sở", "inspected_on", {
            "inspected_on": "Ngày kiểm tra", "origin_unit": "Xã, phường", "establishment_id": "Mã cơ sở",
            "kind": "Hình thức", "team_members": "Thành phần đoàn", "staff_present": "Số nhân viên có mặt",
            "staff_without_contract": "Không có hợp đồng", "staff_under_18": "Dưới 18 tuổi", "id": "Mã bản ghi",
        }, {"kind": "inspection_kind"}),
    )
}


def spec_for(name: str) -> ListSpec:
    spec = LISTS.get(name)
    if spec is None:
        raise DomainError("reports.unknown_list", name=name, known=", ".join(LISTS))
    if spec.table not in schema.tables():
        raise DomainError("reports.list_unavailable", name=name)
    return spec


def exported_columns(spec: ListSpec) -> list[Column[Any]]:
    """The columns written: never a local-only one (nickname, notes), never sync bookkeeping."""
    table: Table = schema.tables()[spec.table]
    model = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
    hidden = local_only_columns(model) | _BOOKKEEPING
    named = [table.c[n] for n in spec.headers if n in table.c and n not in hidden]
    return named + [c for c in table.columns if c.name not in hidden and c.name not in spec.headers]


def _converter(spec: ListSpec, column: str, *, unit_names: Mapping[str, str]) -> Callable[[Any], Any] | None:
    """How a stored value becomes a cell: codes as labels, instants in Vietnam time; None = as is."""
    if column == "origin_unit":
        return lambda v: unit_names.get(v, v)
    if column in spec.code_lists:
        labels = codes.labels(spec.code_lists[column])
        if column == "topics":
            return lambda v: "; ".join(labels.get(t, t) for t in (v or "").split())
        return lambda v: labels.get(v, v)
    return None


def export_list(conn: Connection, spec: ListSpec, *, path: Path, period: Period | None = None,
                units: tuple[str, ...] | None = None, unit_names: Mapping[str, str] | None = None,
                chunk: int = CHUNK, progress: Callable[[int], None] | None = None) -> int:
    """Write every live row (of the period and communes, if given) to `path` atomically; returns the count.

    `progress` hears the rows written so far after each chunk; an exception it raises (the GUI's
    cancel) stops the export and leaves no file behind.
    """
    columns = exported_columns(spec)
    table = schema.tables()[spec.table]
    stmt = select(*columns).where(table.c.deleted_at.is_(None))
    if period is not None:
        stmt = stmt.where(table.c[spec.date].between(period.start, period.end))
    if units is not None:
        stmt = stmt.where(table.c.origin_unit.in_(units))
    stmt = stmt.order_by(table.c[spec.date], table.c.id)
    converters = [(i, _converter(spec, c.name, unit_names=unit_names or {})) for i, c in enumerate(columns)]
    converted = [(i, f) for i, f in converters if f is not None]
    dated = [i for i, c in enumerate(columns) if _is_date(c)]
    workbook = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = workbook.create_sheet(spec.title)
    _head(sheet, spec, columns=columns)
    count = 0
    try:
        result = conn.execution_options(yield_per=chunk).execute(stmt)
        try:
            for batch in result.partitions():
                for row in batch:
                    values = list(row)
                    for i, convert in converted:
                        values[i] = convert(values[i])
                    for i in dated:
                        values[i] = _date_cell(sheet, values[i])
                    sheet.append(values)
                count += len(batch)
                if progress is not None:
                    progress(count)
        finally:
            result.close()
    except BaseException:
        _abandon(sheet)
        raise
    with atomic_path(path) as tmp:
        workbook.save(tmp)
    return count


def _abandon(sheet: WriteOnlyWorksheet) -> None:
    """Finish and delete the sheet's temporary file after a cancel or an error.

    Left alone, openpyxl's half-written row stream fails noisily when garbage-collected and its
    temporary file (possibly holding exported rows) stays on disk until the program exits.
    """
    sheet.close()
    writer = sheet._writer  # type: ignore[attr-defined]  # noqa: SLF001 - private: no public way to discard a sheet
    if writer is not None:
        writer.cleanup()


def _is_date(column: Column[Any]) -> bool:
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type  # UTCDateTime
    return isinstance(kind, Date | DateTime)


def _date_cell(sheet: WriteOnlyWorksheet, value: date | datetime | None) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = office_time(value).replace(tzinfo=None)
    cell = WriteOnlyCell(sheet)
    cell.value = value  # not through WriteOnlyCell(value=): its stub leaves out dates
    cell.number_format = DATE_FORMAT if not isinstance(value, datetime) else DATE_FORMAT + " hh:mm"
    return cell


def _head(sheet: WriteOnlyWorksheet, spec: ListSpec, *, columns: list[Column[Any]]) -> None:
    bold = Font(bold=True)
    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=spec.headers.get(column.name, column.name))
        cell.font = bold
        cells.append(cell)
    sheet.freeze_panes = "A2"
    sheet.append(cells)
