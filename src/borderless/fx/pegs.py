"""Currencies the ECB does not publish but that are pegged to the US dollar by their central bank.

The UAE dirham and the Saudi riyal have fixed USD pegs; their EUR rate on a table date is the
ECB's EUR/USD rate times the peg. Each peg is a dated, sourced fact like any other rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from borderless.fx.rates import RateTable
from borderless.rules import Source

__all__ = ["USD_PEGS", "UsdPeg", "with_usd_pegs"]


@dataclass(frozen=True, slots=True)
class UsdPeg:
    currency: str
    per_usd: Decimal
    since: date
    source: Source


USD_PEGS: Final = (
    UsdPeg("AED", Decimal("3.6725"), date(1997, 11, 1),
           Source("Central Bank of the UAE: the dirham is pegged at AED 3.6725 per US dollar",
                  "https://www.centralbank.ae/en/", date(2026, 11, 21))),
    UsdPeg("SAR", Decimal("3.75"), date(1986, 6, 1),
           Source("Saudi Central Bank (SAMA): the riyal is pegged at SAR 3.75 per US dollar",
                  "https://www.sama.gov.sa/en-US/", date(2026, 11, 21))),
)


def with_usd_pegs(table: RateTable, pegs: tuple[UsdPeg, ...] = USD_PEGS) -> RateTable:
    """A copy of ``table`` whose dated tables also hold the pegged currencies (when they have USD)."""
    tables: dict[date, Mapping[str, Decimal]] = {}
    for day in table.dates:
        _day, rates = table.table(day)
        extended = dict(rates)
        usd = rates.get("USD")
        if usd is not None:
            for peg in pegs:
                if day >= peg.since and peg.currency not in extended:
                    extended[peg.currency] = usd * peg.per_usd
        tables[day] = extended
    names = ", ".join(f"{p.currency} {p.per_usd}/USD" for p in pegs)
    return RateTable.from_tables(tables, source=f"{table.source}; USD pegs: {names}")
