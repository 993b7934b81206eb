"""First run: create the encrypted register, the first administrator, device keys and the recovery key."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from desktop.db import migrate
from desktop.db.base import new_id
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine, session_factory
from desktop.db.errors import storage_errors
from desktop.db.keyring import RECOVERY_SLOT, KdfParams, Keyring, new_database_key, new_recovery_key
from desktop.db.models import AdminUnit, Office
from desktop.db.uow import UnitOfWork
from desktop.domain import admin_units
from desktop.domain.codes import OFFICE_ROLE_LABELS, OfficeRole
from desktop.domain.i18n import translate
from desktop.domain.national import NATIONAL_UNIT
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Role
from desktop.services import audit
from desktop.services.accounts.accounts import create_account, new_account_problems
from desktop.services.context import Actor, Changes, Clock, Outcome
from desktop.sync.identity import create_device_keys


@dataclass(frozen=True)
class SetupRequest:
    office_role: OfficeRole
    province_code: str
    commune_code: str | None  # None for a hub: it represents the province
    admin_username: str
    admin_display_name: str
    admin_password: str
    admin_confirm: str


@dataclass(frozen=True)
class SetupResult:
    recovery_key: str
    device_id: str
    unit_name: str
    province_name: str
    office_role: OfficeRole
    admin: Actor


def _seed_units(uow: UnitOfWork) -> None:
    rows = [dict(code=u.code, admin_version=admin_units.ADMIN_VERSION, name=u.name, province_code=u.province_code,
                 kind=u.kind) for u in admin_units.provinces() + admin_units.all_communes()]
    uow.session.execute(insert(AdminUnit), rows)


def _remove_partial(data_dir: DataDir) -> None:
    for path in (data_dir.database, Path(f"{data_dir.database}-wal"), Path(f"{data_dir.database}-shm"), data_dir.keyring):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def initialise(data_dir: DataDir, request: SetupRequest, *, clock: Clock,
               kdf: KdfParams = KdfParams()) -> Outcome[SetupResult]:
    """Create everything or nothing: a failure part-way removes what was written."""
    if data_dir.is_initialised() or data_dir.database.exists():
        raise DomainError("store.already_initialised", path=str(data_dir.root))
    unit_code = request.commune_code if request.office_role is OfficeRole.COMMUNE else request.province_code
    if request.office_role is OfficeRole.NATIONAL:
        unit_code = NATIONAL_UNIT.code
    if not unit_code:
        raise DomainError("setup.unknown_unit", code="")
    unit = NATIONAL_UNIT if request.office_role is OfficeRole.NATIONAL else admin_units.unit(unit_code)
    username = request.admin_username.strip().lower()
    with storage_errors(str(data_dir.root)):
        data_dir.root.mkdir(parents=True, exist_ok=True)
    db_key = new_database_key()
    recovery_key = new_recovery_key()
    device_id = new_id()
    engine = None
    try:
        engine = open_engine(data_dir.database, db_key, must_exist=False)
        migrate.upgrade(engine)
        keyring = Keyring.empty(data_dir.keyring, kdf)
        with UnitOfWork(session_factory(engine)) as uow:
            fail_if(new_account_problems(uow.session, username=username, display_name=request.admin_display_name,
                                         password=request.admin_password, confirm=request.admin_confirm))
            _seed_units(uow)
            uow.session.add(Office(id=1, role=request.office_role.value, province_code=unit.province_code,
                                   unit_code=unit.code, admin_version=admin_units.ADMIN_VERSION,
                                   unit_name=unit.name, device_id=device_id, created_at=clock.now()))
            account = create_account(uow.session, keyring, db_key, username=username,
                                     display_name=request.admin_display_name, role=Role.ADMIN,
                                     password=request.admin_password)
            admin = Actor(account.id, account.username, Role.ADMIN)
            create_device_keys(uow.session, device_id=device_id, now=clock.now())
            keyring.wrap(RECOVERY_SLOT, recovery_key, db_key)
            audit.record(uow.session, admin, "setup", at=clock.now(), entity="office", entity_id=device_id,
                         detail={"role": request.office_role.value, "unit": unit.code})
            uow.commit()
        keyring.save()
    except BaseException:
        if engine is not None:
            engine.dispose()
        _remove_partial(data_dir)
        raise
    engine.dispose()
    province_name = unit.name if unit is NATIONAL_UNIT else admin_units.unit(unit.province_code).name
    return Outcome(SetupResult(recovery_key, device_id, unit.name, province_name, request.office_role, admin),
                   Changes.ALL)  # a whole new register


def write_recovery_sheet(path: Path, result: SetupResult, *, now: datetime) -> None:
    """The printable recovery sheet; the key is on paper only, never saved beside the register."""
    write_recovery_sheet_for(path, recovery_key=result.recovery_key, unit_name=result.unit_name,
                             province_name=result.province_name, office_role=result.office_role,
                             device_id=result.device_id, now=now)


def write_recovery_sheet_for(path: Path, *, recovery_key: str, unit_name: str, province_name: str,
                             office_role: OfficeRole, device_id: str, now: datetime) -> None:
    from desktop.reports.pdf.document import Letterhead
    from desktop.reports.pdf.recovery_sheet import write_recovery_sheet as write_sheet
    from desktop.domain.national import NATIONAL_PLACE
    from desktop.services.documents.letterhead import HUB_BODY, NATIONAL_BODY, NATIONAL_PARENT, NATIONAL_SYMBOL

    # Printed before any letterhead setting exists: the defaults of services.letterhead.
    letterhead = Letterhead.for_unit(unit_name)
    if office_role is OfficeRole.NATIONAL:
        letterhead = Letterhead(unit_name=unit_name, issuing_body=NATIONAL_BODY, parent_body=NATIONAL_PARENT,
                                place_name=NATIONAL_PLACE, symbol=NATIONAL_SYMBOL)
    elif office_role is OfficeRole.HUB:
        letterhead = Letterhead(unit_name=province_name, issuing_body=HUB_BODY.format(province=province_name.upper()),
                                parent_body=f"UBND {province_name.upper()}", symbol="SYT")
    write_sheet(path, letterhead=letterhead, recovery_key=recovery_key, created_at=now,
                office_role_label=translate("Codes", OFFICE_ROLE_LABELS[office_role]), device_id=device_id)
