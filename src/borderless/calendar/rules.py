"""Date rules: how an event's date is found for any year.

A rule is a small frozen value (a fixed date, the n-th weekday of a month, an offset from Easter or
from another rule, or a look-up in the market's own holiday list from the ``holidays`` package with a
lunar/lunisolar calendar fallback). :func:`resolve_rule` turns a rule into the dates of one year and
says how it got there, so every event can explain itself. No I/O: the holiday lists are computed by
the ``holidays`` package in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import holidays

__all__ = [
    "FRI",
    "MON",
    "SAT",
    "SUN",
    "THU",
    "TUE",
    "WED",
    "DateRule",
    "Fixed",
    "FromEaster",
    "HolidayLookup",
    "NthWeekday",
    "Offset",
    "Resolved",
    "Unless",
    "describe_rule",
    "easter_sunday",
    "market_holidays",
    "resolve_rule",
]

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ORDINALS: Final = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"}


@dataclass(frozen=True, slots=True)
class Fixed:
    """The same calendar day every year."""

    month: int
    day: int


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The ``n``-th ``weekday`` (0 = Monday) of ``month``; ``n = -1`` is the last one."""

    month: int
    weekday: int
    n: int


@dataclass(frozen=True, slots=True)
class FromEaster:
    """Western (Gregorian) Easter Sunday plus ``days`` (negative: before)."""

    days: int


@dataclass(frozen=True, slots=True)
class Offset:
    """Another rule's date plus ``days``."""

    base: DateRule
    days: int


@dataclass(frozen=True, slots=True)
class Unless:
    """``rule``, except when it falls on ``clash``'s date: then ``instead``."""

    rule: DateRule
    clash: DateRule
    instead: DateRule


@dataclass(frozen=True, slots=True)
class HolidayLookup:
    """The first holiday of the year in the market's own list (``holidays`` package, English names)
    whose name matches ``anchor``; the event runs over the following days whose names match ``run``
    (default: ``anchor``). When the market's list has no such holiday, ``fallback`` names a calendar
    computation of the ``holidays`` package (lunar new year, Diwali, Ramadan, Eid...)."""

    anchor: str
    run: str | None = None
    fallback: str | None = None


DateRule = Fixed | NthWeekday | FromEaster | Offset | Unless | HolidayLookup


@dataclass(frozen=True, slots=True)
class Resolved:
    """A rule's answer for one year: first and last day (inclusive), how it was found, and whether the
    date is an estimate (lunar calendars before the authorities announce the sighting)."""

    start: date
    end: date
    how: str
    estimated: bool = False
    holiday_dates: tuple[date, ...] = ()


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        if day.month != month:
            raise ValueError(f"there is no {_ORDINALS[n]} {_WEEKDAYS[weekday]} in {_MONTHS[month - 1]} {year}")
        return day
    last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def describe_rule(rule: DateRule) -> str:
    """The rule in words, for explanations and docs."""
    match rule:
        case Fixed(month, day):
            return f"{day} {_MONTHS[month - 1]}"
        case NthWeekday(month, weekday, n):
            return f"{_ORDINALS[n]} {_WEEKDAYS[weekday]} of {_MONTHS[month - 1]}"
        case FromEaster(days):
            if days == 0:
                return "Easter Sunday"
            return f"Easter Sunday {'+' if days > 0 else '-'} {abs(days)} days"
        case Offset(base, days):
            unit = "day" if abs(days) == 1 else "days"
            return f"{describe_rule(base)} {'+' if days >= 0 else '-'} {abs(days)} {unit}"
        case Unless(inner, clash, instead):
            return f"{describe_rule(inner)}, or {describe_rule(instead)} if that is {describe_rule(clash)}"
        case HolidayLookup(anchor, _, fallback):
            tail = f", else the {fallback.replace('_', ' ')} calendar" if fallback else ""
            return f"holiday list of the market (holidays package) matching /{anchor}/{tail}"
    raise TypeError(f"not a date rule: {rule!r}")  # pragma: no cover


@lru_cache(maxsize=512)
def market_holidays(country: str, year: int) -> holidays.HolidayBase | None:
    """The market's public holidays for ``year`` (English names), or ``None`` when the ``holidays``
    package does not cover the country."""
    try:
        return holidays.country_holidays(country, years=year, language="en_US")
    except NotImplementedError:
        return None


