"""Sync bundles: minisign signatures, age encryption, the ZIP container, export and import."""
