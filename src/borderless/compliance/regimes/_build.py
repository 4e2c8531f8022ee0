"""Constructors that keep the compliance modules short: facts grouped into per-topic timelines."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from borderless.compliance.model import ConsentModel, Obligation, Requirement, Topic
from borderless.rules import Confidence, Period, Source, Timeline

__all__ = ["fact", "obligations", "src"]


def src(title: str, url: str, retrieved: str = "2026-11-21") -> Source:
    return Source(title, url, date.fromisoformat(retrieved))


@dataclass(frozen=True, slots=True)
class _Fact:
    topic: Topic
    start: str
    end: str | None
    requirement: Requirement
    source: Source
    confidence: Confidence
    note: str


def fact(
    topic: Topic,
    start: str,
    end: str | None,
    summary: str,
    cited: Source,
    confidence: Confidence = "secondary",
    *,
    detail: str = "",
    model: ConsentModel | None = None,
    days: int | None = None,
    hours: int | None = None,
    note: str = "",
) -> _Fact:
    return _Fact(topic, start, end, Requirement(summary, detail, model, days, hours), cited, confidence, note)


def obligations(market: str, authority: str, *facts: _Fact) -> tuple[Obligation, ...]:
    """One obligation per topic (id ``<market>.<topic>``), its periods taken from ``facts``."""
    by_topic: dict[Topic, list[_Fact]] = defaultdict(list)
    for item in facts:
        by_topic[item.topic].append(item)
    built: list[Obligation] = []
    for topic, items in by_topic.items():
        rule_id = f"{market}.{topic}"
        periods = tuple(
            Period(
                rule_id,
                date.fromisoformat(i.start),
                date.fromisoformat(i.end) if i.end else None,
                i.requirement,
                i.source,
                i.confidence,
                i.note,
            )
            for i in items
        )
        built.append(Obligation(rule_id, market, topic, Timeline(rule_id, periods), authority))
    return tuple(built)
