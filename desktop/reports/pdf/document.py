"""Shared PDF building blocks: A4 page, official header, styles, page-numbered footer, atomic save."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.db.files import atomic_path
from desktop.reports.pdf.fonts import SANS, SERIF, face, register_fonts

PRODUCT_NAME = "Hòa Nhập"  # neutral on purpose: a printout left on a desk must not reveal the subject
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"

# Margins of Decree 30/2020/NĐ-CP on administrative documents: wide left edge for binding.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

_HEADER_LEFT_WIDTH = 0.4 * TEXT_WIDTH
_UNIT_TYPE_WORDS = ("thành phố", "đặc khu", "phường", "tỉnh", "xã")
BLANK = "…………"  # a dotted gap to fill in by hand; one glyph per dot run keeps it compact


def nfc(text: str) -> str:
    """NFC so a name typed as decomposed 'Hoà' prints, searches and copies as one code point each."""
    return unicodedata.normalize("NFC", text)


def esc(text: str) -> str:
    """NFC and escaped for reportlab's paragraph markup (a partner called 'A & B' must not break it)."""
    return escape(nfc(text))


def format_number(value: int) -> str:
    """Vietnamese grouping: 1234567 -> '1.234.567'."""
    return f"{value:,}".replace(",", ".")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def place_name_of(unit_name: str) -> str:
    """'Xã Xuân Lũng' -> 'Xuân Lũng'; the place/date line names the place without its type word."""
    name = nfc(unit_name).strip()
    lowered = name.lower()
    for word in _UNIT_TYPE_WORDS:
        if lowered.startswith(word + " "):
            return name[len(word) + 1 :].strip()
    return name


@dataclass(frozen=True)
class Letterhead:
    """Who issues a document: drives the left column of the header and the place/date line."""

    province_name: str  # "Tỉnh Phú Thọ"; "" when no line above the issuing body is wanted
    unit_name: str  # "Xã Xuân Lũng"
    place_name: str  # "Xuân Lũng"; "" derives it from unit_name
    issuing_body: str | None = None  # overrides "UBND " + unit name, e.g. for a department

    @classmethod
    def for_unit(cls, unit_name: str, *, province_name: str = "") -> Letterhead:
        return cls(province_name=province_name, unit_name=unit_name, place_name=place_name_of(unit_name))

    @property
    def issuing_body_line(self) -> str:
        return nfc(self.issuing_body or f"UBND {self.unit_name}").upper()

    @property
    def parent_line(self) -> str:
        """The province above a commune; nothing when the unit is the province itself (a hub)."""
        parent = nfc(self.province_name).strip()
        if not parent or parent.lower() == nfc(self.unit_name).strip().lower():
            return ""
        return parent.upper()

    @property
    def place(self) -> str:
        return nfc(self.place_name).strip() or place_name_of(self.unit_name)


def date_line(place: str, day: date | None) -> str:
    """'Xuân Lũng, ngày 28 tháng 11 năm 2026'; dotted gaps when the day is not known yet.

    Decree 30 writes days below 10 and the months January and February with a leading zero.
    """
    if day is None:
        gap = "……"  # shorter than BLANK so the line still fits the header column
        return f"{nfc(place)}, ngày {gap} tháng {gap} năm {gap}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{nfc(place)}, ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_justified: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    header_plain: ParagraphStyle
    header_bold: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    date_line: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_center: ParagraphStyle
    signature_title: ParagraphStyle
    signature_note: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """Paragraph styles; black only, because these sheets get photocopied many times."""
    register_fonts()
    serif, bold, italic = face(SERIF), face(SERIF, bold=True), face(SERIF, italic=True)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": serif, "fontSize": 12, "leading": 16, "textColor": colors.black}
        return ParagraphStyle(name, **(base | kw))

    return Styles(
        body=style("body", spaceAfter=3),
        body_justified=style("body_justified", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=3),
        small=style("small", fontSize=10, leading=13),
        title=style("title", fontName=bold, fontSize=14, leading=19, alignment=TA_CENTER, spaceBefore=14),
        subtitle=style("subtitle", fontName=italic, alignment=TA_CENTER, spaceAfter=10),
        header_plain=style("header_plain", alignment=TA_CENTER, leading=15),
        header_bold=style("header_bold", fontName=bold, alignment=TA_CENTER, leading=15),
        national=style("national", fontName=bold, alignment=TA_CENTER, leading=15),
        motto=style("motto", fontName=bold, fontSize=13, alignment=TA_CENTER, leading=16),
        date_line=style("date_line", fontName=italic, alignment=TA_CENTER, spaceBefore=6),
        table_head=style("table_head", fontName=bold, fontSize=11, leading=13, alignment=TA_CENTER),
        table_cell=style("table_cell", fontSize=11, leading=13, alignment=TA_LEFT),
        table_cell_center=style("table_cell_center", fontSize=11, leading=13, alignment=TA_CENTER),
        signature_title=style("signature_title", fontName=bold, alignment=TA_CENTER, leading=15),
        signature_note=style("signature_note", fontName=italic, alignment=TA_CENTER, leading=15),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, NFC)."""
    return Paragraph(esc(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup such as '<b>Ngày:</b> ' + esc(value); callers escape values."""
    return Paragraph(nfc(markup), style)


