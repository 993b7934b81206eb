"""Moving this PC's data folder to another folder chosen in Settings (takes effect at the next start).

A commune PC (or a hub on one PC) moves its register: the encrypted database, its keyring and config.
A PC of a hub on a PostgreSQL server keeps no register of its own: it moves what is the PC's (the
server's address, the libpq password file, config), and the hub's data stays on the server.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from desktop.db import backup as backups
from desktop.db import datadir
from desktop.db.datadir import DataDir
from desktop.db.errors import storage_errors
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register


def move_register(register: Register, actor: Actor, target: Path) -> Outcome[DataDir]:
    """Copy the PC's data folder to `target`; the old folder is left untouched, the new one opens from the next start.

    On a server hub nothing is copied from the server: the next start connects to the same database.
    """
    require(actor, Permission.MANAGE_SETTINGS)
    old, new = register.data_dir, DataDir(target.expanduser().resolve())
    if new.root == old.root.resolve():
        raise DomainError("store.already_initialised", path=str(new.root))
    if new.database.exists() or new.keyring.exists() or new.server.exists():
        raise DomainError("store.already_initialised", path=str(new.root))
    with storage_errors(str(new.root)):
        new.root.mkdir(parents=True, exist_ok=True)
        probe = new.root / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    if register.on_server:
        _copy_server_settings(old, new)
    else:
        # Through the backup API, so the copy is consistent while the register stays open.
        copy = backups.backup(old.database, register.key, new.root, reason="move", now=register.clock.now(),
                              describe=False)
        with storage_errors(str(new.root)):
            copy.replace(new.database)
            shutil.copyfile(old.keyring, new.keyring)
    with storage_errors(str(new.root)):
        if old.config.exists():
            shutil.copyfile(old.config, new.config)
    datadir.remember(new.root)
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "settings.data_dir", at=register.clock.now(),
                     detail={"to": str(new.root), "store": "postgresql" if register.on_server else "sqlite"})
        uow.commit()
    return Outcome(new, Changes.SETTINGS)


def _copy_server_settings(old: DataDir, new: DataDir) -> None:
    """server.json as it is; server.pass created readable by this user only (libpq ignores it otherwise)."""
    with storage_errors(str(new.root)):
        shutil.copyfile(old.server, new.server)
        if old.server_passfile.exists():
            fd = os.open(new.server_passfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
            with os.fdopen(fd, "wb") as handle:
                handle.write(old.server_passfile.read_bytes())
            os.chmod(new.server_passfile, stat.S_IRUSR | stat.S_IWUSR)
