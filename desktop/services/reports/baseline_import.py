"""Bringing in the year's baseline figures (the office's annual targets from the province's plan) from Excel."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AnnualTarget
from desktop.domain import target_import as rules
from desktop.domain.roles import Permission
from desktop.domain.sheet_import import TEMPLATE_LISTS, TEMPLATE_PICK
from desktop.domain.target_import import TargetDraft, YearTargets
from desktop.services import audit
from desktop.services.reports.annual_targets import AnnualTargetService
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.services.sheet_import import (
    ImportPreview, PickList, SheetArea, read_preview, remember_mapping, remembered_mapping, rows_to_apply,
    write_template,
)

MAPPING_KEY = "import.baseline.columns"


class BaselineImportService:
    def __init__(self, register: Register, targets: AnnualTargetService) -> None:
        # The annual-target service is given (bootstrap builds every service): its save and its rule are ours.
        self._register = register
        self._targets = targets

    def _year(self, session: Session, year: int) -> YearTargets | None:
        found = self._targets.set_of(session, year)
        if found is None:
            return None
        return YearTargets({i.code: i.is_share for i in found.indicators},
                           {t.code: t.name_vi for t in found.target_sets}, found.target_sets[0].code)

    def _area(self) -> SheetArea:
        cache: dict[int, YearTargets | None] = {}

        def catalogue(year: int) -> YearTargets | None:
            if year not in cache:
                with self._register.uow() as uow:
                    cache[year] = self._year(uow.session, year)
            return cache[year]

        return SheetArea(rules.LAYOUT, MAPPING_KEY, rules.row_parser(catalogue), rules.duplicate_key,
                         rules.left_blank)

    def write_template(self, actor: Actor, path: Path, *, year: int | None = None, language: str = "vi") -> Path:
        """The template: a row per indicator and target column of the year's set, the figure left to fill in."""
        require(actor, Permission.VIEW_COUNTS)
        year = year or self._register.clock.today().year
        with self._register.uow() as uow:
            found = self._targets.set_of(uow.session, year)
        indicators = found.indicators if found else ()
        columns = found.target_sets if found else ()
        rows = [(year, ind.code, ind.name_vi, column.name_vi, "") for ind in indicators for column in columns]
        return write_template(path, layout=rules.LAYOUT, sheet_title=rules.TEMPLATE_SHEET, lists_title=TEMPLATE_LISTS,
                              pick_error=TEMPLATE_PICK, rows=rows, language=language,
                              pick_lists=[PickList("indicator", [i.code for i in indicators]),
                                          PickList("target_set", [c.name_vi for c in columns])])

    def remembered_mapping(self, actor: Actor) -> dict[str, str]:
        require(actor, Permission.VIEW_COUNTS)
        return remembered_mapping(self._register, MAPPING_KEY)

    def preview(self, actor: Actor, path: Path, *, mapping: dict[int, str] | None = None) -> ImportPreview:
        """Every filled row checked like the "Chỉ tiêu năm" dialog checks it; figures already entered are duplicates."""
        require(actor, Permission.MANAGE_SETTINGS)
        return read_preview(self._register, self._area(), path, existing=self._existing_keys(), mapping=mapping)

    def _existing_keys(self) -> set[str]:
        t = AnnualTarget
        with self._register.uow() as uow:
            found = uow.session.execute(select(t.year, t.indicator_code, t.target_set).where(
                t.origin_unit == self._register.office.origin_unit, t.deleted_at.is_(None)))
            return {f"{year}|{indicator}|{column}" for year, indicator, column in found}

    def apply(self, actor: Actor, preview: ImportPreview, *, all_or_nothing: bool = False) -> Outcome[int]:
        """Every good row in one transaction (figures already entered and rows with problems left out), or none."""
        require(actor, Permission.MANAGE_SETTINGS)
        good = rows_to_apply(preview, rules.LAYOUT, all_or_nothing=all_or_nothing)
        now = self._register.clock.now()
        with self._register.uow() as uow:
            for row in good:
                draft: TargetDraft = row.draft
                assert draft.year is not None  # a good row has its year
                self._targets.save_checked(uow.session, actor, year=draft.year, indicator=draft.indicator,
                                           target_set=draft.target_set, text=draft.target, now=now,
                                           imported={"file": preview.file_name, "sha256": preview.sha256,
                                                     "line": row.line})
            audit.record(uow.session, actor, "import.baseline", at=now, entity="import",
                         detail={"file": preview.file_name, "sha256": preview.sha256, "added": len(good),
                                 "skipped": len(preview.rows) - len(good)})
            remember_mapping(uow.session, MAPPING_KEY, preview)
            uow.commit()
        return Outcome(len(good), Changes.SETTINGS)
