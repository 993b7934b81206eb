"""Account roles and what each may do; services check these, the GUI only mirrors them."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    VIEWER = "viewer"


class Permission(StrEnum):
    VIEW_COUNTS = "view_counts"
    VIEW_RECORDS = "view_records"
    VIEW_CLIENTS = "view_clients"
    EDIT_RECORDS = "edit_records"
    EDIT_CLIENTS = "edit_clients"
    PRINT = "print"
    EXPORT = "export"
    SYNC = "sync"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP = "backup"
    VIEW_AUDIT = "view_audit"
    # Tip-offs point at places and businesses before anything is verified: officers and administrators only.
    VIEW_TIP_OFFS = "view_tip_offs"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.OFFICER: _ALL - {Permission.MANAGE_ACCOUNTS, Permission.MANAGE_SETTINGS, Permission.VIEW_AUDIT},
    # A viewer reads lists of sessions and businesses and the aggregate counts, never client rows.
    Role.VIEWER: frozenset({Permission.VIEW_COUNTS, Permission.VIEW_RECORDS, Permission.PRINT}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Codes", "Quản trị viên"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Codes", "Cán bộ"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Codes", "Chỉ xem"),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
