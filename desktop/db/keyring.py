"""Wrapping the random database key with argon2id-derived keys (DESIGN §4).

`keyring.json` sits beside the database. Each account has a slot holding the database key
encrypted (AES-256-GCM) under a key derived from its password; the recovery key has one too.
A wrong password fails the GCM tag here and never reaches SQLCipher.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.db.files import write_atomically
from desktop.domain.problems import DomainError

RECOVERY_SLOT = "recovery"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U to misread


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB: 64 MiB, about half a second on an old office PC
    parallelism: int = 2


# Tests and demos use this; the parameters are stored per slot, so a real register is never weakened.
FAST_KDF = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, time_cost=params.time_cost, memory_cost=params.memory_cost,
        parallelism=params.parallelism, hash_len=32, type=Type.ID,
    )


def account_slot(username: str) -> str:
    # Hashed so the file beside the database does not list who works with the register.
    return "acct:" + hashlib.sha256(username.strip().lower().encode("utf-8")).hexdigest()[:32]


def new_database_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """30 Crockford-base32 characters (150 bits) in groups of five, easy to read off paper."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(30))
    return "-".join(chars[i : i + 5] for i in range(0, 30, 5))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


class Keyring:
    """The wrapped-key slots; `params` is the argon2id cost used for slots written from now on."""

    def __init__(self, path: Path, slots: dict[str, dict[str, object]], params: KdfParams) -> None:
        self.path = path
        self._slots = slots
        self.params = params

    @classmethod
    def load(cls, path: Path) -> Keyring:
        if not path.exists():
            raise DomainError("store.keyring_missing", path=str(path.parent))
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(path, dict(data["slots"]), KdfParams(**data.get("params", {})))
        except (ValueError, KeyError, TypeError):
            raise DomainError("store.keyring_missing", path=str(path.parent)) from None

    @classmethod
    def empty(cls, path: Path, params: KdfParams = KdfParams()) -> Keyring:
        return cls(path, {}, params)

    def save(self) -> None:
        payload = json.dumps({"format": 1, "params": asdict(self.params), "slots": self._slots}, indent=1, sort_keys=True)
        write_atomically(self.path, payload.encode("utf-8"))

    def has(self, slot: str) -> bool:
        return slot in self._slots

    def wrap(self, slot: str, secret: str, db_key: bytes) -> None:
        params = self.params
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(secret, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, slot.encode("utf-8"))
        self._slots[slot] = {
            "kdf": "argon2id", "params": asdict(params),
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped),
        }

    def unwrap(self, slot: str, secret: str) -> bytes | None:
        """The database key, or None when the secret is wrong or the slot does not exist."""
        entry = self._slots.get(slot)
        if entry is None:
            # Spend the same effort as a real attempt so timing does not reveal unknown names.
            _derive(secret, b"\0" * 16, self.params)
            return None
        params = KdfParams(**entry["params"])  # type: ignore[arg-type]  # the three ints this class wrote
        kek = _derive(secret, _unb64(str(entry["salt"])), params)
        try:
            return AESGCM(kek).decrypt(_unb64(str(entry["nonce"])), _unb64(str(entry["wrapped"])), slot.encode("utf-8"))
        except InvalidTag:
            return None

    def remove(self, slot: str) -> None:
        self._slots.pop(slot, None)

    def rename(self, old: str, new: str) -> None:
        self._slots[new] = self._slots.pop(old)
