"""The indicator sets in force: the shipped ones and those an administrator loaded, each valid for a span of dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Setting
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError
from desktop.reports import indicators
from desktop.reports.indicators import DefinitionSet

SET_PREFIX = "indicators.set:"  # + programme code: the TOML text exactly as validated
SOURCE_PREFIX = "indicators.source:"  # + programme code: the file name it was loaded from
LEGACY_KEY = "indicators.definitions"  # the single set of registers made before sets had a validity
LEGACY_SOURCE_KEY = "indicators.source"


@dataclass(frozen=True)
class SetInForce:
    definitions: DefinitionSet
    built_in: bool  # shipped with the application
    replaced: bool = False  # a shipped set whose dates a loaded set covers (the loaded one wins there)

    @property
    def valid_from(self) -> date:
        return self.definitions.programme_period.start

    @property
    def valid_to(self) -> date:
        return self.definitions.programme_period.end


def _overlaps(a: DefinitionSet, b: DefinitionSet) -> bool:
    return a.programme_period.start <= b.programme_period.end and b.programme_period.start <= a.programme_period.end


class SetCache:
    """Parsed sets keyed by their stored text, so a report does not re-validate TOML every time."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], DefinitionSet] = {}
        self._bundled: tuple[DefinitionSet, ...] | None = None

    def bundled(self) -> tuple[DefinitionSet, ...]:
        if self._bundled is None:
            self._bundled = indicators.load_bundled()
        return self._bundled

    def parse(self, text: str, source: str) -> DefinitionSet:
        key = (text, source)
        if key not in self._parsed:
            self._parsed[key] = indicators.parse(text, source=source)
        return self._parsed[key]

    def loaded(self, session: Session) -> list[DefinitionSet]:
        rows = {row.key: row.value for row in session.execute(
            select(Setting).where(Setting.key.like("indicators.%"))).scalars()}
        found = [self.parse(text, rows.get(SOURCE_PREFIX + key[len(SET_PREFIX):], key))
                 for key, text in sorted(rows.items()) if key.startswith(SET_PREFIX)]
        if LEGACY_KEY in rows:
            legacy = self.parse(rows[LEGACY_KEY], rows.get(LEGACY_SOURCE_KEY, LEGACY_KEY))
            if all(d.programme.code != legacy.programme.code for d in found):
                found.append(legacy)
        return found

    def in_force(self, session: Session) -> list[SetInForce]:
        """Loaded sets first; a shipped set with the code of a loaded one is replaced by it; a shipped set
        whose dates a loaded set overlaps stays listed but yields to it for those dates."""
        loaded = self.loaded(session)
        codes = {d.programme.code for d in loaded}
        result = [SetInForce(d, built_in=False) for d in loaded]
        for shipped in self.bundled():
            if shipped.programme.code in codes:
                continue
            result.append(SetInForce(shipped, built_in=True, replaced=any(_overlaps(shipped, d) for d in loaded)))
        return sorted(result, key=lambda s: (s.valid_from, s.built_in))

    def for_period(self, session: Session, period: Period) -> DefinitionSet | None:
        """The set whose validity holds the whole period: a loaded one before a shipped one; None if none does."""
        for entry in sorted(self.in_force(session), key=lambda s: s.built_in):
            span = entry.definitions.programme_period
            if span.start <= period.start and period.end <= span.end:
                return entry.definitions
        return None

    def check_new(self, session: Session, new: DefinitionSet) -> None:
        """A loaded set may replace one with its programme code, never overlap another loaded set."""
        for other in self.loaded(session):
            if other.programme.code != new.programme.code and _overlaps(new, other):
                raise DomainError("indicators.overlap", file=new.source, other=other.source,
                                  start=f"{other.programme_period.start:%d/%m/%Y}",
                                  end=f"{other.programme_period.end:%d/%m/%Y}")

    @staticmethod
    def store(session: Session, new: DefinitionSet) -> None:
        code = new.programme.code
        session.merge(Setting(key=SET_PREFIX + code, value=new.text))
        session.merge(Setting(key=SOURCE_PREFIX + code, value=new.source))
        # The pre-validity single set becomes an ordinary loaded set the first time another is loaded.
        legacy = session.get(Setting, LEGACY_KEY)
        if legacy is not None:
            source = session.get(Setting, LEGACY_SOURCE_KEY)
            old = indicators.parse(legacy.value, source=source.value if source else LEGACY_KEY)
            if old.programme.code != code:
                session.merge(Setting(key=SET_PREFIX + old.programme.code, value=legacy.value))
                session.merge(Setting(key=SOURCE_PREFIX + old.programme.code, value=old.source))
            session.delete(legacy)
            if source is not None:
                session.delete(source)
