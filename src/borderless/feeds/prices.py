"""Prices for a feed: from the pricing engine's results, or (fallback) a plain dated conversion.

:func:`prices_from_results` takes :class:`borderless.pricing.PriceResult`-like objects (``sku``,
``market``, ``price``, ``tax_included``, ``warnings``, ``error``). :func:`convert_prices` is the fallback
used when the pricing engine is not available: the catalog price converted at the dated reference
rate and, where the market's feed prices include tax, the standard VAT/GST rate added. Its results
always carry a warning saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from borderless.catalog.model import Catalog
from borderless.errors import BorderlessError
from borderless.feeds.google import FeedPrice, price_includes_tax
from borderless.fx.rates import RateTable
from borderless.money import Money

__all__ = ["PriceLike", "convert_prices", "prices_from_results", "standard_vat_rate"]


class PriceLike(Protocol):
    @property
    def sku(self) -> str: ...
    @property
    def market(self) -> str: ...
    @property
    def price(self) -> Money | None: ...
    @property
    def tax_included(self) -> bool: ...
    @property
    def warnings(self) -> tuple[str, ...]: ...


def prices_from_results(results: Iterable[PriceLike], market: str) -> tuple[dict[str, FeedPrice], list[str]]:
    """``sku -> FeedPrice`` for ``market`` and the pricing warnings (``sku: warning``)."""
    prices: dict[str, FeedPrice] = {}
    warnings: list[str] = []
    for result in results:
        if result.market != market:
            continue
        if result.price is not None:
            prices[result.sku] = FeedPrice(result.price.round(ROUND_HALF_UP), result.tax_included)
        else:
            error = getattr(result, "error", None)
            warnings.append(f"{result.sku}: not priced{': ' + error if error else ''}")
        warnings.extend(f"{result.sku}: {warning}" for warning in result.warnings)
    return prices, warnings


def convert_prices(
    catalog: Catalog,
    market: str,
    currency: str,
    on: date,
    rates: RateTable,
    vat_rate: Decimal | None,
) -> tuple[dict[str, FeedPrice], list[str]]:
    """Fallback pricing: each variant's price converted to ``currency`` at the reference rate for
    ``on``, plus ``vat_rate`` where :func:`price_includes_tax` says feed prices include tax. A SKU
    that cannot be converted is left out with a warning; ``vat_rate=None`` in a tax-inclusive market
    leaves every SKU unpriced (unknown, never zero)."""
    wants_tax = price_includes_tax(market)
    warnings = [
        f"prices converted at reference rates without the pricing engine (no margin, fees or endings)"
        f"{f'; {vat_rate * 100:f} % VAT/GST added' if wants_tax and vat_rate is not None else ''}"
    ]
    prices: dict[str, FeedPrice] = {}
    if wants_tax and vat_rate is None:
        warnings.append(f"the VAT/GST rate of {market} is unknown: prices must include it, so none are given")
        return prices, warnings
    cache: dict[str, Decimal] = {}
    for item in catalog.items():
        home = item.variant.price
        try:
            rate = cache.get(home.currency)
            if rate is None:
                rate = cache[home.currency] = rates.rate(home.currency, currency, on).rate
        except BorderlessError as error:
            warnings.append(f"{item.sku}: {error}")
            continue
        amount = home.amount * rate
        if wants_tax and vat_rate is not None:
            amount *= 1 + vat_rate
        prices[item.sku] = FeedPrice(Money(amount, currency).round(ROUND_HALF_UP), wants_tax)
    return prices, warnings


def standard_vat_rate(country: str, on: date) -> Decimal | None:
    """The standard VAT/GST rate in force ``on`` from the bundled tables, or ``None`` if unknown."""
    try:
        from borderless.countries._vat import standard_vat

        period = standard_vat(country).on(on)
    except BorderlessError:
        return None
    return None if period is None else period.value.rate
