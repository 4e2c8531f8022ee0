"""Country rules: one module per market, each exporting ``MARKET``; EU members without national
extras are built from :data:`borderless.countries.european_union.MEMBERS`."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import MappingProxyType
from typing import Final

from borderless.landed_cost.model import Market

__all__ = ["MARKET_MODULES", "load_markets"]

MARKET_MODULES: Final = (
    "united_states",
    "canada",
    "mexico",
    "brazil",
    "united_kingdom",
    "switzerland",
    "norway",
    "australia",
    "new_zealand",
    "japan",
    "south_korea",
    "china",
    "singapore",
    "thailand",
    "india",
    "united_arab_emirates",
    "saudi_arabia",
    "south_africa",
    "turkey",
    "france",
    "germany",
    "netherlands",
    "romania",
    "italy",
)


@lru_cache(maxsize=1)
def load_markets() -> MappingProxyType[str, Market]:
    """Every covered market by ISO country code."""
    from borderless.countries.european_union import MEMBERS, member

    markets: dict[str, Market] = {}
    for name in MARKET_MODULES:
        market: Market = import_module(f"borderless.countries.{name}").MARKET
        markets[market.country] = market
    for country in MEMBERS:
        markets.setdefault(country, member(country))
    return MappingProxyType(dict(sorted(markets.items())))
