"""An office's own target figures per year (the province's annual plan), entered without editing a file."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AnnualTarget
from desktop.domain import periods
from desktop.domain.periods import Period, PeriodKind
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.domain.targets import parse_target, target_problems
from desktop.reports.indicators import DefinitionSet, Target
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import edit_record, new_record, saved
from desktop.services.register import Register
from desktop.services.reports.report_sets import SetCache


@dataclass(frozen=True)
class TargetRow:
    """One indicator x one target column of the year's set: the file's target and this office's own figure."""

    indicator: str
    name: str
    unit: str
    target_set: str
    target_set_name: str
    in_file: str  # "≥ 100" or ""
    entered: str  # ">= 3500" or "" (none entered)


def _live(session: Session, origin_unit: str, year: int) -> list[AnnualTarget]:
    return list(session.execute(select(AnnualTarget).where(
        AnnualTarget.origin_unit == origin_unit, AnnualTarget.year == year,
        AnnualTarget.deleted_at.is_(None))).scalars())


def _target(set_code: str, text: str, *, share: bool) -> Target:
    comparison, value = parse_target(text)
    # A count such as "ít nhất 3.500 người" is a year's figure: a quarter is not judged against it.
    return Target(set_code, comparison, value, None if share else PeriodKind.YEAR)


def with_annual_targets(session: Session, definitions: DefinitionSet, *, period: Period,
                        origin_unit: str) -> DefinitionSet:
    """The set with this office's entered targets for the period's year in place of the file's.

    Only the office's own rows count: at a hub that is the hub's (the province's plan wins for the
    province report); a commune's report uses the commune's. A period across two years uses none.
    """
    if period.start.year != period.end.year:
        return definitions
    rows = {(r.indicator_code, r.target_set): r.target for r in _live(session, origin_unit, period.start.year)}
    if not rows:
        return definitions
    changed = []
    for ind in definitions.indicators:
        mine = {t: text for (code, t), text in rows.items() if code == ind.code}
        if not mine:
            changed.append(ind)
            continue
        kept = [t for t in ind.targets if t.set_code not in mine]
        added = [_target(t, text, share=ind.is_share) for t, text in mine.items()]
        order = [s.code for s in definitions.target_sets]
        targets = tuple(sorted(kept + added, key=lambda t: order.index(t.set_code) if t.set_code in order else 99))
        changed.append(dataclasses.replace(ind, targets=targets))
    return dataclasses.replace(definitions, indicators=tuple(changed))


class AnnualTargetService:
    def __init__(self, register: Register, sets: SetCache | None = None) -> None:
        self._register = register
        self._sets = sets or SetCache()

    def _set_of(self, session: Session, year: int) -> DefinitionSet:
        found = self._sets.for_period(session, periods.year(year))
        if found is None:
            raise DomainError("reports.no_set", period=periods.year(year).label_vi())
        return found

    def rows(self, actor: Actor, year: int) -> list[TargetRow]:
        """Every indicator of the year's set under every target column, with what this office entered."""
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            found = self._set_of(uow.session, year)
            entered = {(r.indicator_code, r.target_set): r.target
                       for r in _live(uow.session, self._register.office.origin_unit, year)}
        result = []
        for ind in found.indicators:
            for column in found.target_sets:
                in_file = next((t.text for t in ind.targets if t.set_code == column.code), "")
                result.append(TargetRow(ind.code, ind.name_vi, ind.unit, column.code, column.name_vi, in_file,
                                        entered.get((ind.code, column.code), "")))
        return result

    def set_target(self, actor: Actor, *, year: int, indicator: str, target_set: str,
                   target: str | None) -> Outcome[None]:
        """Enter (or clear with None / "") this office's figure for one indicator and year; a synced record."""
        return self.set_targets(actor, year=year, entries=[(indicator, target_set, target)])

    def set_targets(self, actor: Actor, *, year: int,
                    entries: list[tuple[str, str, str | None]]) -> Outcome[None]:
        """Several (indicator, target column, target) at once: all checked first, then saved in one transaction."""
        require(actor, Permission.MANAGE_SETTINGS)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            found = self._set_of(uow.session, year)
            cleaned = [(indicator, column, _checked(found, indicator, column, (target or "").strip(), year))
                       for indicator, column, target in entries]
            for indicator, column, text in cleaned:
                self._save(uow.session, actor, year=year, indicator=indicator, target_set=column, text=text, now=now)
            uow.commit()
        return Outcome(None, Changes.SETTINGS)

    def save_checked(self, session: Session, actor: Actor, *, year: int, indicator: str, target_set: str, text: str,
                     now: datetime, imported: dict[str, object]) -> None:
        """One figure already checked (an Excel import's good row), in the caller's transaction, audited as
        imported with the file's name, hash and line."""
        self._save(session, actor, year=year, indicator=indicator, target_set=target_set, text=text, now=now,
                   imported=imported)

    def set_of(self, session: Session, year: int) -> DefinitionSet | None:
        """The set of indicators reports of `year` use, or None."""
        return self._sets.for_period(session, periods.year(year))

    def _save(self, session: Session, actor: Actor, *, year: int, indicator: str, target_set: str, text: str,
              now: datetime, imported: dict[str, object] | None = None) -> None:
        office = self._register.office
        rows = list(session.execute(select(AnnualTarget).where(
            AnnualTarget.origin_unit == office.origin_unit, AnnualTarget.year == year,
            AnnualTarget.indicator_code == indicator, AnnualTarget.target_set == target_set)
            .order_by(AnnualTarget.deleted_at.is_not(None), AnnualTarget.updated_at.desc())).scalars())
        row = rows[0] if rows else None  # the live one, else the latest tombstone
        live = row is not None and row.deleted_at is None
        if not text:
            if not live or row is None:
                return
            row.tombstone(author=actor.account_id, at=now)
        elif row is None:
            row = new_record(session, AnnualTarget, actor=actor, office=office, now=now, year=year,
                             indicator_code=indicator, target_set=target_set, target=text)
        elif live and row.target == text:
            return
        else:
            row.deleted_at = None  # a target set again after it was cleared: the same row lives again
            row.target = text
            edit_record(row, actor=actor, now=now)
        saved(session, row, actor=actor, now=now, action="indicators.target.import" if imported else "indicators.target",
              entity="annual_target",
              detail={"year": year, "indicator": indicator, "set": target_set, "target": text} | (imported or {}))


def _checked(found: DefinitionSet, indicator: str, column: str, text: str, year: int) -> str:
    ind = next((i for i in found.indicators if i.code == indicator), None)
    if ind is None:
        raise DomainError("reports.unknown_indicator", name=indicator, period=str(year))
    if column not in {t.code for t in found.target_sets}:
        raise DomainError("reports.unknown_target_column", name=column)
    if text:
        # The same rule the hub applies to a synced target (sync/rules_registers.py).
        problems = target_problems(text, is_share=ind.is_share)
        if problems:
            raise DomainError(problems[0].code, **problems[0].params)
    return text
