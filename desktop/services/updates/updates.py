"""Installing a signed update from a USB stick: verify, back up, stage, switch, health-check, roll back.

An installation keeps each release in its own folder and a pointer to the active one:

    <app dir>/current.json        {"version", "kind", "previous", "backup", "schema_before"}
    <app dir>/versions/0.2.0/     the unpacked wheel (pip install) or PyInstaller folder

The installed program (the venv's `hoanhap`, or `HoaNhap.exe` from the installer) is only the
launcher: `relaunch_if_updated` hands the command line to the active version. Switching is one
atomic write of current.json, so a crash leaves either the old or the new release active.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from desktop import __version__
from desktop.db import backup as backups
from desktop.db import migrate, server_backup
from desktop.db.errors import storage_errors
from desktop.db.files import write_atomically
from desktop.db.server import load_settings
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register
from desktop.services.updates.release_key import release_keys
from desktop.services.updates.update_package import UpdatePackage, parse_version, read_package
from desktop.sync.minisign import PublicKey

APP_DIR_VAR = "HOANHAP_APP_DIR"
LAUNCHED_VAR = "HOANHAP_LAUNCHED"
HEALTH_TIMEOUT_SECONDS = 300
FROZEN_NAME = "HoaNhap.exe" if sys.platform == "win32" else "HoaNhap"


@dataclass(frozen=True)
class Installation:
    root: Path

    @property
    def pointer(self) -> Path:
        return self.root / "current.json"

    @property
    def versions(self) -> Path:
        return self.root / "versions"

    def state(self) -> dict[str, Any]:
        try:
            data = json.loads(self.pointer.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def active_version(self, running: str = __version__) -> str:
        """The release that runs: the one switched to if its folder is there, else the launcher's own."""
        state = self.state()
        version = str(state.get("version", ""))
        return version if version and (self.versions / version).is_dir() else running

    def folder(self, version: str) -> Path:
        return self.versions / version


def default_installation() -> Installation:
    chosen = os.environ.get(APP_DIR_VAR)
    return Installation(Path(chosen) if chosen else Path(platformdirs.user_data_dir("HoaNhap", appauthor=False)) / "app")


@dataclass(frozen=True)
class UpdateResult:
    version: str
    previous: str
    backup: Path
    report: str  # what the new release's health check printed


# Runs the new release in its own process; raises DomainError with what went wrong.
HealthCheck = Callable[[Installation, str, str, Register], str]


def release_command(installation: Installation, version: str, kind: str, argv: Sequence[str]) -> list[str]:
    """How to start an installed release: its frozen executable, or this Python with its folder first on the path."""
    folder = installation.folder(version)
    if kind == "folder":
        return [str(folder / FROZEN_NAME), *argv]
    # Not `-m desktop` + PYTHONPATH: `-m` puts the current folder first, which may hold another `desktop`.
    bootstrap = (f"import sys; sys.path.insert(0, {str(folder)!r}); from desktop.cli import main; "
                 "raise SystemExit(main())")
    return [sys.executable, "-c", bootstrap, *argv]


def run_health_check(installation: Installation, version: str, kind: str, register: Register) -> str:
    """Start the new release as a separate process: it opens (and migrates) the register, checks it, says its version.

    The database key goes through a pipe, never the command line or the environment.
    """
    env = {**os.environ, LAUNCHED_VAR: "1"}
    argv = ["health-check", "--data-dir", str(register.data_dir.root)]
    try:
        done = subprocess.run(release_command(installation, version, kind, argv),
                              input=register.key.hex(), capture_output=True, text=True, env=env,
                              timeout=HEALTH_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DomainError("update.health_check_failed", version=version, previous="",
                          detail=type(error).__name__) from None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines or lines[-1] != f"ok {version}":
        detail = (done.stderr.strip().splitlines() or lines or ["?"])[-1][:200]
        raise DomainError("update.health_check_failed", version=version, previous="", detail=detail)
    return lines[-1]


def _safe_extract(archive: zipfile.ZipFile, target: Path) -> None:
    for info in archive.infolist():
        name = Path(info.filename)
        if name.is_absolute() or ".." in name.parts or info.filename.startswith(("/", "\\")):
            raise DomainError("update.unreadable", path=info.filename)
        archive.extract(info, target)
        mode = (info.external_attr >> 16) & 0o777
        if mode & stat.S_IXUSR:
            (target / name).chmod(mode)


def stage(package: UpdatePackage, installation: Installation) -> Path:
    """Unpack into a temporary folder beside the versions, then rename it: never a half-made version folder."""
    final = installation.folder(package.version)
    with storage_errors(str(installation.root)):
        installation.versions.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".staging-{package.version}-", dir=installation.versions))
        try:
            with zipfile.ZipFile(io.BytesIO(package.payload)) as archive:
                _safe_extract(archive, staging)
            if final.exists():  # an earlier attempt that failed its health check
                shutil.rmtree(final)
            os.replace(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return final


def switch(installation: Installation, state: dict[str, Any]) -> None:
    with storage_errors(str(installation.root)):
        installation.root.mkdir(parents=True, exist_ok=True)
        write_atomically(installation.pointer, json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))


