"""Tip-offs and complaints about prostitution (tin báo, tố giác, phản ánh; DOMAIN §2 T9): codes and lifecycle rules.

The register never holds the names of the people reported: there is no field for them, and the
short description stays on the commune PC (local-only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

MAX_DESCRIPTION = 500  # short and neutral: what was reported, where; not who
# Nine or more digits in a row (spaces, dots, dashes allowed): a phone or ID number, which points at a person.
_PHONE_OR_ID = re.compile(r"\d(?:[ .\-]?\d){8,}")
# The province's yardstick for "handled in time" in lists and on the home screen; the report's
# threshold is data (the indicator file), this one only colours the list.
HANDLING_DAYS = 30


class Channel(StrEnum):
    HOTLINE = "hotline"
    IN_PERSON = "in_person"
    LETTER = "letter"
    SOCIAL_MEDIA = "social_media"
    POLICE = "police"
    OTHER = "other"


CHANNEL_LABELS = {
    Channel.HOTLINE: QT_TRANSLATE_NOOP("Codes", "Điện thoại, đường dây nóng"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Codes", "Trực tiếp"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Codes", "Đơn, thư"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Codes", "Mạng xã hội"),
    Channel.POLICE: QT_TRANSLATE_NOOP("Codes", "Do công an chuyển đến"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Codes", "Nguồn khác"),
}


class Subject(StrEnum):
    ESTABLISHMENT = "establishment"
    LOCATION = "location"
    ONLINE = "online"


SUBJECT_LABELS = {
    Subject.ESTABLISHMENT: QT_TRANSLATE_NOOP("Codes", "Cơ sở kinh doanh"),
    Subject.LOCATION: QT_TRANSLATE_NOOP("Codes", "Địa điểm khác"),
    Subject.ONLINE: QT_TRANSLATE_NOOP("Codes", "Trên mạng"),
}


class VerificationResult(StrEnum):
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"


RESULT_LABELS = {
    VerificationResult.CONFIRMED: QT_TRANSLATE_NOOP("Codes", "Có dấu hiệu đúng như tin báo"),
    VerificationResult.NOT_CONFIRMED: QT_TRANSLATE_NOOP("Codes", "Không có cơ sở"),
}


class Recipient(StrEnum):
    POLICE = "police"
    TEAM_178 = "team_178"
    CHAIRMAN = "chairman"
    OTHER_AGENCY = "other_agency"


RECIPIENT_LABELS = {
    Recipient.POLICE: QT_TRANSLATE_NOOP("Codes", "Công an"),
    Recipient.TEAM_178: QT_TRANSLATE_NOOP("Codes", "Đội kiểm tra liên ngành 178"),
    Recipient.CHAIRMAN: QT_TRANSLATE_NOOP("Codes", "Chủ tịch UBND xã"),
    Recipient.OTHER_AGENCY: QT_TRANSLATE_NOOP("Codes", "Cơ quan có thẩm quyền khác"),
}


class HandlingOutcome(StrEnum):
    SANCTIONED = "sanctioned"
    NO_VIOLATION = "no_violation"
    TRANSFERRED = "transferred"
    UNFOUNDED = "unfounded"
    OTHER = "other"


OUTCOME_LABELS = {
    HandlingOutcome.SANCTIONED: QT_TRANSLATE_NOOP("Codes", "Đã xử lý vi phạm"),
    HandlingOutcome.NO_VIOLATION: QT_TRANSLATE_NOOP("Codes", "Kiểm tra, không phát hiện vi phạm"),
    HandlingOutcome.TRANSFERRED: QT_TRANSLATE_NOOP("Codes", "Chuyển cơ quan có thẩm quyền giải quyết xong"),
    HandlingOutcome.UNFOUNDED: QT_TRANSLATE_NOOP("Codes", "Không có cơ sở, kết thúc xác minh"),
    HandlingOutcome.OTHER: QT_TRANSLATE_NOOP("Codes", "Kết quả khác"),
}


class Stage(StrEnum):
    """Where a tip-off stands, derived from its dates (never stored: the dates are the truth)."""

    RECEIVED = "received"
    VERIFIED = "verified"
    PASSED_ON = "passed_on"
    HANDLED = "handled"


STAGE_LABELS = {
    Stage.RECEIVED: QT_TRANSLATE_NOOP("Codes", "Mới tiếp nhận"),
    Stage.VERIFIED: QT_TRANSLATE_NOOP("Codes", "Đã xác minh"),
    Stage.PASSED_ON: QT_TRANSLATE_NOOP("Codes", "Đã chuyển xử lý"),
    Stage.HANDLED: QT_TRANSLATE_NOOP("Codes", "Đã xử lý xong"),
}


@dataclass(frozen=True)
class TipOffDraft:
    """What the officer typed; deliberately no field for the names of the people reported."""

    received_on: date
    channel: str
    subject_kind: str
    description: str  # local only: never leaves this PC
    establishment_id: str | None = None
    verified_on: date | None = None
    verification_result: str | None = None
    passed_on_to: str | None = None
    passed_on_on: date | None = None
    handled_on: date | None = None
    outcome: str | None = None


def _known(value: str | None, codes: type[StrEnum]) -> bool:
    return value in codes.__members__.values()


def tip_off_problems(draft: TipOffDraft, *, today: date) -> list[Problem]:
    """Every rule the draft breaks; empty when it may be saved. Dates must follow the tip-off's life."""
    problems: list[Problem] = []
    if not draft.description.strip():
        problems.append(Problem("required", "description"))
    if len(draft.description) > MAX_DESCRIPTION:
        problems.append(Problem("text.too_long", "description", {"max": MAX_DESCRIPTION}))
    if _PHONE_OR_ID.search(draft.description):
        problems.append(Problem("tip_off.description_has_number", "description"))
    if not _known(draft.channel, Channel):
        problems.append(Problem("tip_off.unknown_channel", "channel"))
    if not _known(draft.subject_kind, Subject):
        problems.append(Problem("tip_off.unknown_subject", "subject_kind"))
    elif draft.establishment_id and draft.subject_kind != Subject.ESTABLISHMENT:
        problems.append(Problem("tip_off.establishment_for_other_subject", "establishment_id"))
    for name in ("received_on", "verified_on", "passed_on_on", "handled_on"):
        value = getattr(draft, name)
        if value is not None and value > today:
            problems.append(Problem("date.future", name))
    problems += _pairs(draft)
    received = draft.received_on
    for name, code in (("verified_on", "tip_off.verified_before_received"),
                       ("passed_on_on", "tip_off.passed_on_before_received"),
                       ("handled_on", "tip_off.handled_before_received")):
        value = getattr(draft, name)
        if value is not None and value < received:
            problems.append(Problem(code, name, {"received": received.strftime("%d/%m/%Y")}))
    handled = draft.handled_on
    if handled is not None and handled >= received:
        # Handling closes the file: it cannot come before the verification or the hand-over it rests on.
        if draft.verified_on is not None and draft.verified_on >= received and handled < draft.verified_on:
            problems.append(Problem("tip_off.handled_before_verified", "handled_on",
                                    {"verified": draft.verified_on.strftime("%d/%m/%Y")}))
        if draft.passed_on_on is not None and draft.passed_on_on >= received and handled < draft.passed_on_on:
            problems.append(Problem("tip_off.handled_before_passed_on", "handled_on",
                                    {"passed_on": draft.passed_on_on.strftime("%d/%m/%Y")}))
    return problems


