"""Official administrative units (from 1 July 2025) from the `vietnam-provinces` package.

Codes carry an admin-version tag because a new commune may reuse a predecessor's code
(DOMAIN §6): the pair (code, ADMIN_VERSION) identifies a unit, never its name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from vietnam_provinces import Province, Ward

from desktop.domain.problems import DomainError
from desktop.domain.text import fold

ADMIN_VERSION = "2025-07"


@dataclass(frozen=True)
class Unit:
    code: str  # "25" for a province, "08500" for a commune
    name: str
    province_code: str
    kind: str  # tỉnh, thành phố, xã, phường, đặc khu

    @property
    def is_province(self) -> bool:
        return len(self.code) == 2

    @property
    def tagged_code(self) -> str:
        """The code as it travels in records: '08500@2025-07'."""
        return f"{self.code}@{ADMIN_VERSION}"


def _province(p: Province) -> Unit:
    code = f"{int(p.code):02d}"
    return Unit(code, p.name, code, str(p.division_type.value))


def _commune(w: Ward) -> Unit:
    return Unit(f"{int(w.code):05d}", w.name, f"{int(w.province_code):02d}", str(w.division_type.value))


@functools.cache
def provinces() -> tuple[Unit, ...]:
    return tuple(sorted((_province(p) for p in Province.iter_all()), key=lambda u: fold(u.name)))


@functools.cache
def communes(province_code: str) -> tuple[Unit, ...]:
    wards = Ward.iter_by_province(int(province_code))  # type: ignore[arg-type]  # an int the library checks
    return tuple(sorted((_commune(w) for w in wards), key=lambda u: fold(u.name)))


@functools.cache
def all_communes() -> tuple[Unit, ...]:
    return tuple(_commune(w) for w in Ward.iter_all())


def unit(code: str) -> Unit:
    """A province (2 digits) or commune (5 digits) by code; DomainError if there is none."""
    try:
        if len(code) == 2:
            return _province(Province.from_code(int(code)))  # type: ignore[arg-type]  # unknown: LookupError
        if len(code) == 5:
            return _commune(Ward.from_code(int(code)))  # type: ignore[arg-type]  # unknown: LookupError
    except (ValueError, KeyError, LookupError):
        pass
    raise DomainError("setup.unknown_unit", code=code)


def search(units: tuple[Unit, ...], query: str) -> list[Unit]:
    """Units whose folded name contains every folded word of `query`; a code matches too."""
    words = fold(query).split()
    return [u for u in units if all(w in fold(u.name) or u.code.startswith(w) for w in words)]
