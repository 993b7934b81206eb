"""Password-protecting a workbook that holds client rows (DOMAIN §7: such exports are encrypted).

Standard Office encryption (ECMA-376 agile, AES-256), so Excel and LibreOffice open the file
after asking for the password and nobody needs an extra tool on a commune PC.
"""

from __future__ import annotations

import io
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

from desktop.db.files import write_atomically
from desktop.domain.problems import DomainError

MIN_PASSWORD = 8


def check_export_password(password: str | None) -> str:
    if password is None or len(password) < MIN_PASSWORD:
        raise DomainError("export.password_required", min=MIN_PASSWORD)
    return password


def encrypt_workbook(plain: Path, target: Path, password: str) -> None:
    """Write `plain` encrypted to `target` (atomically); the plain file is the caller's to delete."""
    encrypted = io.BytesIO()
    with open(plain, "rb") as source:
        OOXMLFile(source).encrypt(check_export_password(password), encrypted)
    write_atomically(target, encrypted.getvalue())
