"""A report dimension (how an indicator is broken down): its own module, read by the indicator file and the measures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class DimensionKind(StrEnum):
    COLUMN = "column"  # group by a column (or a column of a referred table)
    AGE_BAND = "age_band"  # group by the age band of a birth-year column at the period's end
    SPLIT = "split"  # one row per sum column (outreach counts male / female / other apart)


@dataclass(frozen=True)
class Dimension:
    code: str
    name_vi: str
    name_en: str
    codes: str  # a code list of desktop.reports.codes, for labels and row order; "" = raw codes
    labels: tuple[tuple[str, str], ...]  # labels given in the file, override the code list
    columns: Mapping[str, str]  # table -> column path
    default_column: str  # used on tables not in `columns` ("origin_unit" for communes)
    birth_year: Mapping[str, str]  # table -> birth-year column path
    split: Mapping[str, tuple[tuple[str, str], ...]]  # table -> ((code, sum column), ...)

    def kind_on(self, table: str) -> DimensionKind | None:
        if table in self.split:
            return DimensionKind.SPLIT
        if table in self.birth_year:
            return DimensionKind.AGE_BAND
        if table in self.columns or self.default_column:
            return DimensionKind.COLUMN
        return None

    def path_on(self, table: str) -> str:
        return self.birth_year.get(table) or self.columns.get(table) or self.default_column
