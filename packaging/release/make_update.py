"""Make a signed update package (.hnu) from a release wheel or the PyInstaller folder.

    python packaging/release/make_update.py --key /media/safe/hoanhap-release.key \\
        --wheel dist/hoanhap-0.2.0-py3-none-any.whl --out /media/usb/hoanhap-0.2.0.hnu
    python packaging/release/make_update.py --key ... --folder dist/HoaNhap --version 0.2.0 --out ...

The version comes from the wheel's name (or --version for a folder). The package is checked
against the key's public half before the script ends.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from release_key import load  # noqa: E402

from desktop.services.updates.update_package import build_package, read_package  # noqa: E402


def zip_folder(folder: Path, target: Path) -> Path:
    """The frozen folder as a zip that keeps executable bits (the installer unpacks it as it was)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo.from_file(path, path.relative_to(folder).as_posix())
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key", type=Path, required=True)
    payload = parser.add_mutually_exclusive_group(required=True)
    payload.add_argument("--wheel", type=Path)
    payload.add_argument("--folder", type=Path)
    parser.add_argument("--version", help="required with --folder")
    parser.add_argument("--notes", default="")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    key = load(args.key)
    with tempfile.TemporaryDirectory() as scratch:
        if args.wheel:
            version, kind, source = args.wheel.name.split("-")[1], "wheel", args.wheel
        else:
            if not args.version:
                sys.exit("--version is required with --folder")
            version, kind = args.version, "folder"
            source = zip_folder(args.folder, Path(scratch) / f"HoaNhap-{version}.zip")
        build_package(args.out, payload=source, version=version, kind=kind, key=key, created_at=datetime.now(UTC),
                      notes=args.notes)
    checked = read_package(args.out, trusted=[key.public_key()], installed="0.0.0")
    print(f"{args.out}: {checked.version} ({checked.kind}), signed by {checked.key_id}, "
          f"{os.path.getsize(args.out):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
