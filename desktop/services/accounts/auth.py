"""Logging in, unlocking after the idle lock, changing a password, and recovery-key unlock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desktop.db.datadir import DataDir
from desktop.db.keyring import RECOVERY_SLOT, Keyring, account_slot, normalise_recovery_key
from desktop.db.models import Account
from desktop.domain.passwords import password_problems
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Role
from desktop.services import audit
from desktop.services.context import Actor, Changes, Clock, Outcome
from desktop.services.accounts.lockout import Lockout
from desktop.services.register import Register, open_register


def _check_backoff(lockout: Lockout, now: datetime) -> None:
    wait = lockout.wait_seconds(now)
    if wait:
        raise DomainError("auth.backoff", seconds=wait)


def _unwrap_or_fail(data_dir: DataDir, username: str, password: str, clock: Clock) -> tuple[Keyring, bytes]:
    lockout = Lockout.load(data_dir.lockout)
    _check_backoff(lockout, clock.now())
    keyring = Keyring.load(data_dir.keyring)
    key = keyring.unwrap(account_slot(username), password)
    if key is None:
        lockout.fail(username, clock.now())
        raise DomainError("auth.wrong_password")
    return keyring, key


def _start_session(register: Register, username: str, action: str) -> Actor:
    """Check the account may work, write pending failures and this login to the audit log."""
    now = register.clock.now()
    with register.uow(write=True) as uow:
        account = uow.session.execute(select(Account).where(Account.username == username.strip().lower())).scalar_one_or_none()
        if account is None or not account.active:
            audit.record(uow.session, None, "login.refused", at=now, account_name=username[:32])
            uow.commit()
            raise DomainError("auth.inactive")
        actor = Actor(account.id, account.username, Role(account.role))
        for failure in Lockout.load(register.data_dir.lockout).succeed():
            audit.record(uow.session, None, "login.failed", at=datetime.fromisoformat(failure["at"]),
                         account_name=failure["username"])
        account.last_login_at = now
        audit.record(uow.session, actor, action, at=now)
        uow.commit()
    return actor


def _server_password_or_fail(register: Register, username: str, password: str) -> None:
    """A hub on a database server: the account's hash in the shared database, with the same back-off."""
    from desktop.services.accounts.server_passwords import account_password_matches

    lockout = Lockout.load(register.data_dir.lockout)
    _check_backoff(lockout, register.clock.now())
    with register.uow() as uow:
        ok = account_password_matches(uow.session, username, password)
    if not ok:
        lockout.fail(username, register.clock.now())
        raise DomainError("auth.wrong_password")


def login(data_dir: DataDir, username: str, password: str, *, clock: Clock) -> tuple[Register, Actor]:
    if data_dir.server.exists():
        from desktop.services.accounts.server_hub import open_server_register

        register = open_server_register(data_dir, clock)
        try:
            _server_password_or_fail(register, username, password)
            return register, _start_session(register, username, "login")
        except BaseException:
            register.close()
            raise
    _, key = _unwrap_or_fail(data_dir, username, password, clock)
    register = open_register(data_dir, key, clock)
    try:
        return register, _start_session(register, username, "login")
    except BaseException:
        register.close()
        raise


def unlock(register: Register, username: str, password: str) -> Actor:
    """Leave the idle lock: the same or another account proves itself against the keyring."""
    if register.on_server:
        _server_password_or_fail(register, username, password)
        return _start_session(register, username, "unlock")
    _, key = _unwrap_or_fail(register.data_dir, username, password, register.clock)
    if key != register.key:
        raise DomainError("store.corrupt")
    return _start_session(register, username, "unlock")


def password_change_required(register: Register, actor: Actor) -> bool:
    """True until the person replaces a password an administrator chose for them."""
    with register.uow() as uow:
        account = uow.session.get(Account, actor.account_id)
        return bool(account and account.must_change_password)


def record_lock(register: Register, actor: Actor) -> None:
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "lock", at=register.clock.now())
        uow.commit()


def record_logout(register: Register, actor: Actor) -> None:
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "logout", at=register.clock.now())
        uow.commit()


def change_password(register: Register, actor: Actor, *, old: str, new: str, confirm: str) -> Outcome[None]:
    fail_if(password_problems(new, username=actor.username, confirm=confirm))
    if register.on_server:
        _change_server_password(register, actor, old=old, new=new)
        return Outcome(None, Changes.ACCOUNTS)
    keyring, key = _unwrap_or_fail(register.data_dir, actor.username, old, register.clock)
    keyring.wrap(account_slot(actor.username), new, key)
    with register.uow(write=True) as uow:
        account = uow.session.get(Account, actor.account_id)
        if account is not None:
            account.must_change_password = False
        audit.record(uow.session, actor, "password.change", at=register.clock.now(), entity="account",
                     entity_id=actor.account_id)
        keyring.save()  # after the audit entry is flushed, before commit: a failed save changes nothing
        uow.commit()
    return Outcome(None, Changes.ACCOUNTS)


