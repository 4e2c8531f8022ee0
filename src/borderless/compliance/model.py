"""Privacy and consumer-law checklist values: topics, requirements with their periods, the checklist."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from borderless.rules import Period, Timeline

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
]

Topic = Literal[
    "data-protection",
    "marketing-consent",
    "cookies",
    "transfers",
    "breach-notification",
    "withdrawal",
    "price-display",
    "guarantee",
]
TOPICS: Final[tuple[Topic, ...]] = (
    "data-protection",
    "marketing-consent",
    "cookies",
    "transfers",
    "breach-notification",
    "withdrawal",
    "price-display",
    "guarantee",
)
TOPIC_LABELS: Final[dict[Topic, str]] = {
    "data-protection": "data-protection regime",
    "marketing-consent": "consent for marketing email and messages",
    "cookies": "cookies and trackers",
    "transfers": "cross-border transfers and data localisation",
    "breach-notification": "personal data breach notification",
    "withdrawal": "distance-selling withdrawal (cooling-off) period",
    "price-display": "price display duties",
    "guarantee": "returns, legal guarantee and warranties",
}

ConsentModel = Literal["opt-in", "opt-out", "mixed", "none"]
CONSENT_MODELS: Final[tuple[ConsentModel, ...]] = ("opt-in", "opt-out", "mixed", "none")


@dataclass(frozen=True, slots=True)
class Requirement:
    """What a market requires on one topic during one period. ``model`` (consent topics), ``days``
    (withdrawal, guarantee) and ``hours`` (breach notification) are set when the law fixes them;
    ``None`` means no fixed figure (say so in ``summary``)."""

    summary: str
    detail: str = ""
    model: ConsentModel | None = None
    days: int | None = None
    hours: int | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"summary": self.summary, "detail": self.detail}
        if self.model is not None:
            data["model"] = self.model
        if self.days is not None:
            data["days"] = self.days
        if self.hours is not None:
            data["hours"] = self.hours
        return data


@dataclass(frozen=True, slots=True)
class Obligation:
    """One topic's requirement in one market (``EU`` for rules shared by every member state)."""

    id: str
    market: str
    topic: Topic
    requirements: Timeline[Requirement]
    authority: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    topic: Topic
    rule_id: str
    scope: str
    requirement: Requirement
    period: Period[Requirement]
    authority: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "label": TOPIC_LABELS[self.topic],
            "rule_id": self.rule_id,
            "scope": self.scope,
            **self.requirement.to_json(),
            "authority": self.authority,
            "source": self.period.source.to_json(),
            "in_force": self.period.effective_json(),
            "confidence": self.period.confidence,
            "note": self.period.note,
        }


@dataclass(frozen=True, slots=True)
class Checklist:
    """The checklist for one market on one date: every topic, each item sourced and dated. Topics
    with no data are listed in ``unknown`` and repeated as warnings, never left out silently."""

    country: str
    name: str
    on: date
    items: tuple[ChecklistItem, ...]
    unknown: tuple[Topic, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def topic(self, topic: Topic) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.items if item.topic == topic)

    def to_json(self) -> dict[str, object]:
        return {
            "country": self.country,
            "name": self.name,
            "date": self.on.isoformat(),
            "items": [item.to_json() for item in self.items],
            "unknown": list(self.unknown),
            "warnings": list(self.warnings),
        }
