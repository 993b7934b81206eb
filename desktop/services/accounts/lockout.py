"""Back-off after repeated wrong passwords, kept in a file so restarting the app does not reset it.

Failed logins cannot be written to the audit log when they happen (a wrong password never opens
the database), so they wait here and are moved into the log at the next successful login.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desktop.db.files import write_atomically

FREE_ATTEMPTS = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)
MAX_PENDING = 200


@dataclass
class Lockout:
    path: Path
    failures: int = 0
    last_failure: datetime | None = None
    pending: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Lockout:
        try:
            data = json.loads(path.read_text("utf-8"))
            last = data.get("last_failure")
            return cls(path, int(data.get("failures", 0)), datetime.fromisoformat(last) if last else None,
                       list(data.get("pending", []))[-MAX_PENDING:])
        except (OSError, ValueError, TypeError):
            return cls(path)

    def wait_seconds(self, now: datetime) -> int:
        """Seconds before another attempt is allowed; 0 when the user may try now."""
        if self.failures < FREE_ATTEMPTS or self.last_failure is None:
            return 0
        wait: timedelta = min(FIRST_WAIT * 2 ** (self.failures - FREE_ATTEMPTS), LONGEST_WAIT)  # int ** int is Any
        left = (self.last_failure + wait - now).total_seconds()
        return max(0, math.ceil(left))

    def fail(self, username: str, now: datetime) -> None:
        self.failures += 1
        self.last_failure = now
        self.pending.append({"username": username[:32], "at": now.isoformat()})
        self.pending = self.pending[-MAX_PENDING:]
        self._save()

    def succeed(self) -> list[dict[str, str]]:
        """Reset the counter; return the failures still to be written to the audit log."""
        pending, self.pending = self.pending, []
        self.failures, self.last_failure = 0, None
        self._save()
        return pending

    def _save(self) -> None:
        data = {
            "failures": self.failures,
            "last_failure": self.last_failure.isoformat() if self.last_failure else None,
            "pending": self.pending,
        }
        write_atomically(self.path, json.dumps(data).encode("utf-8"))