def _change_server_password(register: Register, actor: Actor, *, old: str, new: str) -> None:
    from desktop.services.accounts.server_passwords import set_account_password

    _server_password_or_fail(register, actor.username, old)
    with register.uow() as uow:
        account = uow.session.get(Account, actor.account_id)
        if account is not None:
            set_account_password(uow.session, account, new)
            account.must_change_password = False
        audit.record(uow.session, actor, "password.change", at=register.clock.now(), entity="account",
                     entity_id=actor.account_id)
        uow.commit()


def replace_recovery_key(register: Register, actor: Actor) -> Outcome[str]:
    """A new recovery key (the old sheet stops working), e.g. when the printed sheet was lost; the value is the key."""
    from desktop.db.keyring import new_recovery_key
    from desktop.domain.roles import Permission
    from desktop.services.context import require

    require(actor, Permission.MANAGE_SETTINGS)
    key = new_recovery_key()
    if register.on_server:
        from desktop.services.accounts.server_passwords import set_recovery_key

        with register.uow() as uow:
            set_recovery_key(uow.session, key)
            audit.record(uow.session, actor, "recovery.replace", at=register.clock.now(), entity="office")
            uow.commit()
        return Outcome(key, Changes.SETTINGS)
    keyring = Keyring.load(register.data_dir.keyring)
    keyring.wrap(RECOVERY_SLOT, key, register.key)
    with register.uow(write=True) as uow:
        audit.record(uow.session, actor, "recovery.replace", at=register.clock.now(), entity="office")
        keyring.save()
        uow.commit()
    return Outcome(key, Changes.SETTINGS)


def recover(data_dir: DataDir, recovery_key: str, *, username: str, new_password: str, confirm: str,
            clock: Clock) -> Outcome[tuple[Register, Actor]]:
    """Every password forgotten: the printed recovery key opens the register and sets a new one.

    The value is the opened register and the account now logged in: the caller closes the register."""
    fail_if(password_problems(new_password, username=username, confirm=confirm))
    lockout = Lockout.load(data_dir.lockout)
    _check_backoff(lockout, clock.now())
    if data_dir.server.exists():
        opened = _recover_on_server(data_dir, recovery_key, username=username, new_password=new_password, clock=clock)
        return Outcome(opened, Changes.ACCOUNTS)
    keyring = Keyring.load(data_dir.keyring)
    key = keyring.unwrap(RECOVERY_SLOT, normalise_recovery_key(recovery_key))
    if key is None:
        lockout.fail("(recovery)", clock.now())
        raise DomainError("auth.wrong_recovery_key")
    register = open_register(data_dir, key, clock)
    try:
        with register.uow(write=True) as uow:
            account = uow.session.execute(select(Account).where(Account.username == username.strip().lower())).scalar_one_or_none()
            if account is None:
                raise DomainError("account.not_found")
            account.active = True
            account.must_change_password = False  # the password was just chosen by this person
            audit.record(uow.session, Actor(account.id, account.username, Role(account.role)), "recovery.unlock",
                         at=clock.now(), entity="account", entity_id=account.id)
            keyring.wrap(account_slot(account.username), new_password, key)
            keyring.save()
            uow.commit()
        return Outcome((register, _start_session(register, username, "login")), Changes.ACCOUNTS)
    except BaseException:
        register.close()
        raise


def _recover_on_server(data_dir: DataDir, recovery_key: str, *, username: str, new_password: str,
                       clock: Clock) -> tuple[Register, Actor]:
    from desktop.services.accounts.server_hub import open_server_register
    from desktop.services.accounts.server_passwords import recovery_key_matches, set_account_password

    register = open_server_register(data_dir, clock)
    try:
        with register.uow() as uow:
            if not recovery_key_matches(uow.session, normalise_recovery_key(recovery_key)):
                Lockout.load(data_dir.lockout).fail("(recovery)", clock.now())
                raise DomainError("auth.wrong_recovery_key")
            account = uow.session.execute(select(Account).where(Account.username == username.strip().lower())).scalar_one_or_none()
            if account is None:
                raise DomainError("account.not_found")
            account.active = True
            account.must_change_password = False
            set_account_password(uow.session, account, new_password)
            audit.record(uow.session, Actor(account.id, account.username, Role(account.role)), "recovery.unlock",
                         at=clock.now(), entity="account", entity_id=account.id)
            uow.commit()
        return register, _start_session(register, username, "login")
    except BaseException:
        register.close()
        raise
