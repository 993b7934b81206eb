"""The data folder: where the register, its keyring, config, backups and outbox live."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.db.files import write_atomically

ENV_VAR = "HOANHAP_DATA_DIR"
APP_DIR = "HoaNhap"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "register.db"

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.json"

    @property
    def config(self) -> Path:
        return self.root / "config.json"

    @property
    def lockout(self) -> Path:
        return self.root / "lockout.json"

    @property
    def lock(self) -> Path:
        return self.root / "register.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def server(self) -> Path:
        """A hub on a database server: its address (no password) and the hub it belongs to."""
        return self.root / "server.json"

    @property
    def server_passfile(self) -> Path:
        """The server password, in libpq's passfile format, readable by this user only."""
        return self.root / "server.pass"

    def is_initialised(self) -> bool:
        return (self.database.exists() and self.keyring.exists()) or self.server.exists()


def _pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR, appauthor=False)) / "location.json"


def resolve(cli_value: str | None = None) -> DataDir:
    """--data-dir, else $HOANHAP_DATA_DIR, else the folder chosen in Settings, else the platform default."""
    if cli_value:
        return DataDir(Path(cli_value).expanduser().resolve())
    env = os.environ.get(ENV_VAR)
    if env:
        return DataDir(Path(env).expanduser().resolve())
    pointer = _pointer_file()
    if pointer.exists():
        try:
            chosen = json.loads(pointer.read_text("utf-8")).get("data_dir")
            if chosen:
                return DataDir(Path(chosen))
        except (OSError, ValueError):
            pass
    return DataDir(Path(platformdirs.user_data_dir(APP_DIR, appauthor=False)))


def remember(root: Path) -> None:
    """Make `root` the default data folder for later starts without --data-dir."""
    pointer = _pointer_file()
    pointer.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(pointer, json.dumps({"data_dir": str(root)}).encode("utf-8"))
