"""Small constructors that keep country modules readable: dates as ISO strings, one-period timelines."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from borderless.money import Money
from borderless.rules import Confidence, Period, Source, Timeline

T = TypeVar("T")

REFERENCE_READ = date(2026, 11, 21)
"""When the project's reference compilation (landed-cost-rules.md) was read for these rules."""


def day(text: str) -> date:
    return date.fromisoformat(text)


def source(title: str, url: str, retrieved: str = "2026-11-21") -> Source:
    return Source(title, url, day(retrieved))


def money(amount: str, currency: str) -> Money:
    return Money(amount, currency)


def period(
    rule: str,
    start: str,
    end: str | None,
    value: T,
    cited: Source,
    confidence: Confidence = "verified",
    note: str = "",
) -> Period[T]:
    return Period(rule, day(start), day(end) if end else None, value, cited, confidence, note)


def rule(*periods: Period[T]) -> Timeline[T]:
    """A timeline named after its periods' rule (they must share it)."""
    names = {p.rule for p in periods}
    if len(names) != 1:
        raise ValueError(f"periods of one timeline must share a rule name, got {sorted(names)}")
    return Timeline(names.pop(), tuple(periods))
