"""The office's letterhead settings: issuing body, parent, symbol, signatory, recipients (Decree 30 layout).

Stored in the encrypted register's settings. They stay on this PC: each office prints its own documents;
what the hub needs to cite a commune's report (its number, date and narrative) travels in the document
register instead (services/documents.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db.models import Setting
from desktop.domain import admin_units
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
import unicodedata
from desktop.reports.issue import Recipients, Signatory
from desktop.reports.pdf.document import Letterhead, people_committee_of, place_name_of
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register

_PREFIX = "letterhead."
MAX_LINE = 120
MAX_LINES = 12
HUB_BODY = "SỞ Y TẾ {province}"  # the standing agency for social-evils prevention since 2025


@dataclass(frozen=True)
class LetterheadSettings:
    """What the officer sees and edits; multi-line fields hold one printed line each."""

    issuing_body: str  # "ỦY BAN NHÂN DÂN\nXÃ XUÂN LŨNG"
    parent_body: str  # "" for a People's Committee; "UBND TỈNH PHÚ THỌ" above a department
    symbol: str  # "UBND", "SYT": the body's abbreviation in "Số: 12/BC-UBND"
    authority: str  # "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    signer: str  # the signer's full name, "" to leave it blank
    recipients: str  # one recipient a line
    archive: str  # after "Lưu:", e.g. "VT, VHXH"

    @property
    def letterhead_fields(self) -> tuple[str, str, str]:
        return self.issuing_body, self.parent_body, self.symbol


_FIELDS = tuple(LetterheadSettings.__dataclass_fields__)


def defaults(register: Register) -> LetterheadSettings:
    """A commune's People's Committee signing for itself; at a hub the provincial Department of Health."""
    office = register.office
    province = admin_units.unit(office.province_code).name
    if office.is_hub:
        return LetterheadSettings(
            issuing_body=HUB_BODY.format(province=nfc(province).upper()),
            parent_body=f"UBND {nfc(province).upper()}", symbol="SYT",
            authority="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="",
            recipients=f"Bộ Y tế (để báo cáo)\nUBND {province[:1].lower()}{province[1:]} (để báo cáo)\n"
                       "Giám đốc, các Phó Giám đốc Sở",
            archive="VT")
    return LetterheadSettings(
        issuing_body=people_committee_of(office.unit_name), parent_body="", symbol="UBND",
        authority="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer="",
        recipients=f"Sở Y tế {province[:1].lower()}{province[1:]} (để báo cáo)\nChủ tịch, các Phó Chủ tịch UBND xã",
        archive="VT, VHXH")


def nfc(text: str) -> str:
    """NFC keeping line breaks (domain.text.nfc folds them into spaces): one printed line per line."""
    return unicodedata.normalize("NFC", text)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in nfc(text).replace("\r\n", "\n").split("\n") if line.strip()]


def _clean(settings: LetterheadSettings) -> LetterheadSettings:
    """Trimmed, NFC; refuses what cannot print: no issuing body, no authority, over-long lines."""
    values = {name: "\n".join(_lines(getattr(settings, name))) for name in _FIELDS}
    for name in ("issuing_body", "authority", "symbol"):
        if not values[name]:
            raise DomainError(f"letterhead.{name}_required")
    for text in values.values():
        lines = text.split("\n")
        if len(lines) > MAX_LINES or any(len(line) > MAX_LINE for line in lines):
            raise DomainError("letterhead.too_long", lines=MAX_LINES, max=MAX_LINE)
    if " " in values["symbol"] or "/" in values["symbol"]:
        raise DomainError("letterhead.bad_symbol", symbol=values["symbol"])
    return LetterheadSettings(**values)


def stored(register: Register) -> LetterheadSettings:
    """The settings in force: what an administrator saved, else the defaults for this office."""
    base = defaults(register)
    with register.uow() as uow:
        found = {name: row.value for name in _FIELDS if (row := uow.session.get(Setting, _PREFIX + name)) is not None}
    return LetterheadSettings(**{name: found.get(name, getattr(base, name)) for name in _FIELDS})


def letterhead_of(register: Register, settings: LetterheadSettings | None = None) -> Letterhead:
    office = register.office
    chosen = settings or stored(register)
    return Letterhead(unit_name=office.unit_name, issuing_body=chosen.issuing_body, parent_body=chosen.parent_body,
                      place_name=place_name_of(office.unit_name), symbol=chosen.symbol)


def signatory_of(settings: LetterheadSettings) -> Signatory:
    return Signatory(tuple(_lines(settings.authority)), settings.signer.strip())


def recipients_of(settings: LetterheadSettings) -> Recipients:
    return Recipients(tuple(_lines(settings.recipients)), settings.archive.strip() or "VT")


class LetterheadService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def get(self, actor: Actor) -> LetterheadSettings:
        require(actor, Permission.VIEW_COUNTS)
        return stored(self._register)

    def save(self, actor: Actor, settings: LetterheadSettings) -> Outcome[LetterheadSettings]:
        """Validate every field first; a refused field leaves all stored settings as they were."""
        require(actor, Permission.MANAGE_SETTINGS)
        clean = _clean(settings)
        with self._register.uow() as uow:
            for name in _FIELDS:
                uow.session.merge(Setting(key=_PREFIX + name, value=getattr(clean, name)))
            audit.record(uow.session, actor, "letterhead.save", at=self._register.clock.now(), entity="settings",
                         entity_id="letterhead", detail={"issuing_body": clean.issuing_body, "symbol": clean.symbol})
            uow.commit()
        return Outcome(clean, Changes.SETTINGS)

    def reset(self, actor: Actor) -> Outcome[LetterheadSettings]:
        """Back to this office's defaults."""
        return self.save(actor, defaults(self._register))
