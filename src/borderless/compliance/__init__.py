"""Privacy and consumer-law checklist per market: data-protection regime, consent for marketing and
cookies, transfers, breach notification, withdrawal period, price display and guarantees, each item
sourced and dated. ``compliance_checklist("DE", on=date(2026, 11, 21))``."""

from borderless.compliance.engine import compliance_checklist, covered_countries
from borderless.compliance.model import (
    CONSENT_MODELS,
    TOPIC_LABELS,
    TOPICS,
    Checklist,
    ChecklistItem,
    ConsentModel,
    Obligation,
    Requirement,
    Topic,
)
from borderless.compliance.regimes import obligations_for

__all__ = [
    "CONSENT_MODELS",
    "TOPICS",
    "TOPIC_LABELS",
    "Checklist",
    "ChecklistItem",
    "ConsentModel",
    "Obligation",
    "Requirement",
    "Topic",
    "compliance_checklist",
    "covered_countries",
    "obligations_for",
]
