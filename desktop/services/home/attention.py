"""What a home-screen line is: the item every area's provider returns, and how urgent it is.

Its own module so the areas' providers (`*_home`) and the home list can both import it without a circle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.services.context import Actor
from desktop.services.register import Register


class Severity(StrEnum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    URGENT = "urgent"


@dataclass(frozen=True)
class AttentionItem:
    """One line on the home screen: a stable code the GUI words, its parameters, and where it leads."""

    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)
    target_page: str = ""


Provider = Callable[[Register, Actor], list[AttentionItem]]
