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
from desktop.reports.pdf.fonts import SERIF, face, register_fonts

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
    """Who issues a document (Decree 30/2020, Appendix I, II.2): the left column of the header.

    A People's Committee prints its full name and no parent line ("ỦY BAN NHÂN DÂN" / "XÃ XUÂN LŨNG");
    a specialised agency prints its parent above it ("UBND TỈNH PHÚ THỌ" / "SỞ Y TẾ TỈNH PHÚ THỌ").
    """

    unit_name: str  # "Xã Xuân Lũng": the administrative unit, for the place line and sentences
    issuing_body: str = ""  # full name, one printed line per "\n"; "" = the unit's People's Committee
    parent_body: str = ""  # "UBND TỈNH PHÚ THỌ"; "" for a People's Committee (it has no parent line)
    place_name: str = ""  # "Xuân Lũng"; "" derives it from unit_name
    symbol: str = "UBND"  # the body's abbreviation after the document type: "BC-UBND", "BC-SYT"

    @classmethod
    def for_unit(cls, unit_name: str) -> Letterhead:
        """A commune's or province's People's Committee, named in full."""
        return cls(unit_name=unit_name, place_name=place_name_of(unit_name))

    @property
    def issuing_lines(self) -> tuple[str, ...]:
        text = nfc(self.issuing_body).strip() or people_committee_of(self.unit_name)
        return tuple(line.strip().upper() for line in text.splitlines() if line.strip())

    @property
    def issuing_body_line(self) -> str:
        return " ".join(self.issuing_lines)

    @property
    def parent_lines(self) -> tuple[str, ...]:
        return tuple(line.strip().upper() for line in nfc(self.parent_body).splitlines() if line.strip())

    @property
    def parent_line(self) -> str:
        return " ".join(self.parent_lines)

    @property
    def sentence_name(self) -> str:
        """The body named mid-sentence: "UBND xã Xuân Lũng" for a People's Committee, else its printed name."""
        if self.issuing_lines == tuple(people_committee_of(self.unit_name).split("\n")):
            name = nfc(self.unit_name).strip()
            return f"UBND {name[:1].lower()}{name[1:]}"
        return self.issuing_body_line

    @property
    def place(self) -> str:
        return nfc(self.place_name).strip() or place_name_of(self.unit_name)


def people_committee_of(unit_name: str) -> str:
    """'Xã Xuân Lũng' -> 'ỦY BAN NHÂN DÂN\nXÃ XUÂN LŨNG': the full name Decree 30 wants, on two lines."""
    return f"ỦY BAN NHÂN DÂN\n{nfc(unit_name).strip().upper()}"


@dataclass(frozen=True)
class DocumentNumber:
    """The 'Số: 12/BC-UBND' line: number registered at the office, document type, issuing body's symbol.

    `number` None leaves the gap the clerk fills by hand (a form printed before it is registered).
    """

    number: int | None
    kind: str  # abbreviation of the document type (Decree 30, Appendix III): "BC" báo cáo, "BB" biên bản
    symbol: str  # the issuing body's abbreviation: "UBND", "SYT"

    @property
    def line(self) -> str:
        # Appendix I, II.3: numbers below 10 take a leading zero ("Số: 05/BC-UBND").
        shown = f"{self.number:02d}" if self.number is not None else "\u00a0" * 6
        return f"Số: {shown}/{self.kind}-{self.symbol}"


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
    """Paragraph styles; black only, because these sheets get photocopied many times.

    Sizes follow Decree 30/2020, Appendix I: body 13–14 pt (13 here), national title 12–13, motto 13–14,
    issuing body 12–13, number and place/date 13–14, document type 14, signature lines 13–14.
    """
    register_fonts()
    serif, bold, italic = face(SERIF), face(SERIF, bold=True), face(SERIF, italic=True)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": serif, "fontSize": 13, "leading": 17, "textColor": colors.black}
        return ParagraphStyle(name, **(base | kw))

    return Styles(
        body=style("body", spaceAfter=3),
        body_justified=style("body_justified", alignment=TA_JUSTIFY, spaceAfter=4, firstLineIndent=0),
        small=style("small", fontSize=11, leading=14),
        title=style("title", fontName=bold, fontSize=14, leading=19, alignment=TA_CENTER, spaceBefore=14),
        subtitle=style("subtitle", fontName=italic, alignment=TA_CENTER, spaceAfter=10),
        header_plain=style("header_plain", fontSize=12.5, alignment=TA_CENTER, leading=15),
        header_bold=style("header_bold", fontName=bold, fontSize=12.5, alignment=TA_CENTER, leading=15),
        national=style("national", fontName=bold, fontSize=12, alignment=TA_CENTER, leading=15),
        motto=style("motto", fontName=bold, fontSize=13, alignment=TA_CENTER, leading=16),
        date_line=style("date_line", fontName=italic, alignment=TA_CENTER),
        table_head=style("table_head", fontName=bold, fontSize=11, leading=13, alignment=TA_CENTER),
        table_cell=style("table_cell", fontSize=11, leading=13, alignment=TA_LEFT),
        table_cell_center=style("table_cell_center", fontSize=11, leading=13, alignment=TA_CENTER),
        signature_title=style("signature_title", fontName=bold, alignment=TA_CENTER, leading=16),
        signature_note=style("signature_note", fontName=italic, alignment=TA_CENTER, leading=16),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, NFC)."""
    return Paragraph(esc(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup such as '<b>Ngày:</b> ' + esc(value); callers escape values."""
    return Paragraph(nfc(markup), style)


def official_header(letterhead: Letterhead, *, day: date | None,
                    number: DocumentNumber | None = None) -> list[Flowable]:
    """The header of an administrative document (Decree 30/2020, Appendix I, IV): issuing body top left
    with a short rule under it and the "Số:" line below; national title and motto top right, the place and
    date under the motto, level with the "Số:" line. `number` None prints no "Số:" line (a form)."""
    s = styles()
    left: list[Flowable] = [para(line, s.header_plain) for line in letterhead.parent_lines]
    left += [para(line, s.header_bold) for line in letterhead.issuing_lines]
    body_width = max(stringWidth(line, face(SERIF, bold=True), s.header_bold.fontSize)
                     for line in letterhead.issuing_lines)
    # Appendix I, II.2: a rule under the issuing body a third to a half as long as its line.
    left.append(_rule(0.4 * min(body_width, _HEADER_LEFT_WIDTH)))
    motto_width = stringWidth(NATIONAL_MOTTO, face(SERIF, bold=True), s.motto.fontSize)
    right: list[Flowable] = [para(NATIONAL_TITLE, s.national), para(NATIONAL_MOTTO, s.motto), _rule(motto_width)]
    number_cell: list[Flowable] = [para(number.line, s.header_plain)] if number is not None else []
    table = Table([[left, right], [number_cell, [para(date_line(letterhead.place, day), s.date_line)]]],
                  colWidths=[_HEADER_LEFT_WIDTH, TEXT_WIDTH - _HEADER_LEFT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules under the lines
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
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
    """Page numbers as Decree 30 wants them (Appendix I, I.7): Arabic numerals, 13 pt, upright, centred in
    the top margin, none on the first page. Nothing else goes in headers or footers — no app name."""

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        number = self.getPageNumber()
        if number > 1:
            register_fonts()
            self.saveState()
            self.setFillColor(colors.black)
            self.setFont(face(SERIF), 13)
            self.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 2 * mm, str(number))
            self.restoreState()
        super().showPage()


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
            author="",
            creator="",  # the app's name stays off the document, even in its properties
            subject="",
        )
        doc.build(story, canvasmaker=_NumberedCanvas)
