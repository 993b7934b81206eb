"""Turning core codes (problems, code-list labels, home items) into translated sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import MESSAGES
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, Problem, ValidationFailed


def problem_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    template = MESSAGES.get(code, code)
    text = QCoreApplication.translate("Problems", template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def error_text(error: BaseException) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(problem_text(p.code, p.params) for p in error.problems)
    if isinstance(error, DomainError):
        return problem_text(error.code, error.params)
    return QCoreApplication.translate("Problems", "Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.") + f"\n({type(error).__name__})"


def problems_text(problems: Iterable[Problem]) -> str:
    return "\n".join(problem_text(p.code, p.params) for p in problems)


def label(text: str) -> str:
    """A code-list label marked with QT_TRANSLATE_NOOP("Codes", ...) in the domain."""
    return QCoreApplication.translate("Codes", text)


def period_label(period: Period) -> str:
    """'Quý 3/2026' or 'Quarter 3/2026', in the language the window shows."""
    return period.label(QCoreApplication.translate)


def vn_number(value: int) -> str:
    """1.234.567, as Vietnamese documents write numbers."""
    return f"{value:,}".replace(",", ".")
