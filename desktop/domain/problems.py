"""Validation problems with stable codes; the GUI and CLI turn them into sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: a stable code, the field it concerns, parameters."""

    code: str
    field: str | None = None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class DomainError(Exception):
    """Base for errors that carry a stable code and parameters instead of a sentence."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        from desktop.domain.messages import render

        return render(self.code, self.params)


class ValidationFailed(DomainError):
    """Raised when input breaks one or more rules; nothing has been saved."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("validation.failed", count=len(self.problems))

    def __str__(self) -> str:
        from desktop.domain.messages import render

        return "; ".join(render(p.code, p.params) for p in self.problems)


def fail_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationFailed(problems)
