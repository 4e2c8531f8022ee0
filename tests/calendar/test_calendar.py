"""Campaign calendar: known dates, rules, business-day arithmetic, inputs, and the data contract."""

from __future__ import annotations

import json
from datetime import date, timedelta

import holidays
import pycountry
import pytest
from dateutil.easter import easter
from hypothesis import given, settings
from hypothesis import strategies as st

from borderless.calendar import (
    DEFAULT_LEAD_DAYS,
    EVENT_KINDS,
    EVENTS,
    build_calendar,
    campaign_calendar,
    parse_lead_days,
)
from borderless.calendar.rules import (
    SUN,
    Fixed,
    FromEaster,
    HolidayLookup,
    NthWeekday,
    Unless,
    easter_sunday,
    market_holidays,
    resolve_rule,
)
from borderless.errors import InputError, UnknownCountryError
from borderless.rules import CONFIDENCES

LAUNCH_MARKETS = ["US", "CN", "IN", "SA", "JP", "BR"]


def _find(events: list, key: str, country: str) -> object:
    matches = [e for e in events if e.key == key and e.country == country]
    assert len(matches) == 1, f"{key} in {country}: {matches}"
    return matches[0]


@pytest.fixture(scope="module")
def calendar_2027() -> list:
    return campaign_calendar(LAUNCH_MARKETS, 2027)


# --- known facts (issue 4, item 5) ------------------------------------------------------------------


def test_singles_day_2027_in_china(calendar_2027: list) -> None:
    event = _find(calendar_2027, "singles_day", "CN")
    assert event.start == event.end == date(2027, 11, 11)
    assert event.kind == "commercial"


def test_us_black_friday_2027(calendar_2027: list) -> None:
    event = _find(calendar_2027, "black_friday", "US")
    assert event.start == date(2027, 11, 26)
    assert _find(calendar_2027, "cyber_monday", "US").start == date(2027, 11, 29)


def _first_named(country: str, year: int, text: str) -> date:
    listing = holidays.country_holidays(country, years=year, language="en_US")
    return min(d for d, n in listing.items() if text in n and d.year == year)


def test_diwali_comes_from_the_holidays_package(calendar_2027: list) -> None:
    event = _find(calendar_2027, "diwali", "IN")
    assert event.start == _first_named("IN", 2027, "Diwali") == date(2027, 10, 29)
    assert event.kind == "religious"
    assert "holidays" in event.source.url


@pytest.mark.parametrize(("key", "text"), [("eid_al_fitr", "Eid al-Fitr"), ("eid_al_adha", "Eid al-Adha")])
@pytest.mark.parametrize("country", ["SA", "IN"])
def test_eid_dates_come_from_the_holidays_package(calendar_2027: list, key: str, text: str, country: str) -> None:
    event = _find(calendar_2027, key, country)
    assert event.start == _first_named(country, 2027, text)


def test_eid_run_covers_the_saudi_holiday_days(calendar_2027: list) -> None:
    event = _find(calendar_2027, "eid_al_fitr", "SA")
    listed = sorted(
        d for d, n in holidays.country_holidays("SA", years=2027, language="en_US").items() if "Eid al-Fitr" in n
    )
    assert (event.start, event.end) == (listed[0], listed[-1])


def test_ramadan_starts_before_eid_and_is_uncertain(calendar_2027: list) -> None:
    ramadan, eid = _find(calendar_2027, "ramadan", "SA"), _find(calendar_2027, "eid_al_fitr", "SA")
    assert 28 <= (eid.start - ramadan.start).days <= 31
    assert ramadan.confidence == "uncertain" and ramadan.warnings


def test_lunar_new_year_and_public_list_are_not_duplicated(calendar_2027: list) -> None:
    event = _find(calendar_2027, "lunar_new_year", "CN")
    assert event.start == date(2027, 2, 6) and event.public_holiday
    public = [e for e in calendar_2027 if e.country == "CN" and e.kind == "public"]
    assert not any(e.start <= date(2027, 2, 6) <= e.end for e in public)
    assert any(e.name == "Chinese New Year's Eve" for e in public)


def test_lunar_new_year_fallback_without_a_holiday_list() -> None:
    found = resolve_rule(HolidayLookup(r"^no such holiday$", None, "lunar_new_year"), 2027, "US")
    assert found is not None and found.start == date(2027, 2, 6)
    assert resolve_rule(HolidayLookup(r"^no such holiday$"), 2027, "US") is None


# --- rules -------------------------------------------------------------------------------------------


@given(st.integers(min_value=1900, max_value=2200))
def test_easter_matches_dateutil(year: int) -> None:
    assert easter_sunday(year) == easter(year)


