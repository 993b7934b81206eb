"""Moving the register to another data folder chosen in Settings (takes effect at the next start)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.db import backup as backups
from desktop.db import datadir
from desktop.db.datadir import DataDir
from desktop.db.errors import storage_errors
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, require
from desktop.services.register import Register


def move_register(register: Register, actor: Actor, target: Path) -> DataDir:
    """Copy the register (through the backup API, so it is consistent), keyring and config to `target`.

    The old folder is left untouched; the app opens the new one from the next start.
    """
    require(actor, Permission.MANAGE_SETTINGS)
    new = DataDir(target)
    if new.database.exists() or new.keyring.exists():
        raise DomainError("store.already_initialised", path=str(target))
    with storage_errors(str(target)):
        target.mkdir(parents=True, exist_ok=True)
        probe = target / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    copy = backups.backup(register.data_dir.database, register.key, target, reason="move", now=register.clock.now(),
                         describe=False)
    with storage_errors(str(target)):
        copy.replace(new.database)
        shutil.copyfile(register.data_dir.keyring, new.keyring)
        if register.data_dir.config.exists():
            shutil.copyfile(register.data_dir.config, new.config)
    datadir.remember(target)
    with register.uow() as uow:
        audit.record(uow.session, actor, "settings.data_dir", at=register.clock.now(), detail={"to": str(target)})
        uow.commit()
    return new
