"""The campaign calendar engine: events of one year for a set of markets, each with the day a campaign
should start and the last safe day to ship so a cross-border parcel arrives in time.

Definitions (documented in docs/calendar.md):

* ``campaign_start`` = first day of the event - ``lead_days`` calendar days. Lead days come from the
  event, else the default of its kind (:data:`DEFAULT_LEAD_DAYS`); the caller may override by kind or
  for all events.
* ``arrive_by`` = the last business day of the destination before the event's first day (the parcel
  must be in the buyer's hands the day before).
* ``last_ship_date`` = ``arrive_by`` moved back ``delivery_days`` business days of the destination
  (its weekend and public holidays from the ``holidays`` package are skipped). The origin's own
  holidays are not modelled.

No I/O: everything is computed from the rules in :mod:`borderless.calendar.events` and the in-memory
holiday lists of the ``holidays`` package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

import pycountry

from borderless.calendar.events import DEFAULT_LEAD_DAYS, EVENT_KINDS, EVENTS, HOLIDAYS_SOURCE, EventKind, EventRule
from borderless.calendar.rules import Resolved, market_holidays, resolve_rule
from borderless.errors import InputError, UnknownCountryError
from borderless.rules import Confidence, Source

__all__ = [
    "DEFAULT_DELIVERY_DAYS",
    "CalendarEvent",
    "CampaignCalendar",
    "build_calendar",
    "campaign_calendar",
    "parse_lead_days",
]

DEFAULT_DELIVERY_DAYS: Final = 7
"""Business days in transit assumed for a cross-border parcel when the caller gives none."""

MAX_DELIVERY_DAYS: Final = 120
MAX_LEAD_DAYS: Final = 365
CHECKED_PER_MARKET: Final = ("mothers_day", "fathers_day")
_QUALIFIERS: Final = re.compile(r"\s*\((observed|estimated|observed, estimated|in lieu)\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event in one market, with the dates a merchant plans around."""

    key: str
    name: str
    kind: EventKind
    country: str
    start: date
    end: date
    rule: str
    source: Source
    confidence: Confidence
    lead_days: int
    campaign_start: date
    delivery_days: int
    arrive_by: date
    last_ship_date: date
    public_holiday: bool
    note: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def uid(self) -> str:
        """A stable identifier: the same event in a regenerated calendar keeps its UID."""
        return f"{self.key}-{self.country}-{self.start:%Y%m%d}@borderless".lower()

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "rule": self.rule,
            "source": self.source.to_json(),
            "confidence": self.confidence,
            "lead_days": self.lead_days,
            "campaign_start": self.campaign_start.isoformat(),
            "delivery_days": self.delivery_days,
            "arrive_by": self.arrive_by.isoformat(),
            "last_ship_date": self.last_ship_date.isoformat(),
            "public_holiday": self.public_holiday,
            "note": self.note or None,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class CampaignCalendar:
    """The events of ``year`` for ``markets``, sorted by date, plus what could not be answered."""

    year: int
    markets: tuple[str, ...]
    delivery_days: int
    lead_days: Mapping[str, int]
    events: tuple[CalendarEvent, ...]
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "markets": list(self.markets),
            "delivery_days": self.delivery_days,
            "lead_days": dict(self.lead_days),
            "events": [event.to_json() for event in self.events],
            "warnings": list(self.warnings),
        }


def parse_lead_days(text: str) -> int | dict[str, int]:
    """``"30"`` (every kind) or ``"commercial=45,cultural=21"`` (by kind)."""
    text = text.strip()
    if not text:
        raise InputError("give a number of days or KIND=DAYS pairs", field="lead_days")
    if "=" not in text:
        return _days(text, "lead_days")
    result: dict[str, int] = {}
    for pair in text.split(","):
        kind, sep, value = pair.partition("=")
        kind = kind.strip().lower()
        if not sep or kind not in EVENT_KINDS:
            raise InputError(
                f"expected KIND=DAYS with KIND one of {', '.join(EVENT_KINDS)}, got {pair.strip()!r}", field="lead_days"
            )
        result[kind] = _days(value, "lead_days")
    return result


def _days(value: object, field_name: str, maximum: int = MAX_LEAD_DAYS) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise InputError(f"expected a whole number of days, got {value!r}", field=field_name, value=value) from None
    if not 0 <= days <= maximum:
        raise InputError(f"must be between 0 and {maximum} days, got {days}", field=field_name, value=value)
    return days


