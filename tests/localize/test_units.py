from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderless.errors import InputError
from borderless.localize.units import convert, localize_quantity, localize_units_in_text, unit_rule_for


def test_convert_uses_exact_definitions() -> None:
    assert convert(Decimal("1"), "lb", "kg") == Decimal("0.45359237")
    assert convert(Decimal("1"), "in", "cm") == Decimal("2.54")
    assert convert(Decimal("1"), "pint", "ml", source_system="uk") == Decimal("568.26125")


def test_convert_rejects_mixed_dimensions_and_unknown_units() -> None:
    with pytest.raises(InputError):
        convert(Decimal("1"), "kg", "ml")
    with pytest.raises(InputError):
        convert(Decimal("1"), "smoots-per-fortnight", "ml")


def test_metric_market_drops_the_original_unit() -> None:
    quantity = localize_quantity(Decimal("12"), "fl oz", "DE")
    assert (quantity.value, quantity.unit, quantity.show_both) == (Decimal("355"), "ml", False)
    assert quantity.text == "355 ml"
    assert quantity.rule.source.url.startswith("https://eur-lex.europa.eu")


def test_us_cosmetics_show_both_per_fpla() -> None:
    quantity = localize_quantity(Decimal("50"), "ml", "US", category="cosmetics")
    assert quantity.text == "1.7 fl oz (50 ml)"
    assert quantity.show_both
    assert "1453" in quantity.rule.source.url


def test_uk_keeps_pints_for_beer_and_imperial_beside_metric() -> None:
    assert localize_quantity(Decimal("568"), "ml", "GB", category="beer").text == "1 pint (568 ml)"
    assert localize_quantity(Decimal("1"), "pint", "GB", category="beer", source_system="uk").text == "1 pint"
    assert localize_quantity(Decimal("10"), "in", "GB").text == "25.4 cm (10 in)"


def test_metric_input_in_metric_market_is_untouched() -> None:
    quantity = localize_quantity(Decimal("250"), "g", "FR")
    assert not quantity.converted
    assert quantity.text == "250 g"


def test_numbers_use_the_market_locale() -> None:
    assert localize_quantity(Decimal("10"), "inches", "FR").text == "25,4 cm"
    assert localize_quantity(Decimal("350"), "°F", "DE").text == "177°C"


def test_text_conversion_reports_each_change_and_skips_ambiguous_forms() -> None:
    result = localize_units_in_text("Bottle 12 fl oz, 1.5 lb, 10 inches tall, 4 in stock", "DE")
    assert result.text == "Bottle 355 ml, 680 g, 25,4 cm tall, 4 in stock"
    assert result.changes == (("12 fl oz", "355 ml"), ("1.5 lb", "680 g"), ("10 inches", "25,4 cm"))


def test_unit_rules_are_sourced() -> None:
    for country in ("US", "GB", "DE", "CA", "JP", "MM"):
        rule = unit_rule_for(country)
        assert rule.source.url.startswith("https://")
        assert rule.confidence in ("verified", "secondary", "uncertain")
    assert unit_rule_for("MM").system == "us"


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10000), places=2))
def test_round_trip_conversion_is_exact(value: Decimal) -> None:
    there = convert(value, "kg", "lb")
    back = convert(there, "lb", "kg")
    assert abs(back - value) < Decimal("1e-20")
