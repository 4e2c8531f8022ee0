"""Native price endings: nearest candidate, thresholds, avoided digits, the bundled table."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderless.money import cash_increment, minor_units
from borderless.pricing import apply_ending, at_least, default_conventions
from borderless.pricing.endings import crossed_threshold

CONVENTIONS = default_conventions()


def ended(market: str, price: str) -> Decimal:
    result = apply_ending(Decimal(price), CONVENTIONS.endings_for(market))
    assert result is not None
    return result.amount


@pytest.mark.parametrize(
    ("market", "raw", "expected"),
    [
        ("US", "24.00", "23.99"),
        ("US", "24.60", "24.99"),
        ("US", "99.60", "99.99"),
        ("US", "100.40", "99.99"),  # nearest
        ("US", "100.60", "100.99"),
        ("GB", "19.995", "19.99"),  # never up across 20
        ("DE", "26.18", "25.99"),
        ("FR", "26.60", "26.99"),  # EU members share the EU row
        ("JP", "3594", "3580"),
        ("JP", "995", "990"),  # not up across 1 000
        ("JP", "1040", "1080"),
        ("JP", "384", "380"),
        ("KR", "33123", "32900"),
        ("CN", "143", "138"),  # 148 contains a 4: skipped
        ("CN", "45", "38"),  # 48 contains 4; 58 is further than 38
        ("CH", "22.71", "22.90"),
        ("BR", "120.3", "119.90"),
        ("SE", "297", "299"),
        ("SE", "12.4", "12"),
        ("AU", "30.1", "29.95"),
    ],
)
def test_market_endings(market: str, raw: str, expected: str) -> None:
    assert ended(market, raw) == Decimal(expected)


def test_jpy_and_krw_prices_are_whole() -> None:
    for market, currency in (("JP", "JPY"), ("KR", "KRW")):
        for raw in ("1", "99.5", "1234.56", "98765.4"):
            assert ended(market, raw) == ended(market, raw).to_integral_value()
            assert minor_units(currency) == 0


def test_chf_prices_are_multiples_of_five_centimes() -> None:
    step = cash_increment("CHF")
    assert step == Decimal("0.05")
    for raw in ("0.33", "12.34", "99.99", "1234.5"):
        assert ended("CH", raw) % step == 0


def test_chinese_prices_avoid_four_and_end_in_eight() -> None:
    for raw in range(5, 2000, 7):
        price = ended("CN", str(raw))
        assert "4" not in format(price, "f")
        assert format(price, "f").rstrip("0").rstrip(".").endswith("8")


def test_every_bundled_candidate_fits_the_currency() -> None:
    from borderless.countries import load_markets

    for market in load_markets().values():
        quantum = Decimal(1).scaleb(-minor_units(market.currency))
        for raw in ("0.7", "9.99", "57.3", "104", "1999", "12345"):
            result = apply_ending(Decimal(raw), CONVENTIONS.endings_for(market.country))
            assert result is not None, market.country
            assert result.amount % quantum == 0, (market.country, raw, result.amount)


def test_every_ending_rule_is_sourced() -> None:
    for rules in CONVENTIONS.endings.values():
        for rule in rules:
            assert rule.source.title and rule.source.url.startswith("https://")
            assert rule.confidence in ("verified", "secondary", "uncertain")


def test_threshold() -> None:
    assert crossed_threshold(Decimal("99.6"), Decimal("100.99")) == 100
    assert crossed_threshold(Decimal("1040"), Decimal("1080")) is None
    assert crossed_threshold(Decimal("19.995"), Decimal("20.99")) == 20


def test_at_least_is_never_below() -> None:
    result = at_least(Decimal("24.00"), CONVENTIONS.endings_for("US"))
    assert result is not None and result.amount == Decimal("24.99")


prices = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("50000"), places=2)


@given(prices, prices, st.sampled_from(["US", "DE", "JP", "KR", "CN", "CH", "BR", "SE", "HU", "IN"]))
def test_endings_are_monotone_and_idempotent(low: Decimal, high: Decimal, market: str) -> None:
    low, high = min(low, high), max(low, high)
    rules = CONVENTIONS.endings_for(market)
    a, b = apply_ending(low, rules), apply_ending(high, rules)
    assert a is not None and b is not None
    assert a.amount <= b.amount
    again = apply_ending(a.amount, rules)
    assert again is not None and again.amount == a.amount
