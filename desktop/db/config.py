"""Non-secret preferences needed before login (language, idle lock), kept in config.json."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from desktop.db.files import write_atomically


@dataclass(frozen=True)
class Config:
    language: str = "vi"
    idle_lock_minutes: int = 10
    # Automatic backups kept: the newest of each of the last N days, weeks and months.
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 12
    # The home screen reminds when the last copy to an external drive is older than this.
    external_backup_days: int = 7

    def with_changes(self, **changes: Any) -> Config:  # any field: dataclasses.replace checks the names
        return replace(self, **changes)


_RANGES = {"backup_keep_daily": (1, 60), "backup_keep_weekly": (0, 52), "backup_keep_monthly": (0, 120),
           "external_backup_days": (1, 90)}


def load(path: Path) -> Config:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Config()
    known = {k: v for k, v in data.items() if k in Config.__dataclass_fields__}
    config = Config(**known)
    if config.language not in ("vi", "en"):
        config = replace(config, language="vi")
    if not 1 <= int(config.idle_lock_minutes) <= 240:
        config = replace(config, idle_lock_minutes=10)
    for name, (low, high) in _RANGES.items():
        value = getattr(config, name)
        if type(value) is not int or not low <= value <= high:
            config = replace(config, **{name: getattr(Config(), name)})
    return config


def save(path: Path, config: Config) -> None:
    write_atomically(path, json.dumps(asdict(config), indent=1).encode("utf-8"))
