"""The compliance checklist for a market on a date. Pure: reads the regime data, no I/O."""

from __future__ import annotations

from datetime import date

from borderless.compliance.model import TOPIC_LABELS, TOPICS, Checklist, ChecklistItem, Topic
from borderless.compliance.regimes import obligations_for
from borderless.countries import load_markets
from borderless.errors import InputError, UnknownCountryError

__all__ = ["compliance_checklist", "covered_countries"]


def covered_countries() -> tuple[str, ...]:
    return tuple(code for code in load_markets() if obligations_for(code))


def _check(country: str) -> str:
    code = country.strip().upper() if isinstance(country, str) else country
    if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
        raise UnknownCountryError(country, field="country")
    if not obligations_for(code):
        raise InputError(
            f"no compliance data for {code}; covered: {', '.join(covered_countries())}", field="country", value=country
        )
    return code


def compliance_checklist(country: str, *, on: date) -> Checklist:
    """Every topic's requirements in force in ``country`` on ``on``, in topic order (EU-wide items
    first, then national ones). Topics without data are reported as unknown with a warning."""
    code = _check(country)
    items: list[ChecklistItem] = []
    warnings: list[str] = []
    for obligation in obligations_for(code):
        period = obligation.requirements.on(on)
        if period is None:
            continue
        items.append(
            ChecklistItem(
                obligation.topic, obligation.id, obligation.market, period.value, period, obligation.authority
            )
        )
        if period.confidence == "uncertain":
            warnings.append(f"{obligation.id} is uncertain: check {period.source.url}")
    items.sort(key=lambda item: TOPICS.index(item.topic))
    covered = {item.topic for item in items}
    unknown: tuple[Topic, ...] = tuple(topic for topic in TOPICS if topic not in covered)
    warnings.extend(f"{TOPIC_LABELS[topic]}: unknown for {code} on {on.isoformat()}" for topic in unknown)
    return Checklist(code, load_markets()[code].name, on, tuple(items), unknown, tuple(warnings))
