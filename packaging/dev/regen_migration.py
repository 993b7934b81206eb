"""Regenerate the initial Alembic migration from the models (allowed only before the first release)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.db.migrate import alembic_config  # noqa: E402

VERSIONS = ROOT / "desktop" / "db" / "migrations" / "versions"


def main() -> None:
    for old in VERSIONS.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/empty.db")
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")


if __name__ == "__main__":
    main()
