"""Effective-dated, source-cited values.

Every rate, threshold and fee Borderless uses is a :class:`Period`: a value in force from
``start`` (inclusive) to ``end`` (exclusive, ``None`` for open-ended), with the :class:`Source`
it comes from and how sure we are of it. A :class:`Timeline` holds the periods of one rule and
answers for an explicit date; nothing here defaults to today.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Final, Generic, Literal, TypeVar

from borderless.errors import DataError, RuleNotFoundError

__all__ = ["CONFIDENCES", "Confidence", "Period", "Source", "Timeline"]

Confidence = Literal["verified", "secondary", "uncertain"]
CONFIDENCES: Final[tuple[Confidence, ...]] = ("verified", "secondary", "uncertain")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a title a person can find, its URL, and when we read it."""

    title: str
    url: str
    retrieved: date

    def to_json(self) -> dict[str, str]:
        return {"title": self.title, "url": self.url, "retrieved": self.retrieved.isoformat()}


@dataclass(frozen=True, slots=True)
class Period(Generic[T]):
    """One value of a rule, in force on ``start <= day < end``."""

    rule: str
    start: date
    end: date | None
    value: T
    source: Source
    confidence: Confidence
    note: str = ""

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)

    def effective_json(self) -> dict[str, str | None]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat() if self.end else None}


@dataclass(frozen=True, slots=True)
class Timeline(Generic[T]):
    """The periods of one rule, sorted and checked for overlaps. Gaps are allowed: a date in a
    gap has no value (``on`` returns ``None``; ``require`` raises)."""

    rule: str
    periods: tuple[Period[T], ...]
    _starts: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.periods, key=lambda p: p.start))
        for period in ordered:
            if period.end is not None and period.end <= period.start:
                raise DataError(f"rule {self.rule!r}: period starting {period.start} ends before it starts")
            if period.confidence not in CONFIDENCES:
                raise DataError(f"rule {self.rule!r}: unknown confidence {period.confidence!r}")
        for before, after in pairwise(ordered):
            if before.end is None or before.end > after.start:
                raise DataError(
                    f"rule {self.rule!r}: period from {before.start} overlaps the one from {after.start}"
                )
        object.__setattr__(self, "periods", ordered)
        object.__setattr__(self, "_starts", tuple(p.start for p in ordered))

    def on(self, on: date) -> Period[T] | None:
        """The period in force on ``on``, or ``None`` when no period covers it."""
        index = bisect_right(self._starts, on) - 1
        if index < 0:
            return None
        period = self.periods[index]
        if period.end is not None and on >= period.end:
            return None
        return period

    def require(self, on: date) -> Period[T]:
        period = self.on(on)
        if period is None:
            raise RuleNotFoundError(self.rule, on)
        return period

    def __iter__(self) -> Iterator[Period[T]]:
        return iter(self.periods)

    def __len__(self) -> int:
        return len(self.periods)


def timeline(rule: str, periods: Iterable[Period[T]]) -> Timeline[T]:
    """Build a checked :class:`Timeline` from periods given in any order."""
    return Timeline(rule, tuple(periods))
