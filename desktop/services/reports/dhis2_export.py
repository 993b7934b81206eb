"""The hub's DHIS2 export: a period's indicator values per commune, through the administrator's mapping file,
as a dataValueSets JSON file or an ADX XML message, suppressed as the hub's reports are, written whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.db.files import write_atomically
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, Problem, ValidationFailed
from desktop.domain.roles import Permission
from desktop.reports.dhis2_mapping import FILE_NAME, Dhis2Mapping, parse_mapping
from desktop.reports.dhis2_values import dhis2_values
from desktop.reports.dhis2_write import adx_xml, datavalueset_json
from desktop.reports.model import Report
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.services.reports.reports import ReportService

FORMATS = ("json", "adx")


@dataclass(frozen=True)
class Dhis2Export:
    path: Path
    period: str  # DHIS2's ISO period
    values: int
    communes: int
    withheld: int  # small counts (and their cover) not sent


class Dhis2ExportService:
    def __init__(self, register: Register, reports: ReportService) -> None:
        self._register = register
        self._reports = reports  # the composition root's (desktop/bootstrap.py): the same figures as the reports page

    def mapping_path(self) -> Path:
        """The hub's own mapping, in its data folder (an administrator edits it, or installs one)."""
        return self._register.data_dir.root / FILE_NAME

    def read_mapping(self, actor: Actor, path: Path | None = None) -> Dhis2Mapping:
        """The mapping in `path` (default: the hub's own copy), every wrong entry named."""
        require(actor, Permission.VIEW_COUNTS)
        source = path or self.mapping_path()
        try:
            text = source.read_text("utf-8")
        except FileNotFoundError:
            raise DomainError("dhis2.mapping_missing", path=str(source)) from None
        except (OSError, UnicodeDecodeError) as error:
            raise DomainError("dhis2.mapping_unreadable", path=str(source), detail=str(error)) from None
        return parse_mapping(text, source=source.name)

    def install_mapping(self, actor: Actor, source: Path) -> Outcome[Path]:
        """Check `source` and make it the hub's own mapping (written whole; audited)."""
        require(actor, Permission.MANAGE_SETTINGS)
        self.read_mapping(actor, source)
        target = self.mapping_path()
        write_atomically(target, source.read_bytes())
        with self._register.uow() as uow:
            audit.record(uow.session, actor, "dhis2_mapping", at=self._register.clock.now(), entity="settings",
                         detail={"file": source.name})
            uow.commit()
        return Outcome(target, Changes.SETTINGS)

    def export(self, actor: Actor, period: Period, *, fmt: str, path: Path,
               mapping: Path | None = None) -> Outcome[Dhis2Export]:
        """Write `period`'s values for the hub's communes to `path` as `fmt` ("json" or "adx")."""
        require(actor, Permission.EXPORT)
        if not self._register.office.is_hub:
            raise DomainError("dhis2.hub_only")
        if fmt not in FORMATS:
            raise DomainError("dhis2.unknown_format", value=fmt)
        chosen = self.read_mapping(actor, mapping)
        if fmt == "adx" and not chosen.data_set:
            raise ValidationFailed([Problem("dhis2.adx_needs_data_set", "data_set")])
        province = self._reports.compute(actor, period)
        communes: dict[str, Report] = {}
        if any(e.disaggregation for e in chosen.elements):
            # A breakdown per commune: each commune's own report, computed and suppressed as the hub does.
            reporting = province.coverage.reporting if province.coverage is not None else province.units
            communes = {u.plain_code: self._reports.compute(actor, period, units=[u.code]) for u in reporting}
        values = dhis2_values(chosen, province, communes)
        now = self._register.clock.now()
        data = datavalueset_json(values, chosen) if fmt == "json" else adx_xml(values, chosen, exported=now)
        write_atomically(path, data)
        result = Dhis2Export(path, values.period, len(values.values), len({v.org_unit for v in values.values}),
                             values.withheld)
        with self._register.uow() as uow:
            audit.record(uow.session, actor, "export", at=now, entity="report",
                         detail={"kind": "dhis2", "format": fmt, "period": period.code, "values": result.values,
                                 "files": [path.name]})
            uow.commit()
        return Outcome(result, Changes.NONE)