def official_header(letterhead: Letterhead, *, day: date | None) -> list[Flowable]:
    """The two-column header of an administrative document, the place/date line under the motto."""
    s = styles()
    left: list[Flowable] = []
    if letterhead.parent_line:
        left.append(para(letterhead.parent_line, s.header_plain))
    body_width = stringWidth(letterhead.issuing_body_line, face(SERIF, bold=True), s.header_bold.fontSize)
    # Decree 30: a rule under the issuing body a third to a half as long as its line.
    left += [para(letterhead.issuing_body_line, s.header_bold), _rule(0.45 * min(body_width, _HEADER_LEFT_WIDTH))]
    motto_width = stringWidth(NATIONAL_MOTTO, face(SERIF, bold=True), s.motto.fontSize)
    right: list[Flowable] = [
        para(NATIONAL_TITLE, s.national),
        para(NATIONAL_MOTTO, s.motto),
        _rule(motto_width),
        para(date_line(letterhead.place, day), s.date_line),
    ]
    table = Table([[left, right]], colWidths=[_HEADER_LEFT_WIDTH, TEXT_WIDTH - _HEADER_LEFT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules under the lines
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.7, color=colors.black, spaceBefore=3, spaceAfter=2, hAlign="CENTER")


def grid_style(*extra: tuple[Any, ...]) -> TableStyle:
    """Thin black grid, cells centred vertically; used for every table a person fills or signs."""
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    return TableStyle(commands + list(extra))


def field(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """'<b>Địa điểm:</b> value', or the label followed by dots to the end of the line to fill by hand."""
    text = nfc(value).strip()
    if text:
        return rich(f"<b>{esc(label)}:</b> {esc(text)}", style)
    used = stringWidth(nfc(label) + ": ", face(SERIF, bold=True), style.fontSize)
    dots = int((TEXT_WIDTH - used) / stringWidth(".", style.fontName, style.fontSize)) - 2
    return rich(f"<b>{esc(label)}:</b> " + "." * max(dots, 3), style)


def signature_blocks(titles: Sequence[str], *, note: str = "(Ký, ghi rõ họ tên)") -> Table:
    """Side-by-side signature blocks with room to sign under each title."""
    s = styles()
    cells = [[para(t, s.signature_title), para(note, s.signature_note)] for t in titles]
    width = TEXT_WIDTH / len(titles)
    table = Table([cells, [""] * len(titles)], colWidths=[width] * len(titles), rowHeights=[None, 28 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say 'Trang 2/3'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        register_fonts()
        self.saveState()
        self.setFillColor(colors.black)
        self.setStrokeColor(colors.black)
        self.setLineWidth(0.4)
        y = MARGIN_BOTTOM - 8 * mm
        self.line(MARGIN_LEFT, y + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, y + 4 * mm)
        self.setFont(face(SANS), 9)
        self.drawString(MARGIN_LEFT, y, nfc(PRODUCT_NAME))
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, nfc(f"Trang {number}/{total}"))
        self.restoreState()


def write_pdf(path: Path, story: list[Flowable], *, title: str) -> None:
    """Lay out `story` on A4 and save it atomically: a failed write leaves no file at `path`."""
    register_fonts()
    # No frame padding: text and tables line up exactly with the decree's margins.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    with atomic_path(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            pageTemplates=[PageTemplate(id="a4", frames=[frame])],
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=nfc(title),
            author=nfc(PRODUCT_NAME),
            creator=nfc(PRODUCT_NAME),
            subject="",
        )
        doc.build(story, canvasmaker=_NumberedCanvas)
