"""The release signing key: `new` makes one (secret half encrypted with a passphrase), `public` prints its public half.

    python packaging/release/release_key.py new --out /media/safe/hoanhap-release.key
    python packaging/release/release_key.py public --key /media/safe/hoanhap-release.key

The passphrase comes from $HOANHAP_RELEASE_PASSPHRASE or a prompt. The key file is an age
(scrypt) encryption of the Ed25519 seed: `age -d` with the passphrase opens it with stock tools.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

import pyrage

from desktop.sync.minisign import SigningKey

PASSPHRASE_VAR = "HOANHAP_RELEASE_PASSPHRASE"


def passphrase(*, confirm: bool) -> str:
    given = os.environ.get(PASSPHRASE_VAR)
    if given:
        return given
    first = getpass.getpass("Release key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        sys.exit("The two passphrases differ.")
    if len(first) < 16:
        sys.exit("Use a passphrase of at least 16 characters (it is all that protects the key).")
    return first


def load(path: Path) -> SigningKey:
    seed = pyrage.passphrase.decrypt(path.read_bytes(), passphrase(confirm=False))
    return SigningKey.from_seed(seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    new = sub.add_parser("new")
    new.add_argument("--out", type=Path, required=True)
    public = sub.add_parser("public")
    public.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if args.action == "new":
        if args.out.exists():
            sys.exit(f"{args.out} exists; a release key is never overwritten.")
        key = SigningKey.generate()
        args.out.write_bytes(pyrage.passphrase.encrypt(key.seed, passphrase(confirm=True)))
    else:
        key = load(args.key)
    # The base64 line alone: what `minisign -P` takes and what RELEASE_PUBLIC_KEYS holds.
    print(key.public_key().to_minisign().strip().splitlines()[-1])
    print(f"key id {key.key_id_hex}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