def _calendar_fallbacks() -> Mapping[str, Callable[[int], list[tuple[date, bool]]]]:
    # The holidays package computes lunar and lunisolar dates in these calendar classes; its country
    # classes use the same ones. They are exported by holidays.calendars but named as private, so the
    # import is guarded: when they move, lookups report "unknown" instead of failing.
    from holidays.calendars.chinese import _ChineseLunisolar
    from holidays.calendars.hindu import _HinduLunisolar
    from holidays.calendars.islamic import _IslamicLunar

    chinese, hindu, islamic = _ChineseLunisolar(), _HinduLunisolar(), _IslamicLunar()

    def one(value: tuple[date | None, bool]) -> list[tuple[date, bool]]:
        found, estimated = value
        return [] if found is None else [(found, estimated)]

    return {
        "lunar_new_year": lambda year: one(chinese.lunar_new_year_date(year)),
        "mid_autumn": lambda year: one(chinese.mid_autumn_date(year)),
        "diwali": lambda year: one(hindu.diwali_india_date(year)),
        "ramadan_start": lambda year: list(islamic.ramadan_beginning_dates(year)),
        "eid_al_fitr": lambda year: list(islamic.eid_al_fitr_dates(year)),
        "eid_al_adha": lambda year: list(islamic.eid_al_adha_dates(year)),
    }


@lru_cache(maxsize=1)
def _fallbacks() -> Mapping[str, Callable[[int], list[tuple[date, bool]]]]:
    try:
        return _calendar_fallbacks()
    except (ImportError, AttributeError):  # pragma: no cover - depends on the installed holidays version
        return {}


FALLBACK_NAMES: Final = ("lunar_new_year", "mid_autumn", "diwali", "ramadan_start", "eid_al_fitr", "eid_al_adha")


@lru_cache(maxsize=256)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(";")]


def _lookup(rule: HolidayLookup, year: int, country: str) -> Resolved | None:
    listing = market_holidays(country, year)
    if listing is not None:
        anchor, run = _pattern(rule.anchor), _pattern(rule.run or rule.anchor)
        in_year = sorted((day, name) for day, value in listing.items() if day.year == year for name in _names(value))
        for day, name in in_year:
            if anchor.search(name):
                matching = sorted({d for d, n in in_year if d >= day and run.search(n)})
                end, estimated = day, "estimated" in name
                for later in matching:
                    if (later - end).days <= 2:  # observed/bridge days right after count as the same run
                        end = later
                        estimated = estimated or any("estimated" in n for d, n in in_year if d == later)
                covered = tuple(d for d in matching if d <= end)
                return Resolved(day, end, f"{name!r} in the holidays package list for {country}", estimated, covered)
    if rule.fallback is None:
        return None
    compute = _fallbacks().get(rule.fallback)
    if compute is None:
        return None
    found = sorted((day, estimated) for day, estimated in compute(year) if day.year == year)
    if not found:
        return None
    day, estimated = found[0]
    return Resolved(day, day, f"{rule.fallback.replace('_', ' ')} date from the holidays package calendar", estimated)


def resolve_rule(rule: DateRule, year: int, country: str) -> Resolved | None:
    """The dates of ``rule`` in ``year`` for ``country``, or ``None`` when unknown (a look-up that found
    nothing)."""
    match rule:
        case Fixed(month, day):
            found = date(year, month, day)
        case NthWeekday(month, weekday, n):
            found = _nth_weekday(year, month, weekday, n)
        case FromEaster(days):
            found = easter_sunday(year) + timedelta(days=days)
        case Offset(base, days):
            inner = resolve_rule(base, year, country)
            if inner is None:
                return None
            shifted = inner.start + timedelta(days=days)
            how = describe_rule(rule) if not isinstance(base, HolidayLookup) else f"{inner.how} {days:+d} days"
            return Resolved(shifted, shifted, how, inner.estimated)
        case Unless(inner_rule, clash, instead):
            first, other = resolve_rule(inner_rule, year, country), resolve_rule(clash, year, country)
            if first is not None and other is not None and first.start == other.start:
                return resolve_rule(instead, year, country)
            return first
        case HolidayLookup():
            return _lookup(rule, year, country)
        case _:  # pragma: no cover
            raise TypeError(f"not a date rule: {rule!r}")
    return Resolved(found, found, describe_rule(rule))
