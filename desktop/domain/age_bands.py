"""Age bands computed from birth year (DOMAIN §2); under 16 and 16-17 are minors and legally special."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class AgeBand:
    code: str
    low: int
    high: int | None  # inclusive; None = open-ended
    label: str

    def contains(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("lt16", 0, 15, QT_TRANSLATE_NOOP("Codes", "Dưới 16")),
    AgeBand("16_17", 16, 17, QT_TRANSLATE_NOOP("Codes", "16–17")),
    AgeBand("18_24", 18, 24, QT_TRANSLATE_NOOP("Codes", "18–24")),
    AgeBand("25_34", 25, 34, QT_TRANSLATE_NOOP("Codes", "25–34")),
    AgeBand("35_49", 35, 49, QT_TRANSLATE_NOOP("Codes", "35–49")),
    AgeBand("50p", 50, None, QT_TRANSLATE_NOOP("Codes", "50 trở lên")),
)
ADULT_AGE = 18


def age_in(year: int, birth_year: int) -> int:
    """Age reached during `year`: birth year is all we keep, so this is the age at year end."""
    return year - birth_year


def band_for(age: int) -> AgeBand:
    for band in AGE_BANDS:
        if band.contains(age):
            return band
    return AGE_BANDS[0]


def is_minor(age: int) -> bool:
    return age < ADULT_AGE


def band_of_birth_year(birth_year: int, year: int) -> AgeBand:
    """The band a person born in `birth_year` falls in during `year` (reports use the period's year)."""
    return band_for(age_in(year, birth_year))


def birth_years_of(band: AgeBand, year: int) -> tuple[int | None, int]:
    """Inclusive birth-year bounds of `band` in `year` (None = no lower bound), so SQL can filter.

    Lets the report engine and list filters ask `birth_year BETWEEN lo AND hi` instead of
    computing an age per row in Python.
    """
    earliest = None if band.high is None else year - band.high
    return earliest, year - band.low


def band_by_code(code: str) -> AgeBand | None:
    return next((b for b in AGE_BANDS if b.code == code), None)
