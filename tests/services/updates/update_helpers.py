"""Release wheels and signed update packages made from this source tree, for the update tests."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

from desktop.services.updates.update_package import build_package
from desktop.sync.minisign import SigningKey

REPO = Path(__file__).resolve().parents[3]
# The test release key: generated from a fixed seed so failures reproduce; never the real one.
TEST_KEY = SigningKey.from_seed(bytes(range(32)))
OTHER_KEY = SigningKey.from_seed(bytes(range(1, 33)))


def release_wheel(folder: Path, version: str, *, broken: bool = False, extra: dict[str, bytes] | None = None) -> Path:
    """A pure-Python wheel of this tree announcing `version`; `broken` cannot even import its services.

    `extra`: more files the release carries (a later migration, say), by their path in the wheel.
    """
    wheel = folder / f"hoanhap-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((REPO / "desktop").rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            name = path.relative_to(REPO).as_posix()
            data = path.read_bytes()
            if name == "desktop/__init__.py":
                data = data.replace(b'__version__ = "0.1.0"', f'__version__ = "{version}"'.encode())
            if broken and name == "desktop/bootstrap.py":
                data = b'raise ImportError("this release was built without its services")\n'
            archive.writestr(name, data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
        info = f"hoanhap-{version}.dist-info"
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: hoanhap\nVersion: {version}\n")
        archive.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    return wheel


def update_package(folder: Path, version: str, *, key: SigningKey = TEST_KEY, broken: bool = False,
                   extra: dict[str, bytes] | None = None) -> Path:
    wheel = release_wheel(folder, version, broken=broken, extra=extra)
    return build_package(folder / f"hoanhap-{version}.hnu", payload=wheel, version=version, kind="wheel", key=key,
                         created_at=datetime(2026, 12, 1, tzinfo=timezone.utc), notes="test release")