def _markets(markets: Iterable[str]) -> tuple[str, ...]:
    result: list[str] = []
    for raw in markets:
        code = str(raw).strip().upper()
        if not code:
            continue
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            raise UnknownCountryError(raw, field="markets")
        if code not in result:
            result.append(code)
    if not result:
        raise InputError("give at least one market (ISO 3166-1 alpha-2 codes, e.g. US,CN,IN)", field="markets")
    return tuple(result)


def _lead_table(lead_days: int | Mapping[str, int] | None) -> dict[str, int]:
    if lead_days is None:
        return {}
    if isinstance(lead_days, int):
        days = _days(lead_days, "lead_days")
        return dict.fromkeys(EVENT_KINDS, days)
    table: dict[str, int] = {}
    for kind, days in lead_days.items():
        if kind not in EVENT_KINDS:
            raise InputError(
                f"unknown event kind {kind!r} (expected one of {', '.join(EVENT_KINDS)})", field="lead_days", value=kind
            )
        table[kind] = _days(days, "lead_days")
    return table


class _BusinessDays:
    """Working days of one destination: its weekend and public holidays (holidays package), or
    Saturday/Sunday only when the package does not cover the country."""

    def __init__(self, country: str, year: int) -> None:
        self.listing = market_holidays(country, year)

    def is_working(self, day: date) -> bool:
        if self.listing is None:
            return day.weekday() < 5
        return bool(self.listing.is_working_day(day))

    def last_before(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        day -= timedelta(days=1)
        while not self.is_working(day):
            day -= timedelta(days=1)
        return day

    def back(self, day: date, count: int) -> date:
        for _ in range(count):
            day -= timedelta(days=1)
            while not self.is_working(day):
                day -= timedelta(days=1)
        return day


def _lead_for(rule_kind: EventKind, own: int | None, overrides: Mapping[str, int]) -> int:
    if rule_kind in overrides:
        return overrides[rule_kind]
    return own if own is not None else DEFAULT_LEAD_DAYS[rule_kind]


def _make_event(
    *,
    key: str,
    name: str,
    kind: EventKind,
    country: str,
    found: Resolved,
    source: Source,
    confidence: Confidence,
    lead_days: int,
    delivery_days: int,
    business: _BusinessDays,
    note: str,
    today: date | None,
) -> CalendarEvent:
    warnings: list[str] = []
    if found.estimated:
        confidence = "uncertain"
        warnings.append("the date is an estimate (lunar calendar); it may move by a day when announced")
    elif confidence == "uncertain":
        warnings.append("the date follows past years; the organiser announces it each year")
    campaign_start = found.start - timedelta(days=lead_days)
    arrive_by = business.last_before(found.start)
    last_ship = business.back(arrive_by, delivery_days)
    if today is not None and found.end >= today:
        if last_ship < today:
            warnings.append(f"the last safe ship date {last_ship.isoformat()} has passed (today {today.isoformat()})")
        elif campaign_start < today:
            warnings.append(
                f"the recommended campaign start {campaign_start.isoformat()} has passed (today {today.isoformat()})"
            )
    listing = business.listing
    span = [found.start + timedelta(days=n) for n in range((found.end - found.start).days + 1)]
    public = listing is not None and any(day in listing for day in span)
    return CalendarEvent(
        key,
        name,
        kind,
        country,
        found.start,
        found.end,
        found.how,
        source,
        confidence,
        lead_days,
        campaign_start,
        delivery_days,
        arrive_by,
        last_ship,
        public,
        note,
        tuple(warnings),
    )


def _public_holidays(country: str, year: int, covered: set[date]) -> list[tuple[str, Resolved]]:
    listing = market_holidays(country, year)
    if listing is None:
        return []
    runs: list[tuple[str, Resolved]] = []
    for day, value in sorted((d, v) for d, v in listing.items() if d.year == year):
        if day in covered:
            continue
        base = _QUALIFIERS.sub("", value).strip()
        estimated = "estimated" in value
        if runs and runs[-1][0] == base and (day - runs[-1][1].end).days == 1:
            previous = runs[-1][1]
            runs[-1] = (base, Resolved(previous.start, day, previous.how, previous.estimated or estimated))
        else:
            runs.append(
                (base, Resolved(day, day, f"public holiday in the holidays package list for {country}", estimated))
            )
    return runs


def build_calendar(
    markets: Iterable[str],
    year: int,
    *,
    delivery_days: int = DEFAULT_DELIVERY_DAYS,
    today: date | None = None,
    lead_days: int | Mapping[str, int] | None = None,
    kinds: Iterable[str] | None = None,
) -> CampaignCalendar:
    """The campaign calendar of ``year`` for ``markets`` (ISO 3166-1 alpha-2 codes).

    ``lead_days`` overrides campaign lead times (one number for every kind, or a mapping by kind);
    ``kinds`` keeps only some event kinds (public, religious, cultural, commercial); ``today``, when
    given, adds a warning to events whose campaign start or last ship date has already passed.
    """
    codes = _markets(markets)
    if not isinstance(year, int) or not 1950 <= year <= 2100:
        raise InputError(f"expected a year between 1950 and 2100, got {year!r}", field="year", value=year)
    delivery = _days(delivery_days, "delivery_days", MAX_DELIVERY_DAYS)
    overrides = _lead_table(lead_days)
    wanted = set(EVENT_KINDS if kinds is None else kinds)
    unknown_kinds = wanted - set(EVENT_KINDS)
    if unknown_kinds:
        raise InputError(
            f"unknown event kind(s) {', '.join(sorted(unknown_kinds))} (expected {', '.join(EVENT_KINDS)})",
            field="kinds",
        )
    events: list[CalendarEvent] = []
    warnings: list[str] = []
    for country in codes:
        business = _BusinessDays(country, year)
        if business.listing is None:
            warnings.append(
                f"{country}: no public-holiday data in the holidays package; business days count "
                f"Monday to Friday only and no public holidays are listed"
            )
        covered: set[date] = set()
        keys_seen: set[str] = set()
        for rule in EVENTS:
            if country not in rule.markets:
                continue
            keys_seen.add(rule.key)
            if rule.kind not in wanted:
                continue
            found = resolve_rule(rule.rule, year, country)
            if found is None:
                warnings.append(
                    f"{country}: the date of {rule.name_in(country)} in {year} is unknown (not in the "
                    f"market's holiday list and no calendar fallback)"
                )
                continue
            if rule.days > 1:
                found = Resolved(
                    found.start,
                    found.start + timedelta(days=rule.days - 1),
                    found.how,
                    found.estimated,
                    found.holiday_dates,
                )
            covered.update(found.holiday_dates)
            events.append(_event_from_rule(rule, country, found, overrides, delivery, business, today))
        for key in CHECKED_PER_MARKET:
            if key not in keys_seen and "cultural" in wanted:
                warnings.append(f"{country}: no {key.replace('_', ' ')} rule in the bundled data (unknown, not absent)")
        if "public" in wanted:
            for name, found in _public_holidays(country, year, covered):
                events.append(
                    _make_event(
                        key="public_holiday",
                        name=name,
                        kind="public",
                        country=country,
                        found=found,
                        source=HOLIDAYS_SOURCE,
                        confidence="secondary",
                        lead_days=_lead_for("public", None, overrides),
                        delivery_days=delivery,
                        business=business,
                        note="",
                        today=today,
                    )
                )
    events.sort(key=lambda e: (e.start, e.country, e.kind != "public", e.name))
    lead_table: dict[str, int] = {kind: overrides.get(kind, DEFAULT_LEAD_DAYS[kind]) for kind in EVENT_KINDS}
    return CampaignCalendar(year, codes, delivery, lead_table, tuple(events), tuple(warnings))


def _event_from_rule(
    rule: EventRule,
    country: str,
    found: Resolved,
    overrides: Mapping[str, int],
    delivery: int,
    business: _BusinessDays,
    today: date | None,
) -> CalendarEvent:
    return _make_event(
        key=rule.key,
        name=rule.name_in(country),
        kind=rule.kind,
        country=country,
        found=found,
        source=rule.source,
        confidence=rule.confidence,
        lead_days=_lead_for(rule.kind, rule.lead_days, overrides),
        delivery_days=delivery,
        business=business,
        note=rule.note,
        today=today,
    )


def campaign_calendar(
    markets: Iterable[str],
    year: int,
    *,
    delivery_days: int = DEFAULT_DELIVERY_DAYS,
    today: date | None = None,
    lead_days: int | Mapping[str, int] | None = None,
    kinds: Iterable[str] | None = None,
) -> list[CalendarEvent]:
    """The events of :func:`build_calendar` as a list (warnings dropped: use ``build_calendar`` to see
    them)."""
    return list(
        build_calendar(markets, year, delivery_days=delivery_days, today=today, lead_days=lead_days, kinds=kinds).events
    )
