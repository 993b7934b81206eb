"""Write the next Alembic migration by comparing the models with a database at the current head.

Usage: python packaging/dev/new_migration.py "what changed"
Review the generated file (batch mode, server defaults, data backfills) before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.db.migrate import alembic_config, head_revision  # noqa: E402


def main() -> None:
    message = sys.argv[1]
    next_id = f"{int(head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/head.db")
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)


if __name__ == "__main__":
    main()