@pytest.mark.parametrize(
    ("country", "year", "expected"),
    [
        ("US", 2027, date(2027, 5, 9)),
        ("GB", 2027, date(2027, 3, 7)),  # Easter 28 March - 21 days
        ("MX", 2027, date(2027, 5, 10)),
        ("FR", 2027, date(2027, 5, 30)),
        ("FR", 2023, date(2023, 6, 4)),  # last Sunday of May was Pentecost
        ("FR", 2024, date(2024, 5, 26)),
        ("ES", 2027, date(2027, 5, 2)),
        ("NO", 2027, date(2027, 2, 14)),
        ("TH", 2027, date(2027, 8, 12)),
    ],
)
def test_mothers_day_by_country(country: str, year: int, expected: date) -> None:
    event = _find(campaign_calendar([country], year, kinds=["cultural"]), "mothers_day", country)
    assert event.start == expected


@pytest.mark.parametrize(
    ("year", "start", "end"),
    [(2024, date(2024, 11, 15), date(2024, 11, 18)), (2025, date(2025, 11, 14), date(2025, 11, 17))],
)
def test_el_buen_fin_is_friday_to_revolution_day_monday(year: int, start: date, end: date) -> None:
    event = _find(campaign_calendar(["MX"], year, kinds=["commercial"]), "el_buen_fin", "MX")
    assert (event.start, event.end) == (start, end)


def test_golden_week_and_fathers_day_in_germany() -> None:
    jp = _find(campaign_calendar(["JP"], 2027), "golden_week", "JP")
    assert (jp.start, jp.end) == (date(2027, 4, 29), date(2027, 5, 5))
    de = _find(campaign_calendar(["DE"], 2027), "fathers_day", "DE")
    assert de.start == easter(2027) + timedelta(days=39)


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=6),
    st.sampled_from([1, 2, 3, 4, -1]),
    st.integers(min_value=1990, max_value=2060),
)
def test_nth_weekday_lands_on_the_weekday_in_the_month(month: int, weekday: int, n: int, year: int) -> None:
    found = resolve_rule(NthWeekday(month, weekday, n), year, "US")
    assert found is not None
    day = found.start
    assert day.month == month and day.weekday() == weekday
    if n > 0:
        assert (day.day - 1) // 7 == n - 1
    else:
        assert (day + timedelta(days=7)).month != month


def test_unless_keeps_the_rule_when_there_is_no_clash() -> None:
    rule = Unless(Fixed(5, 1), Fixed(5, 2), Fixed(6, 1))
    assert resolve_rule(rule, 2027, "FR").start == date(2027, 5, 1)  # type: ignore[union-attr]
    clash = Unless(NthWeekday(5, SUN, -1), FromEaster(49), Fixed(6, 1))
    assert resolve_rule(clash, 2023, "FR").start == date(2023, 6, 1)  # type: ignore[union-attr]


# --- campaign start and last ship date ----------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["US", "SA", "AE", "JP", "CN", "BR", "IN", "DE"]),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=2024, max_value=2030),
)
def test_last_ship_date_leaves_delivery_days_business_days(country: str, delivery: int, year: int) -> None:
    listing = market_holidays(country, year)
    assert listing is not None
    for event in campaign_calendar([country], year, delivery_days=delivery, kinds=["commercial"]):
        assert event.arrive_by < event.start
        assert listing.is_working_day(event.arrive_by)
        # no working day between arrive_by and the event start
        day = event.arrive_by + timedelta(days=1)
        while day < event.start:
            assert not listing.is_working_day(day)
            day += timedelta(days=1)
        assert listing.is_working_day(event.last_ship_date)
        between = listing.get_working_days_count(event.last_ship_date, event.arrive_by) - 1
        assert between == delivery
        assert event.campaign_start == event.start - timedelta(days=event.lead_days)


def test_saudi_weekend_is_friday_and_saturday() -> None:
    event = _find(campaign_calendar(["SA"], 2027, delivery_days=1, kinds=["commercial"]), "black_friday", "SA")
    # Black Friday 2027-11-26 is a Friday: arrive by Thursday 25th, ship Wednesday 24th.
    assert (event.arrive_by, event.last_ship_date) == (date(2027, 11, 25), date(2027, 11, 24))
    us = _find(campaign_calendar(["US"], 2027, delivery_days=1, kinds=["commercial"]), "black_friday", "US")
    # Thanksgiving (25th) is a US holiday: arrive by Wednesday 24th, ship Tuesday 23rd.
    assert (us.arrive_by, us.last_ship_date) == (date(2027, 11, 24), date(2027, 11, 23))


def test_lead_days_defaults_and_overrides() -> None:
    default = _find(campaign_calendar(["US"], 2027), "valentines_day", "US")
    assert default.lead_days == DEFAULT_LEAD_DAYS["cultural"]
    singles = _find(campaign_calendar(["CN"], 2027), "singles_day", "CN")
    assert singles.lead_days == 60  # the event's own lead time
    every = _find(campaign_calendar(["CN"], 2027, lead_days=10), "singles_day", "CN")
    assert every.lead_days == 10 and every.campaign_start == date(2027, 11, 1)
    by_kind = campaign_calendar(["CN"], 2027, lead_days={"commercial": 5})
    assert _find(by_kind, "singles_day", "CN").lead_days == 5
    assert _find(by_kind, "valentines_day", "CN").lead_days == DEFAULT_LEAD_DAYS["cultural"]


