from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderless.countries import load_markets
from borderless.errors import InputError, UnknownCountryError
from borderless.localize.formats import (
    format_date,
    format_number,
    format_percent,
    format_price,
    formats_for,
    locale_for,
)
from borderless.money import Money


@pytest.mark.parametrize(
    ("country", "locale"),
    [("DE", "de_DE"), ("FR", "fr_FR"), ("JP", "ja_JP"), ("US", "en_US"), ("CH", "de_CH"), ("BR", "pt_BR")],
)
def test_locale_for_uses_cldr_likely_locale(country: str, locale: str) -> None:
    assert locale_for(country) == locale


def test_locale_for_rejects_unknown_country() -> None:
    with pytest.raises(UnknownCountryError):
        locale_for("XX1")


def test_prices_written_per_locale() -> None:
    assert format_price(Money("1234.5", "EUR"), "de_DE") == "1.234,50\xa0€"
    assert format_price(Money("1234.5", "USD"), "en_US") == "$1,234.50"
    assert format_price(Money("1234.5", "JPY"), "ja_JP") == "￥1,235"  # JPY has no minor units: rounded half up


def test_price_rounding_mode_is_explicit() -> None:
    assert format_price(Money("0.125", "EUR"), "en_IE") == "€0.13"
    assert format_price(Money("0.125", "EUR"), "en_IE", rounding="ROUND_HALF_EVEN") == "€0.12"


def test_numbers_percent_and_dates() -> None:
    assert format_number(Decimal("1234.5"), "de_DE") == "1.234,5"
    assert format_number(Decimal("2.5"), "en_US", digits=2) == "2.50"
    assert format_percent(Decimal("0.19"), "de_DE") == "19\xa0%"
    assert format_date(date(2026, 11, 21), "de_DE", "medium") == "21.11.2026"
    assert format_date(date(2026, 11, 21), "en_US", "short") == "11/21/26"
    assert format_date(date(2026, 11, 21), "ja_JP") == "2026/11/21"


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        format_number(1.5, "de_DE")  # type: ignore[arg-type]


def test_bad_locale_and_style_name_the_field() -> None:
    with pytest.raises(InputError) as error:
        format_date(date(2026, 1, 1), "zz_ZZ_bogus")
    assert error.value.field == "locale"
    with pytest.raises(InputError):
        format_date(date(2026, 1, 1), "de_DE", "tiny")  # type: ignore[arg-type]


def test_formats_for_market_uses_market_currency() -> None:
    german = formats_for("DE")
    assert (german.decimal_symbol, german.group_symbol, german.first_weekday) == (",", ".", "Monday")
    assert german.example_price == "1.234,50\xa0€"
    assert formats_for("US").first_weekday == "Sunday"
    assert formats_for("CH", locale="fr_CH").locale == "fr_CH"


@pytest.mark.parametrize("country", sorted(load_markets()))
def test_every_market_has_formats(country: str) -> None:
    formats = formats_for(country)
    assert formats.locale.endswith(country)
    assert formats.example_price
    assert set(formats.to_json()) >= {"locale", "decimal_symbol", "example_date"}


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_formatted_price_keeps_the_digits(amount: Decimal) -> None:
    text = format_price(Money(amount, "EUR"), "de_DE")
    digits = "".join(char for char in text if char.isdigit())
    assert digits.lstrip("0") == f"{amount:.2f}".replace(".", "").lstrip("0")
