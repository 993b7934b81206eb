"""The release key's public half, built into the app: only packages it signed are installed.

The secret half never touches a commune PC or this repository (packaging/RELEASE.md says where
it lives). Replacing the key is itself a release, signed by the old key.
"""

from __future__ import annotations

from desktop.sync.minisign import PublicKey

# minisign public key (`minisign -V -P <this>` checks a package's update.json by hand).
RELEASE_PUBLIC_KEYS: tuple[str, ...] = (
    "RWR_RELEASE_KEY_PLACEHOLDER",
)


def release_keys() -> list[PublicKey]:
    keys = []
    for text in RELEASE_PUBLIC_KEYS:
        try:
            keys.append(PublicKey.from_minisign(text))
        except Exception:  # noqa: BLE001 - a malformed entry trusts nothing rather than stopping the app
            continue
    return keys
