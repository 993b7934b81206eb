"""Password and username rules, checked as the user types and again by the service."""

from __future__ import annotations

import re

from desktop.domain.problems import Problem

MIN_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9._]{3,32}$")


def username_problems(username: str) -> list[Problem]:
    if not _USERNAME.match(username):
        return [Problem("username.invalid", "username")]
    return []


def password_problems(password: str, *, username: str = "", confirm: str | None = None) -> list[Problem]:
    """Every rule the password breaks, in the order they are shown to the user."""
    problems: list[Problem] = []
    if len(password) < MIN_LENGTH:
        problems.append(Problem("password.too_short", "password", {"min": MIN_LENGTH}))
    if not any(ch.isalpha() for ch in password):
        problems.append(Problem("password.needs_letter", "password"))
    if not any(ch.isdigit() for ch in password):
        problems.append(Problem("password.needs_digit", "password"))
    if username and password.strip().lower() == username.strip().lower():
        problems.append(Problem("password.same_as_username", "password"))
    if confirm is not None and confirm != password:
        problems.append(Problem("password.mismatch", "confirm"))
    return problems


# The rules in display order, so the wizard can tick each one as it is met.
RULE_CODES = ("password.too_short", "password.needs_letter", "password.needs_digit", "password.same_as_username")
