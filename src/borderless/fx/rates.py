"""Dated exchange rates: EUR-based reference tables, cross rates and per-request overrides.

A :class:`RateTable` holds reference tables keyed by date, each giving ``1 EUR = x CUR`` (the
shape the ECB publishes). A lookup always takes an explicit date ``on`` and uses the latest table
dated on or before it; the :class:`RateQuote` it returns names the table date actually used, so a
caller can see (and warn) when that table is older than the request date
(:meth:`RateQuote.is_stale`). A date before the earliest table, or a currency the table lacks, is a
:class:`~borderless.errors.MissingRateError`: there is never a silent default.

Rates other than ``EUR/x`` are computed through EUR (``USD/CAD = EURCAD / EURUSD``) in a fixed
28-digit decimal context and are not rounded further. Money is converted unrounded; rounding
happens at the edges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal
from types import MappingProxyType
from typing import Final

from borderless.errors import DataError, InputError, MissingRateError, UnknownCurrencyError
from borderless.money import Money, is_known_currency, parse_decimal

__all__ = [
    "ECB_SOURCE",
    "MAX_TABLE_AGE_DAYS",
    "OVERRIDE_SOURCE",
    "SAME_CURRENCY_SOURCE",
    "RateQuote",
    "RateTable",
]

ECB_SOURCE: Final = "ECB euro foreign exchange reference rates"
OVERRIDE_SOURCE: Final = "request override"
SAME_CURRENCY_SOURCE: Final = "same currency"

#: The ECB publishes on TARGET business days. The longest regular gap is Easter: Thursday's table
#: still answers on Easter Monday, four days later. A table older than this is stale.
MAX_TABLE_AGE_DAYS: Final = 4

#: Cross rates and inverses are computed in this context, whatever the caller's decimal context.
_CONTEXT: Final = Context(prec=28, rounding=ROUND_HALF_EVEN)
_ONE: Final = Decimal(1)
_HUB: Final = "EUR"
_CODE: Final = re.compile(r"[A-Z]{3}")
_PAIR: Final = re.compile(r"([A-Z]{3})/([A-Z]{3})")


@dataclass(frozen=True, slots=True)
class RateQuote:
    """One exchange rate with its provenance: ``1 base = rate quote``."""

    base: str
    quote: str
    rate: Decimal
    on: date
    """The date of the rate table actually used (the request date for overrides)."""
    source: str
    via: str | None
    """``"EUR"`` when computed as a cross rate through EUR, else ``None``."""

    @property
    def pair(self) -> str:
        return f"{self.base}/{self.quote}"

    def age_days(self, on: date) -> int:
        """Days between the table used and the request date ``on`` (0 when they are the same)."""
        return (on - self.on).days

    def is_stale(self, on: date, max_age_days: int = MAX_TABLE_AGE_DAYS) -> bool:
        """True when the table used is older than ``on`` by more than ``max_age_days`` days."""
        return self.age_days(on) > max_age_days

    def to_json(self) -> dict[str, str | None]:
        return {
            "pair": self.pair,
            "rate": format(self.rate, "f"),
            "date": self.on.isoformat(),
            "source": self.source,
            "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class _Override:
    rate: Decimal
    on: date


class RateTable:
    """EUR-based reference tables by date, plus optional per-request overrides. Immutable."""

    __slots__ = ("_dates", "_overrides", "_tables", "source")

    source: str
    _tables: Mapping[date, Mapping[str, Decimal]]
    _dates: tuple[date, ...]
    _overrides: Mapping[tuple[str, str], _Override]

    def __init__(
        self,
        tables: Mapping[date, Mapping[str, Decimal]],
        *,
        source: str,
        overrides: Mapping[tuple[str, str], _Override] | None = None,
    ) -> None:
        # Private: use from_tables(), which checks the data, and with_overrides().
        self.source = source
        self._tables = tables
        self._dates = tuple(sorted(tables))
        self._overrides = MappingProxyType(dict(overrides or {}))

    @classmethod
    def from_tables(cls, tables: Mapping[date, Mapping[str, Decimal]], *, source: str) -> RateTable:
        """Build from ``{date: {"USD": Decimal("1.0497"), ...}}`` where ``1 EUR = x CUR``.

        Raises :class:`DataError` for a non-date key, a malformed currency code, or a rate that
        is not a positive finite ``Decimal`` (floats are refused)."""
        checked: dict[date, Mapping[str, Decimal]] = {}
        for day, table in tables.items():
            if not isinstance(day, date):
                raise DataError(f"{source}: table key {day!r} is not a date")
            rates: dict[str, Decimal] = {}
            for currency, rate in table.items():
                where = f"{source}: table of {day.isoformat()}, {currency!r}"
                if not isinstance(currency, str) or not _CODE.fullmatch(currency):
                    raise DataError(f"{where}: not an ISO 4217 currency code")
                if not isinstance(rate, Decimal):
                    raise DataError(f"{where}: rate must be a Decimal, not {type(rate).__name__}")
                if not rate.is_finite() or rate <= 0:
                    raise DataError(f"{where}: rate must be a positive number, got {rate}")
                if currency == _HUB:
                    if rate != _ONE:
                        raise DataError(f"{where}: a EUR-based table must give EUR as 1, got {rate}")
                    continue
                rates[currency] = rate
            checked[day] = MappingProxyType(rates)
        return cls(MappingProxyType(checked), source=source)

    # -- what the table holds ------------------------------------------------------------------

    @property
    def dates(self) -> tuple[date, ...]:
        """Dates of the reference tables, oldest first."""
        return self._dates

    @property
    def earliest(self) -> date | None:
        return self._dates[0] if self._dates else None

    @property
    def latest(self) -> date | None:
        return self._dates[-1] if self._dates else None

    def table_date(self, on: date) -> date:
        """Date of the latest table dated on or before ``on``.

        Raises :class:`MissingRateError` when ``on`` is before the earliest table."""
        day = self._table_date_or_none(on)
        if day is None:
            raise MissingRateError(f"{_HUB}/*", on, self._no_table_detail())
        return day

    def table(self, on: date) -> tuple[date, Mapping[str, Decimal]]:
        """The table used for ``on``: its date and its ``1 EUR = x CUR`` rates (EUR excluded)."""
        day = self.table_date(on)
        return day, self._tables[day]

    def age_days(self, on: date) -> int:
        """How many days the table used for ``on`` is older than ``on`` (0 on a publication day)."""
        return (on - self.table_date(on)).days

    def overrides(self) -> Iterator[RateQuote]:
        """The overrides given with :meth:`with_overrides`, as quotes."""
        for (base, quote), override in self._overrides.items():
            yield RateQuote(base, quote, override.rate, override.on, OVERRIDE_SOURCE, None)

    # -- lookups -------------------------------------------------------------------------------

    def rate(self, base: str, quote: str, on: date, *, max_age_days: int | None = None) -> RateQuote:
        """The rate ``1 base = x quote`` for the date ``on``.

        Same currency gives 1. An override answers its pair (and inverse) directly; otherwise the
        latest table dated on or before ``on`` is used, through EUR when neither side is EUR.
        Raises :class:`MissingRateError` when ``on`` is before the earliest table, when the table
        lacks a currency, or (with ``max_age_days``) when the table is older than that; raises
        :class:`UnknownCurrencyError` for a code that is not ISO 4217."""
        _check_code(base, "base")
        _check_code(quote, "quote")
        if base == quote:
            if not is_known_currency(base):
                raise UnknownCurrencyError(base, field="base")
            return RateQuote(base, quote, _ONE, on, SAME_CURRENCY_SOURCE, None)

        override = self._overrides.get((base, quote))
        if override is not None:
            return RateQuote(base, quote, override.rate, override.on, OVERRIDE_SOURCE, None)
        override = self._overrides.get((quote, base))
        if override is not None:
            inverse = _CONTEXT.divide(_ONE, override.rate)
            return RateQuote(base, quote, inverse, override.on, OVERRIDE_SOURCE, None)

        pair = f"{base}/{quote}"
        day = self._table_date_or_none(on)
        if day is None:
            raise MissingRateError(pair, on, self._no_table_detail())
        if max_age_days is not None and (on - day).days > max_age_days:
            raise MissingRateError(
                pair, on, f"the latest rate table is dated {day.isoformat()}, more than {max_age_days} days earlier"
            )
        table = self._tables[day]
        base_rate = self._eur_rate(table, base, pair, on, day)
        quote_rate = self._eur_rate(table, quote, pair, on, day)
        if base == _HUB:
            return RateQuote(base, quote, quote_rate, day, self.source, None)
        if quote == _HUB:
            return RateQuote(base, quote, _CONTEXT.divide(_ONE, base_rate), day, self.source, None)
        return RateQuote(base, quote, _CONTEXT.divide(quote_rate, base_rate), day, self.source, _HUB)

    def convert(self, money: Money, to: str, on: date) -> tuple[Money, RateQuote]:
        """Convert ``money`` into ``to`` at the rate for ``on``; the amount is not rounded."""
        quote = self.rate(money.currency, to, on)
        return Money(money.amount * quote.rate, to), quote

    def with_overrides(self, overrides: Mapping[str, Decimal], on: date) -> RateTable:
        """A copy where each ``"USD/CAD": Decimal("1.37")`` (1 USD = 1.37 CAD) answers its pair and
        its inverse directly, with source ``"request override"`` and date ``on``. Other pairs still
        come from the tables. Raises :class:`InputError` for a malformed pair or rate."""
        merged = dict(self._overrides)
        for key, value in overrides.items():
            field = f"fx_overrides.{key}"
            match = _PAIR.fullmatch(key) if isinstance(key, str) else None
            if match is None:
                raise InputError(
                    f'expected a currency pair such as "USD/CAD", got {key!r}', field="fx_overrides", value=key
                )
            base, quote = match.groups()
            for code in (base, quote):
                if not is_known_currency(code):
                    raise UnknownCurrencyError(code, field=field)
            if base == quote:
                raise InputError("an override needs two different currencies", field=field, value=key)
            rate = parse_decimal(value, field=field)
            if rate == 0:
                raise InputError("an exchange rate must be greater than zero", field=field, value=value)
            merged[(base, quote)] = _Override(rate, on)
        return RateTable(self._tables, source=self.source, overrides=merged)

    def _table_date_or_none(self, on: date) -> date | None:
        index = bisect_right(self._dates, on) - 1
        return self._dates[index] if index >= 0 else None

    def _no_table_detail(self) -> str:
        if self._dates:
            return f"the earliest rate table is dated {self._dates[0].isoformat()}"
        return "no rate tables are loaded"

    def _eur_rate(self, table: Mapping[str, Decimal], currency: str, pair: str, on: date, day: date) -> Decimal:
        if currency == _HUB:
            return _ONE
        rate = table.get(currency)
        if rate is None:
            if not is_known_currency(currency):
                raise UnknownCurrencyError(currency)
            raise MissingRateError(pair, on, f"{self.source} of {day.isoformat()} has no rate for {currency}")
        return rate

    def __repr__(self) -> str:
        span = f"{self.earliest} to {self.latest}" if self._dates else "no tables"
        extra = f", {len(self._overrides)} overrides" if self._overrides else ""
        return f"<RateTable {self.source!r}: {len(self._dates)} tables, {span}{extra}>"


def _check_code(code: object, field: str) -> None:
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise UnknownCurrencyError(code, field=field)