def install_update(register: Register, actor: Actor, package_path: Path, *, installation: Installation,
                   trusted: Sequence[PublicKey] | None = None, running: str = __version__,
                   health_check: HealthCheck = run_health_check) -> Outcome[UpdateResult]:
    """Verify, back up, stage, switch, health-check; on a failed start switch back and restore the backup.

    After success the register has been migrated by the new release: the caller closes it and
    the app restarts.
    """
    require(actor, Permission.MANAGE_SETTINGS)
    previous = installation.active_version(running)
    package = read_package(package_path, trusted=list(trusted if trusted is not None else release_keys()),
                           installed=previous)
    now = register.clock.now()
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "update.install", at=now, entity="update",
                     detail={"version": package.version, "previous": previous, "key": package.key_id})
        uow.commit()
    backup = _backup_before_update(register, now)
    schema_before = migrate.current_revision(register.engine)
    old_state = installation.state()
    stage(package, installation)
    switch(installation, {"version": package.version, "kind": package.kind, "previous": previous,
                          "previous_state": old_state, "backup": str(backup), "schema_before": schema_before})
    try:
        report = health_check(installation, package.version, package.kind, register)
    except DomainError as error:
        _switch_back(installation, old_state)
        _restore_if_changed(register, backup, schema_before)
        raise DomainError("update.health_check_failed", version=package.version, previous=previous,
                          detail=error.params.get("detail", error.code)) from None
    return Outcome(UpdateResult(package.version, previous, backup, report), Changes.SETTINGS)


def install_beside_newer_server(register: Register, actor: Actor, package_path: Path, *,
                                installation: Installation, trusted: Sequence[PublicKey] | None = None,
                                running: str = __version__,
                                health_check: HealthCheck = run_health_check) -> Outcome[UpdateResult]:
    """Another analyst's PC updated first and migrated the shared hub: install the update on this PC.

    This release writes nothing to the server (no audit entry, no dump: the PC that migrated took its
    `before-migration` dump, and the schema is newer than this release understands). The new release's
    health check opens the hub as it is; a release that fails it is switched back, the server untouched.
    """
    require(actor, Permission.MANAGE_SETTINGS)
    previous = installation.active_version(running)
    package = read_package(package_path, trusted=list(trusted if trusted is not None else release_keys()),
                           installed=previous)
    old_state = installation.state()
    stage(package, installation)
    switch(installation, {"version": package.version, "kind": package.kind, "previous": previous,
                          "previous_state": old_state, "backup": "",
                          "schema_before": migrate.current_revision(register.engine)})
    try:
        report = health_check(installation, package.version, package.kind, register)
    except DomainError as error:
        _switch_back(installation, old_state)
        raise DomainError("update.health_check_failed", version=package.version, previous=previous,
                          detail=error.params.get("detail", error.code)) from None
    return Outcome(UpdateResult(package.version, previous, Path("-"), report), Changes.SETTINGS)


def _backup_before_update(register: Register, now: datetime) -> Path:
    if register.on_server:  # a hub on a server: a pg_dump of the shared database
        settings = load_settings(register.data_dir.server, register.data_dir.server_passfile)
        return server_backup.dump(settings, register.data_dir.backups, reason="before-update", now=now)
    return backups.backup(register.data_dir.database, register.key, register.data_dir.backups,
                          reason="before-update", now=now)


def _switch_back(installation: Installation, old_state: dict[str, Any]) -> None:
    if old_state:
        switch(installation, old_state)
    else:
        with storage_errors(str(installation.root)):
            installation.pointer.unlink(missing_ok=True)


def _restore_if_changed(register: Register, backup: Path, schema_before: str | None) -> None:
    """The new release may have migrated the register before failing: the old one could not open it then."""
    if migrate.current_revision(register.engine) == schema_before:
        return
    register.close()
    if register.on_server:
        # The new release migrated the shared database and then failed: the other analysts' PCs wait
        # (server_schema) and would be told to update; the dump puts back what they can open.
        settings = load_settings(register.data_dir.server, register.data_dir.server_passfile)
        server_backup.restore(settings, backup, safety_folder=register.data_dir.backups, now=register.clock.now())
        return
    backups.restore(backup, register.data_dir.database, register.key, safety_folder=register.data_dir.backups,
                    now=register.clock.now())


def roll_back(register: Register, actor: Actor, *, installation: Installation) -> Outcome[str]:
    """Go back to the release before the last update; the register too if that update changed its schema.

    Records entered since the update stay in the safety copy `restore` keeps in backups/.
    """
    require(actor, Permission.MANAGE_SETTINGS)
    state = installation.state()
    previous = str(state.get("previous", ""))
    if not previous:
        raise DomainError("update.nothing_to_roll_back")
    backup = Path(str(state.get("backup", "")))
    if register.on_server and migrate.current_revision(register.engine) != state.get("schema_before"):
        # Every analyst's PC uses that database: one PC going back cannot restore it under the others.
        raise DomainError("server.rollback_shared", version=state.get("version", ""), backup=backup.name)
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "update.roll_back", at=register.clock.now(), entity="update",
                     detail={"from": state.get("version"), "to": previous})
        uow.commit()
    _switch_back(installation, dict(state.get("previous_state") or {}))
    if backup.is_file():
        _restore_if_changed(register, backup, state.get("schema_before"))
    return Outcome(previous, Changes.ALL)


def relaunch_if_updated(argv: Sequence[str]) -> int | None:
    """Run the command line with the active release when an update is installed; None: run it here."""
    if os.environ.get(LAUNCHED_VAR):
        return None
    installation = default_installation()
    state = installation.state()
    version = installation.active_version()
    if version == __version__ or not state:
        return None
    try:
        if parse_version(version) <= parse_version(__version__):
            return None  # the launcher itself was reinstalled newer: it wins
    except ValueError:
        return None
    command = release_command(installation, version, str(state.get("kind", "wheel")), argv)
    return subprocess.call(command, env={**os.environ, LAUNCHED_VAR: "1"})
