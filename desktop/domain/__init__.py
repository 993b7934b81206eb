"""Pure domain rules: code lists, validation, periods; no I/O, no SQLAlchemy, no Qt."""
