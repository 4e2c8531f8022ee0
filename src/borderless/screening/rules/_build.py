"""Small constructors that keep the rule modules readable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from borderless.rules import Confidence, Period, Source, Timeline
from borderless.screening.model import MODES, Mode, Rule, Ruling, Severity

__all__ = ["rule", "src", "when"]

RETRIEVED = "2026-11-21"


def src(title: str, url: str, retrieved: str = RETRIEVED) -> Source:
    return Source(title, url, date.fromisoformat(retrieved))


@dataclass(frozen=True, slots=True)
class _When:
    start: str
    end: str | None
    severity: Severity
    explanation: str
    source: Source
    confidence: Confidence
    note: str


def when(
    start: str,
    end: str | None,
    severity: Severity,
    explanation: str,
    cited: Source,
    confidence: Confidence = "secondary",
    note: str = "",
) -> _When:
    """One period of a rule: in force on ``start <= day < end`` (``end=None``: open-ended)."""
    return _When(start, end, severity, explanation, cited, confidence, note)


def rule(
    market: str,
    key: str,
    categories: str | tuple[str, ...],
    *periods: _When,
    authority: str = "",
    modes: tuple[Mode, ...] = MODES,
) -> Rule:
    """A rule with id ``<market>.<key>`` (``*`` markets use ``ALL``)."""
    rule_id = f"{'ALL' if market == '*' else market}.{key}"
    cats = (categories,) if isinstance(categories, str) else categories
    built = tuple(
        Period(
            rule_id,
            date.fromisoformat(p.start),
            date.fromisoformat(p.end) if p.end else None,
            Ruling(p.severity, p.explanation),
            p.source,
            p.confidence,
            p.note,
        )
        for p in periods
    )
    return Rule(rule_id, market, cats, Timeline(rule_id, built), modes=modes, authority=authority)
