"""Who issues a printed report and how it is signed: letterhead, number, signatory, recipients, narrative.

Plain data handed to the PDF and Excel writers beside the computed Report; the services fill it from the
office's settings and the document register (Decree 30/2020/NĐ-CP, Appendix I; see reports/pdf/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.reports.pdf.document import DocumentNumber, Letterhead, nfc

REPORT_KIND = "BC"  # "Báo cáo" in Decree 30's Appendix III list of document-type abbreviations


@dataclass(frozen=True)
class Signatory:
    """The signature block: authority lines then, after room to sign and stamp, the signer's full name.

    E.g. ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and "Nguyễn Văn An".
    """

    authority: tuple[str, ...]
    name: str = ""  # "" leaves the line blank for the signer to write

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(nfc(line).strip().upper() for line in self.authority if line.strip())


@dataclass(frozen=True)
class Recipients:
    """The "Nơi nhận:" list: one recipient a line, then "- Lưu: VT, …." as Decree 30 ends it."""

    names: tuple[str, ...]
    archive: str = "VT"

    @property
    def lines(self) -> tuple[str, ...]:
        names = [nfc(n).strip().rstrip(";.").strip() for n in self.names if n.strip()]
        archive = nfc(self.archive).strip().rstrip(".") or "VT"
        return tuple(f"- {n};" for n in names) + (f"- Lưu: {archive}.",)


# The sections a report to superiors carries, in order: (key, printed heading).
NARRATIVE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("situation", "Tình hình chung"),
    ("results", "Kết quả thực hiện"),
    ("shortcomings", "Tồn tại, hạn chế và nguyên nhân"),
    ("proposals", "Đề xuất, kiến nghị"),
)


@dataclass(frozen=True)
class Narrative:
    situation: str = ""
    results: str = ""
    shortcomings: str = ""
    proposals: str = ""

    def sections(self) -> tuple[tuple[str, str], ...]:
        """(heading, text) of every section, empty ones included so the numbering stays I–IV."""
        return tuple((heading, nfc(getattr(self, key)).strip()) for key, heading in NARRATIVE_SECTIONS)

    @property
    def is_empty(self) -> bool:
        return not any(text for _, text in self.sections())


@dataclass(frozen=True)
class Issue:
    """Everything around the figures that makes a report signable."""

    letterhead: Letterhead
    signatory: Signatory
    number: DocumentNumber | None = None  # None: no number yet, the clerk writes it by hand
    recipients: Recipients | None = None
    narrative: Narrative = field(default_factory=Narrative)

    @classmethod
    def unsigned(cls, unit_name: str) -> Issue:
        """A People's Committee's letterhead with a blank signature: for callers with no settings at hand."""
        return cls(letterhead=Letterhead.for_unit(unit_name), signatory=Signatory(("TM. ỦY BAN NHÂN DÂN",)),
                   number=DocumentNumber(None, REPORT_KIND, "UBND"))


def parse_narrative(text: str) -> Narrative:
    """A narrative from TOML (situation = \"\"\"...\"\"\", results, shortcomings, proposals), for the CLI.

    Unknown keys or non-text values are refused rather than silently dropped.
    """
    import tomllib

    from desktop.domain.problems import DomainError

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainError("documents.bad_narrative", reason=str(error)) from None
    known = {key for key, _ in NARRATIVE_SECTIONS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise DomainError("documents.bad_narrative", reason=f"không có mục “{unknown[0]}”")
    if not all(isinstance(value, str) for value in data.values()):
        raise DomainError("documents.bad_narrative", reason="mỗi mục phải là một đoạn văn bản")
    return Narrative(**data)