def _pairs(draft: TipOffDraft) -> list[Problem]:
    """A date and what it records go together: a verification needs its result, a hand-over its recipient."""
    problems: list[Problem] = []
    for day, what, codes, missing_what, missing_day in (
            ("verified_on", "verification_result", VerificationResult, "tip_off.verified_without_result",
             "tip_off.result_without_date"),
            ("passed_on_on", "passed_on_to", Recipient, "tip_off.passed_on_without_recipient",
             "tip_off.recipient_without_date"),
            ("handled_on", "outcome", HandlingOutcome, "tip_off.handled_without_outcome", "tip_off.outcome_without_date")):
        value = getattr(draft, what)
        if value and not _known(value, codes):
            problems.append(Problem("tip_off.unknown_code", what))
        if getattr(draft, day) is not None and not value:
            problems.append(Problem(missing_what, what))
        if value and getattr(draft, day) is None:
            problems.append(Problem(missing_day, day))
    return problems


def days_to_handle(received_on: date, handled_on: date | None) -> int | None:
    """Calendar days from receipt to handling; None while the tip-off is open."""
    return None if handled_on is None else (handled_on - received_on).days


def stage(draft: TipOffDraft) -> Stage:
    if draft.handled_on is not None:
        return Stage.HANDLED
    if draft.passed_on_on is not None:
        return Stage.PASSED_ON
    if draft.verified_on is not None:
        return Stage.VERIFIED
    return Stage.RECEIVED


# --- T9 (DOMAIN §2): tip-offs received, verified and handled -----------------------------------


@dataclass(frozen=True)
class TipOffSummary:
    """Tip-offs received in a period and what became of them (by today); `within_days` is the yardstick."""

    received: int
    verified: int
    passed_on: int
    handled: int
    handled_within: int
    within_days: int
    median_days: float | None  # of the handled ones; None when none is handled

    @property
    def handled_percent(self) -> float | None:
        return round(self.handled * 100 / self.received, 1) if self.received else None


def median(values: list[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
