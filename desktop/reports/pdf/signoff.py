"""The foot of an administrative document: "Nơi nhận" at left, the signature block at right.

Decree 30/2020, Appendix I: "Nơi nhận:" bold italic 12 pt, the recipients 11 pt upright, each on its own
line starting with "-"; the authority ("TM.", "KT.", "Q.") and title in bold capitals 13–14 pt, the
signer's full name bold 13–14 pt under the room for signature and seal. The block is kept on one page
with the paragraphs before it, so a signature never stands alone on a page.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.reports.issue import Recipients, Signatory
from desktop.reports.pdf.document import TEXT_WIDTH, para, styles
from desktop.reports.pdf.fonts import SERIF, face

SIGNING_ROOM = 24 * mm  # room for the signature and the seal between the title and the name
_LEFT_SHARE = 0.45


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    base = styles().body
    return {
        "to": ParagraphStyle("to_title", parent=base, fontName=face(SERIF, bold=True, italic=True), fontSize=12,
                             leading=14),
        "to_line": ParagraphStyle("to_line", parent=base, fontSize=11, leading=13),
        "authority": ParagraphStyle("authority", parent=base, fontName=face(SERIF, bold=True), fontSize=13,
                                    leading=16, alignment=TA_CENTER),
        "name": ParagraphStyle("signer", parent=base, fontName=face(SERIF, bold=True), fontSize=14, leading=17,
                               alignment=TA_CENTER),
    }


def recipients_block(recipients: Recipients) -> list[Flowable]:
    s = _styles()
    return [para("Nơi nhận:", s["to"]), *(para(line, s["to_line"]) for line in recipients.lines)]


def signature_block(signatory: Signatory) -> list[Flowable]:
    s = _styles()
    name = signatory.name.strip()
    return [*(para(line, s["authority"]) for line in signatory.lines), Spacer(1, SIGNING_ROOM),
            para(name, s["name"]) if name else Spacer(1, s["name"].leading)]


def closing(last: Sequence[Flowable], *, signatory: Signatory, recipients: Recipients | None) -> KeepTogether:
    """The last paragraph(s), then recipients and signature side by side, all on one page."""
    left: list[Flowable] = recipients_block(recipients) if recipients is not None else []
    table = Table([[left, signature_block(signatory)]],
                  colWidths=[_LEFT_SHARE * TEXT_WIDTH, (1 - _LEFT_SHARE) * TEXT_WIDTH])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 10),  # "Nơi nhận" starts a line below the authority line
    ]))
    return KeepTogether([*last, Spacer(1, 4 * mm), table])
