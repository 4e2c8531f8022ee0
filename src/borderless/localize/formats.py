"""Prices, dates and numbers written the way each market writes them, with Babel (CLDR).

A market's locale is CLDR's most likely locale for the country (``DE`` -> ``de_DE``, ``JP`` -> ``ja_JP``,
``CH`` -> ``de_CH``) unless the caller names one (``fr_CH``, ``en_IN``). Nothing here converts money:
:func:`format_price` writes a :class:`~borderless.money.Money` in its own currency, rounded to the
currency's minor units (CLDR) with an explicit rounding mode. Pure functions; no I/O::

    >>> from decimal import Decimal
    >>> from borderless.money import Money
    >>> format_price(Money("1234.5", "EUR"), "de_DE")
    '1.234,50\\xa0€'
    >>> formats_for("JP").locale
    'ja_JP'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Final, Literal

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from borderless.errors import InputError, UnknownCountryError
from borderless.money import Money

__all__ = [
    "DateStyle",
    "LocalFormats",
    "format_date",
    "format_number",
    "format_percent",
    "format_price",
    "formats_for",
    "locale_for",
    "parse_locale",
]

DateStyle = Literal["short", "medium", "long", "full"]

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class LocalFormats:
    """How one market writes numbers, money and dates (all from CLDR through Babel)."""

    country: str
    locale: str
    language: str
    decimal_symbol: str
    group_symbol: str
    currency_pattern: str
    date_short: str
    date_medium: str
    first_weekday: str
    example_price: str
    example_date: str

    def to_json(self) -> dict[str, str]:
        return {
            "country": self.country,
            "locale": self.locale,
            "language": self.language,
            "decimal_symbol": self.decimal_symbol,
            "group_symbol": self.group_symbol,
            "currency_pattern": self.currency_pattern,
            "date_short": self.date_short,
            "date_medium": self.date_medium,
            "first_weekday": self.first_weekday,
            "example_price": self.example_price,
            "example_date": self.example_date,
        }


def parse_locale(locale: str) -> Locale:
    """A CLDR locale from ``de_DE`` or ``de-DE``; :class:`InputError` naming ``locale`` otherwise."""
    try:
        return _parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise InputError(f"unknown locale {locale!r} (expected a CLDR id such as de_DE)", field="locale") from None


@lru_cache(maxsize=256)
def _parse(identifier: str) -> Locale:
    return Locale.parse(identifier)


@lru_cache(maxsize=256)
def locale_for(country: str) -> str:
    """CLDR's most likely locale for a country (``DE`` -> ``de_DE``, ``CN`` -> ``zh_Hans_CN``).

    Raises :class:`UnknownCountryError` for a code CLDR does not know."""
    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise UnknownCountryError(country, field="country")
    try:
        likely = Locale.parse(f"und_{code}")
    except (UnknownLocaleError, ValueError):
        raise UnknownCountryError(country, field="country") from None
    if likely.territory != code:
        raise UnknownCountryError(country, field="country")
    return str(likely)


def _locale(locale: str | Locale) -> Locale:
    return locale if isinstance(locale, Locale) else parse_locale(locale)


def format_price(price: Money, locale: str | Locale, *, rounding: str = ROUND_HALF_UP) -> str:
    """``Money("1234.5", "EUR")`` as ``1.234,50 €`` in de_DE, ``€1,234.50`` in en_IE, ``￥1,234`` in
    ja_JP: rounded to the currency's minor units first (explicit ``rounding``), then written by CLDR."""
    rounded = price.round(rounding)
    text: str = babel_numbers.format_currency(
        rounded.amount, rounded.currency, locale=_locale(locale), currency_digits=True
    )
    return text


def format_number(value: Decimal | int, locale: str | Locale, *, digits: int | None = None) -> str:
    """A decimal number with the locale's separators (``1.234,5`` in de_DE). ``digits`` fixes the
    number of decimals (rounded half up); floats are refused."""
    if isinstance(value, (float, bool)):
        raise TypeError("format_number takes Decimal or int, not float")
    number = Decimal(value)
    if digits is not None:
        number = number.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        text: str = babel_numbers.format_decimal(number, format=pattern, locale=_locale(locale))
        return text
    text = babel_numbers.format_decimal(number, locale=_locale(locale), decimal_quantization=False)
    return text


def format_percent(rate: Decimal, locale: str | Locale) -> str:
    """A rate given as a fraction (``Decimal("0.19")``) as the locale writes a percentage (``19 %``)."""
    if isinstance(rate, float):
        raise TypeError("format_percent takes a Decimal fraction, not float")
    text: str = babel_numbers.format_percent(rate, locale=_locale(locale), decimal_quantization=False)
    return text


def format_date(day: date, locale: str | Locale, style: DateStyle = "medium") -> str:
    """A date in the locale's ``short``/``medium``/``long``/``full`` style (``21.11.2026`` de_DE
    medium, ``Nov 21, 2026`` en_US medium, ``2026/11/21`` ja_JP medium)."""
    if isinstance(day, datetime):
        day = day.date()
    if style not in ("short", "medium", "long", "full"):
        raise InputError(f"unknown date style {style!r}", field="style")
    text: str = babel_dates.format_date(day, format=style, locale=_locale(locale))
    return text


@lru_cache(maxsize=256)
def _formats(country: str, locale_id: str, currency: str) -> LocalFormats:
    locale = parse_locale(locale_id)
    symbols = locale.number_symbols.get("latn", {})  # Babel writes prices in Latin digits by default
    sample_day = date(2026, 11, 21)
    return LocalFormats(
        country=country,
        locale=str(locale),
        language=locale.language,
        decimal_symbol=symbols.get("decimal", "."),
        group_symbol=symbols.get("group", ","),
        currency_pattern=locale.currency_formats["standard"].pattern,
        date_short=babel_dates.get_date_format("short", locale=locale).pattern,
        date_medium=babel_dates.get_date_format("medium", locale=locale).pattern,
        first_weekday=_WEEKDAYS[locale.first_week_day],
        example_price=format_price(Money("1234.5", currency), locale),
        example_date=format_date(sample_day, locale, "medium"),
    )


def formats_for(country: str, *, locale: str | None = None, currency: str | None = None) -> LocalFormats:
    """The formats of a market: its locale (``locale`` or CLDR's likely one) and, for the example
    price, ``currency`` (else the market's currency from the bundled market rules, else CLDR's)."""
    code = country.strip().upper()
    locale_id = str(parse_locale(locale)) if locale else locale_for(code)
    return _formats(code, locale_id, currency or _currency_of(code))


@lru_cache(maxsize=256)
def _currency_of(country: str) -> str:
    from borderless.countries import load_markets

    market = load_markets().get(country)
    if market is not None:
        return market.currency
    currencies = babel_numbers.get_territory_currencies(country, date(2026, 11, 21))
    if not currencies:
        raise UnknownCountryError(country, field="country")
    code: str = currencies[0]
    return code
