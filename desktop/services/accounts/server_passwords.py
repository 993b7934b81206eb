"""Passwords of a hub on a database server: argon2id hashes in the accounts table, shared by every analyst's PC.

On SQLCipher a password unwraps the database key kept in `keyring.json` beside the file. A server
database is reached by several PCs with the server's own credential, so the app's accounts prove
themselves against a hash stored with the data (the recovery key's hash in `settings`).
"""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.keyring import KdfParams
from desktop.db.models import Account, Setting

RECOVERY_SETTING = "server.recovery_hash"
KDF_SETTING = "server.kdf"


def _hasher(params: KdfParams) -> PasswordHasher:
    return PasswordHasher(time_cost=params.time_cost, memory_cost=params.memory_cost,
                          parallelism=params.parallelism)


def office_kdf(session: Session) -> KdfParams:
    """The cost chosen at setup (tests and demos choose a fast one); new hashes use the same."""
    row = session.get(Setting, KDF_SETTING)
    if row is None:
        return KdfParams()
    time_cost, memory_cost, parallelism = (int(part) for part in row.value.split(","))
    return KdfParams(time_cost, memory_cost, parallelism)


def remember_kdf(session: Session, params: KdfParams) -> None:
    session.merge(Setting(key=KDF_SETTING, value=f"{params.time_cost},{params.memory_cost},{params.parallelism}"))


def hash_secret(session: Session, secret: str) -> str:
    return _hasher(office_kdf(session)).hash(secret)


def secret_matches(stored: str | None, secret: str, params: KdfParams) -> bool:
    if not stored:
        # Spend the same effort as a real check so timing does not reveal unknown names.
        _hasher(params).hash(secret)
        return False
    try:
        hasher = _hasher(KdfParams(*_params_of(stored)))
        return hasher.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def _params_of(stored: str) -> tuple[int, int, int]:
    p = extract_parameters(stored)
    return p.time_cost, p.memory_cost, p.parallelism


def account_password_matches(session: Session, username: str, password: str) -> bool:
    account = session.execute(select(Account).where(Account.username == username.strip().lower())).scalar_one_or_none()
    return secret_matches(account.password_hash if account else None, password, office_kdf(session))


def set_account_password(session: Session, account: Account, password: str | None) -> None:
    """None removes the hash: a deactivated account's password no longer opens anything."""
    account.password_hash = None if password is None else hash_secret(session, password)


def set_recovery_key(session: Session, recovery_key: str) -> None:
    session.merge(Setting(key=RECOVERY_SETTING, value=hash_secret(session, recovery_key)))


def recovery_key_matches(session: Session, recovery_key: str) -> bool:
    row = session.get(Setting, RECOVERY_SETTING)
    return secret_matches(row.value if row else None, recovery_key, office_kdf(session))
