"""The national office and how national totals treat figures a province hid (small-number suppression).

Rules (written down in desktop/sync/format/AGGREGATE.md too):
- A province's figure arrives as its own report printed it: a number, or hidden ("<5" for 1-4,
  "x" hidden beside it so the "<5" cannot be worked out). A hidden figure carries no number.
- A national total of counts adds the provinces' visible figures. When any part is hidden the
  total is never exact: it is shown as "≥ N", N being the visible sum plus one for each hidden part
  (every hidden part is at least 1). That bound reveals nothing the parts did not show already.
- An exact total of 1-4 of a client indicator is itself shown as "<5".
- A share is recomputed from the provinces' numerators and denominators; if any part is hidden
  or lacks them the national share is not computed ("x"), since a bound on a share means nothing.
- Provinces that sent nothing for the period are "chưa báo cáo", never 0, and outside every sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.admin_units import Unit

# The national office's own unit: no official unit code exists for the country, "00" is none of the 34.
NATIONAL_UNIT = Unit(code="00", name="Cục Bảo trợ xã hội", province_code="00", kind="quốc gia")
NATIONAL_PLACE = "Hà Nội"
SMALL_LIMIT = 5
SMALL = "<5"
HIDDEN = "x"
AT_LEAST = "≥"


@dataclass(frozen=True)
class Part:
    """One province's figure of one indicator, as received."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    hidden: str = ""


@dataclass(frozen=True)
class Total:
    """A national total: `value` is exact, or a lower bound when `at_least`; `hidden` replaces it."""

    value: float | None
    hidden: str = ""
    at_least: bool = False
    hidden_parts: int = 0


def count_total(parts: Sequence[Part], *, sensitive: bool) -> Total:
    hidden = sum(1 for p in parts if p.hidden)
    visible = sum(p.value for p in parts if not p.hidden and p.value is not None)
    if not parts or all(p.value is None and not p.hidden for p in parts):
        return Total(None)
    if hidden:
        return Total(visible + hidden, at_least=True, hidden_parts=hidden)
    if sensitive and 0 < visible < SMALL_LIMIT:
        return Total(None, hidden=SMALL)
    return Total(visible)


def share_total(parts: Sequence[Part], *, sensitive: bool) -> Total:
    hidden = sum(1 for p in parts if p.hidden)
    if hidden or any(p.numerator is None or p.denominator is None for p in parts if p.value is not None):
        return Total(None, hidden=HIDDEN, hidden_parts=hidden)
    numerator = sum(p.numerator or 0 for p in parts if p.value is not None)
    denominator = sum(p.denominator or 0 for p in parts if p.value is not None)
    if not denominator:
        return Total(None)
    if sensitive and 0 < numerator < SMALL_LIMIT:
        return Total(None, hidden=SMALL)
    return Total(100 * numerator / denominator)