def test_parse_lead_days() -> None:
    assert parse_lead_days("30") == 30
    assert parse_lead_days("commercial=45, cultural=21") == {"commercial": 45, "cultural": 21}
    for bad in ("", "-1", "x", "party=3", "commercial=400"):
        with pytest.raises(InputError) as info:
            parse_lead_days(bad)
        assert info.value.field == "lead_days"


def test_today_flags_passed_dates() -> None:
    result = build_calendar(["US"], 2027, today=date(2027, 11, 20), kinds=["commercial"])
    black_friday = _find(list(result.events), "black_friday", "US")
    assert any("has passed" in w for w in black_friday.warnings)
    assert (
        not any("has passed" in w for w in _find(list(result.events), "double_12", "US").warnings)
        if any(e.key == "double_12" for e in result.events)
        else True
    )
    untouched = build_calendar(["US"], 2027, kinds=["commercial"])
    assert not any("has passed" in w for e in untouched.events for w in e.warnings)


def test_kinds_filter_and_sorting() -> None:
    events = campaign_calendar(LAUNCH_MARKETS, 2027, kinds=["commercial"])
    assert events and {e.kind for e in events} == {"commercial"}
    assert [e.start for e in events] == sorted(e.start for e in events)


def test_unknown_answers_are_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    result = build_calendar(["SA"], 2027)
    assert any(w.startswith("SA: no mothers day rule") for w in result.warnings)
    # a country the holidays package does not cover: weekends only, and said so
    import borderless.calendar.engine as engine

    monkeypatch.setattr(engine, "market_holidays", lambda country, year: None)
    bare = build_calendar(["US"], 2027, delivery_days=1, kinds=["commercial", "public"])
    assert any(w.startswith("US: no public-holiday data") for w in bare.warnings)
    assert not any(e.kind == "public" for e in bare.events)
    black_friday = _find(list(bare.events), "black_friday", "US")
    assert (black_friday.arrive_by, black_friday.last_ship_date) == (date(2027, 11, 25), date(2027, 11, 24))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"markets": ["XX"]}, "markets"),
        ({"markets": ["USA"]}, "markets"),
        ({"markets": []}, "markets"),
        ({"year": 1800}, "year"),
        ({"delivery_days": -1}, "delivery_days"),
        ({"delivery_days": 500}, "delivery_days"),
        ({"kinds": ["sales"]}, "kinds"),
        ({"lead_days": {"holiday": 3}}, "lead_days"),
    ],
)
def test_bad_input_names_the_field(kwargs: dict, field: str) -> None:
    arguments = {"markets": ["US"], "year": 2027, **kwargs}
    markets, year = arguments.pop("markets"), arguments.pop("year")
    with pytest.raises(InputError) as info:
        build_calendar(markets, year, **arguments)
    assert info.value.field == field
    if field == "markets" and markets:
        assert isinstance(info.value, UnknownCountryError)


def test_json_is_serialisable_and_complete(calendar_2027: list) -> None:
    data = json.loads(json.dumps([event.to_json() for event in calendar_2027]))
    for item in data:
        for name in (
            "start",
            "end",
            "name",
            "kind",
            "country",
            "source",
            "confidence",
            "campaign_start",
            "last_ship_date",
            "arrive_by",
            "lead_days",
            "delivery_days",
            "rule",
        ):
            assert item[name] not in (None, ""), name
        assert item["source"]["url"].startswith("https://")


# --- data contract -----------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", EVENTS, ids=lambda r: f"{r.key}:{','.join(r.markets[:3])}")
def test_event_rule_contract(rule: object) -> None:
    assert rule.kind in EVENT_KINDS  # type: ignore[attr-defined]
    assert rule.confidence in CONFIDENCES  # type: ignore[attr-defined]
    source = rule.source  # type: ignore[attr-defined]
    assert source.title and source.url.startswith("https://") and source.retrieved == date(2026, 11, 21)
    assert rule.markets and rule.days >= 1  # type: ignore[attr-defined]
    for country in rule.markets:  # type: ignore[attr-defined]
        assert pycountry.countries.get(alpha_2=country) is not None, country
        for year in (2024, 2027, 2031):
            assert resolve_rule(rule.rule, year, country) is not None, (country, year)  # type: ignore[attr-defined]
    for country, name in rule.local_names:  # type: ignore[attr-defined]
        assert country in rule.markets and name  # type: ignore[attr-defined]


def test_one_rule_per_event_and_market() -> None:
    seen: set[tuple[str, str]] = set()
    for rule in EVENTS:
        for country in rule.markets:
            assert (rule.key, country) not in seen, (rule.key, country)
            seen.add((rule.key, country))
    assert len(set(rule.markets)) == len(rule.markets)
