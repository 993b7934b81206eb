"""Code lists shared by several areas: each code is stable data, each label a translatable Vietnamese text."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


SEX_LABELS = {
    Sex.MALE: QT_TRANSLATE_NOOP("Codes", "Nam"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Codes", "Nữ"),
    Sex.OTHER: QT_TRANSLATE_NOOP("Codes", "Khác"),
}


class OfficeRole(StrEnum):
    COMMUNE = "commune"
    HUB = "hub"
    # The national office (Cục Bảo trợ xã hội, Bộ Y tế): a hub whose offices are the province hubs.
    # It receives aggregate bundles only (sync/aggregate.py), never commune records.
    NATIONAL = "national"


OFFICE_ROLE_LABELS = {
    OfficeRole.COMMUNE: QT_TRANSLATE_NOOP("Codes", "Xã / phường (nhập liệu)"),
    OfficeRole.HUB: QT_TRANSLATE_NOOP("Codes", "Cơ quan tổng hợp (tỉnh, thành phố)"),
    OfficeRole.NATIONAL: QT_TRANSLATE_NOOP("Codes", "Cơ quan tổng hợp toàn quốc (Bộ Y tế)"),
}
