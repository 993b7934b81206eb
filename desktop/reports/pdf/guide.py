"""The user guide as a PDF, built from its Markdown chapters (a small subset: headings, lists, bold, code, images)."""

from __future__ import annotations

import re
from typing import Any
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, ListFlowable, ListItem, PageBreak, Paragraph, Spacer

from desktop.domain.guide import Chapter
from desktop.reports.pdf.document import TEXT_WIDTH, esc, nfc, write_pdf
from desktop.reports.pdf.fonts import SANS, face, register_fonts

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)\s*$")
_NUMBERED = re.compile(r"^\d+\.\s+")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("guide_body", fontName=face(SANS), fontSize=10.5, leading=14.5, spaceAfter=4,
                          textColor=colors.black)
    return {
        "body": body,
        "h1": ParagraphStyle("guide_h1", parent=body, fontName=face(SANS, bold=True), fontSize=17, leading=22,
                             spaceAfter=8),
        "h2": ParagraphStyle("guide_h2", parent=body, fontName=face(SANS, bold=True), fontSize=12.5, leading=17,
                             spaceBefore=8, spaceAfter=4),
        "cover": ParagraphStyle("guide_cover", parent=body, fontName=face(SANS, bold=True), fontSize=24, leading=30,
                                spaceBefore=60 * mm, spaceAfter=10),
        "toc": ParagraphStyle("guide_toc", parent=body, fontSize=12, leading=18),
    }


def _inline(text: str) -> str:
    """Escaped text with **bold** and `code` made into reportlab markup."""
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return re.sub(r"`(.+?)`", r"<b>\1</b>", out)


def chapter_story(chapter: Chapter, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    items: list[str] = []
    numbered = False
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            story.append(Paragraph(nfc(_inline(" ".join(paragraph))), styles["body"]))
            paragraph.clear()

    def flush_list() -> None:
        nonlocal numbered
        if items:
            # The reportlab stub leaves ListItem out of ListFlowable's items (reportlab's own docs use it).
            entries: list[Any] = [ListItem(Paragraph(nfc(_inline(i)), styles["body"])) for i in items]
            story.append(ListFlowable(entries,
                                      bulletType="1" if numbered else "bullet", start="1" if numbered else "•",
                                      leftIndent=14, bulletFontName=face(SANS), bulletFontSize=10))
            items.clear()
        numbered = False

    for raw in chapter.markdown.splitlines():
        line = raw.rstrip()
        image = _IMAGE.match(line)
        if line.startswith("# ") or line.startswith("## "):
            flush_paragraph()
            flush_list()
            story.append(Paragraph(nfc(_inline(line.lstrip("# "))), styles["h1" if line.startswith("# ") else "h2"]))
        elif image:
            flush_paragraph()
            flush_list()
            story.extend(_image(chapter.folder / image.group("src")))
        elif line.startswith("- ") or _NUMBERED.match(line):
            flush_paragraph()
            numbered = numbered or bool(_NUMBERED.match(line))
            items.append(_NUMBERED.sub("", line[2:] if line.startswith("- ") else line, count=1))
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()  # a list item continued on the next line
        elif not line:
            flush_paragraph()
            flush_list()
        else:
            flush_list()
            paragraph.append(line.strip())
    flush_paragraph()
    flush_list()
    return story


def _image(path: Path) -> list[Flowable]:
    """A screenshot as wide as the text; a missing one is left out (the script regenerates them)."""
    if not path.exists():
        return []
    picture = Image(str(path))
    scale = min(1.0, TEXT_WIDTH / picture.imageWidth)
    picture.drawWidth, picture.drawHeight = picture.imageWidth * scale, picture.imageHeight * scale
    return [Spacer(1, 2 * mm), picture, Spacer(1, 3 * mm)]


def write_guide(path: Path, chapters: list[Chapter], *, version: str) -> None:
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(nfc("Hòa Nhập – Hướng dẫn sử dụng"), styles["cover"]),
        Paragraph(nfc(f"Phiên bản {esc(version)}"), styles["body"]),
        Spacer(1, 12 * mm),
    ]
    story += [Paragraph(nfc(f"{n}. {esc(c.title)}"), styles["toc"]) for n, c in enumerate(chapters, start=1)]
    for chapter in chapters:
        story.append(PageBreak())
        story += chapter_story(chapter, styles)
    write_pdf(path, story, title="Hòa Nhập – Hướng dẫn sử dụng")
