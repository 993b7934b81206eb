"""Code lists the indicator definitions may name for breakdown labels, in the order reports show them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.domain import clients, establishments, inspections, outreach, referrals, sanctions, support_models, tip_offs
from desktop.domain.age_bands import AGE_BANDS
from desktop.domain.codes import SEX_LABELS

# Code lists the definitions name with `codes = "<name>"`; areas add theirs here (registry, not if-chain).
# A callable so labels are read when a report is built, never at import time.
CODE_LISTS: dict[str, Callable[[], Mapping[str, str]]] = {
    "sex": lambda: {str(k): v for k, v in SEX_LABELS.items()},
    "age_band": lambda: {b.code: b.label for b in AGE_BANDS},
    "outreach_form": lambda: {str(k): v for k, v in outreach.FORM_LABELS.items()},
    "target_group": lambda: {str(k): v for k, v in outreach.TARGET_GROUP_LABELS.items()},
    "outreach_topic": lambda: {str(k): v for k, v in outreach.TOPIC_LABELS.items()},
    "workplace_type": lambda: {str(k): v for k, v in clients.WORKPLACE_LABELS.items()},
    "contact_channel": lambda: {str(k): v for k, v in clients.CHANNEL_LABELS.items()},
    "service_category": lambda: {str(k): v for k, v in clients.SERVICE_LABELS.items()},
    "referral_status": lambda: {str(k): v for k, v in referrals.STATUS_LABELS.items()},
    "referral_outcome": lambda: {str(k): v for k, v in referrals.OUTCOME_LABELS.items()},
    "business_type": lambda: {str(k): v for k, v in establishments.BUSINESS_TYPE_LABELS.items()},
    "establishment_status": lambda: {str(k): v for k, v in establishments.STATUS_LABELS.items()},
    "inspection_kind": lambda: {str(k): v for k, v in inspections.KIND_LABELS.items()},
    "handling": lambda: {str(k): v for k, v in inspections.HANDLING_LABELS.items()},
    "tip_off_channel": lambda: {str(k): v for k, v in tip_offs.CHANNEL_LABELS.items()},
    "tip_off_subject": lambda: {str(k): v for k, v in tip_offs.SUBJECT_LABELS.items()},
    "tip_off_outcome": lambda: {str(k): v for k, v in tip_offs.OUTCOME_LABELS.items()},
    "support_model_kind": lambda: {str(k): v for k, v in support_models.KIND_LABELS.items()},
    "support_activity_kind": lambda: {str(k): v for k, v in support_models.ACTIVITY_LABELS.items()},
    "offender_kind": lambda: {str(k): v for k, v in sanctions.OFFENDER_KIND_LABELS.items()},
    # Every offence of the dated reference, old decree and new, in the table's order.
    "sanction_reference": lambda: {e.id: f"{e.citation} – {e.description}" for e in sanctions.default_table().entries},
}

# Built in: the communes of the report's scope, named from the admin-unit table by the engine.
COMMUNE = "commune"
UNKNOWN = ""  # a NULL in a breakdown column (e.g. no birth year) becomes this code
UNKNOWN_LABEL = "Không rõ"


def known_lists() -> frozenset[str]:
    return frozenset(CODE_LISTS) | {COMMUNE}


def labels(name: str) -> Mapping[str, str]:
    return CODE_LISTS[name]() if name in CODE_LISTS else {}
