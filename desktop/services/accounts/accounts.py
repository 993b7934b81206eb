"""The administrator's account management: add, deactivate, reactivate, change role, reset password."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.keyring import Keyring, account_slot
from desktop.db.models import Account
from desktop.domain.passwords import password_problems, username_problems
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.roles import Permission, Role
from desktop.domain.text import nfc
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register


@dataclass(frozen=True)
class AccountView:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: datetime | None


def _view(a: Account) -> AccountView:
    return AccountView(a.id, a.username, a.display_name, Role(a.role), a.active, a.last_login_at)


def new_account_problems(session: Session, *, username: str, display_name: str, password: str, confirm: str) -> list[Problem]:
    problems = username_problems(username)
    if not display_name.strip():
        problems.append(Problem("required", "display_name"))
    if session.execute(select(Account.id).where(Account.username == username)).first():
        problems.append(Problem("username.taken", "username"))
    return problems + password_problems(password, username=username, confirm=confirm)


def create_account(session: Session, keyring: Keyring, db_key: bytes, *, username: str, display_name: str,
                   role: Role, password: str, must_change: bool = False) -> Account:
    """Insert the row and wrap the database key for it (the caller saves the keyring, then commits)."""
    account = Account(username=username, display_name=nfc(display_name), role=role.value,
                      must_change_password=must_change)
    session.add(account)
    session.flush()
    keyring.wrap(account_slot(username), password, db_key)
    return account


class AccountService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def list(self, actor: Actor) -> list[AccountView]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self._register.uow() as uow:
            return [_view(a) for a in uow.session.execute(select(Account).order_by(Account.username)).scalars()]

    def add(self, actor: Actor, *, username: str, display_name: str, role: Role, password: str,
            confirm: str, must_change: bool = True) -> Outcome[AccountView]:
        """A new account; by default its holder must replace the password the administrator typed."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        username = username.strip().lower()
        with self._register.uow() as uow:
            fail_if(new_account_problems(uow.session, username=username, display_name=display_name,
                                         password=password, confirm=confirm))
            keyring = Keyring.load(self._register.data_dir.keyring)
            account = create_account(uow.session, keyring, self._register.key, username=username,
                                     display_name=display_name, role=role, password=password, must_change=must_change)
            audit.record(uow.session, actor, "account.create", at=self._register.clock.now(), entity="account",
                         entity_id=account.id, detail={"username": username, "role": role.value})
            keyring.save()
            uow.commit()
            return Outcome(_view(account), Changes.ACCOUNTS)

    def set_active(self, actor: Actor, account_id: str, active: bool, *, new_password: str = "",
                   confirm: str = "") -> Outcome[AccountView]:
        """Deactivating also removes the account's key slot, so the password no longer opens anything."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self._register.uow() as uow:
            account = self._get(uow.session, account_id)
            keyring = Keyring.load(self._register.data_dir.keyring)
            if active:
                fail_if(password_problems(new_password, username=account.username, confirm=confirm))
                keyring.wrap(account_slot(account.username), new_password, self._register.key)
                account.must_change_password = True
            else:
                self._keep_an_admin(uow.session, account, new_role=None)
                keyring.remove(account_slot(account.username))
            account.active = active
            audit.record(uow.session, actor, "account.activate" if active else "account.deactivate",
                         at=self._register.clock.now(), entity="account", entity_id=account.id)
            keyring.save()
            uow.commit()
            return Outcome(_view(account), Changes.ACCOUNTS)

    def set_role(self, actor: Actor, account_id: str, role: Role) -> Outcome[AccountView]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self._register.uow() as uow:
            account = self._get(uow.session, account_id)
            self._keep_an_admin(uow.session, account, new_role=role)
            account.role = role.value
            audit.record(uow.session, actor, "account.role", at=self._register.clock.now(), entity="account",
                         entity_id=account.id, detail={"role": role.value})
            uow.commit()
            return Outcome(_view(account), Changes.ACCOUNTS)

    def reset_password(self, actor: Actor, account_id: str, *, password: str, confirm: str) -> Outcome[AccountView]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self._register.uow() as uow:
            account = self._get(uow.session, account_id)
            fail_if(password_problems(password, username=account.username, confirm=confirm))
            keyring = Keyring.load(self._register.data_dir.keyring)
            keyring.wrap(account_slot(account.username), password, self._register.key)
            account.must_change_password = True
            audit.record(uow.session, actor, "account.reset_password", at=self._register.clock.now(),
                         entity="account", entity_id=account.id)
            keyring.save()
            uow.commit()
            return Outcome(_view(account), Changes.ACCOUNTS)

    @staticmethod
    def _get(session: Session, account_id: str) -> Account:
        account = session.get(Account, account_id)
        if account is None:
            raise DomainError("account.not_found")
        return account

    @staticmethod
    def _keep_an_admin(session: Session, account: Account, *, new_role: Role | None) -> None:
        if account.role != Role.ADMIN.value or new_role is Role.ADMIN:
            return
        admins = session.execute(
            select(func.count()).select_from(Account).where(Account.role == Role.ADMIN.value, Account.active.is_(True))
        ).scalar_one()
        if admins <= 1 and account.active:
            raise DomainError("account.last_admin")
