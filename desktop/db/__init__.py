"""Persistence: SQLAlchemy models, the SQLCipher engine, unit of work, migrations, backups."""
