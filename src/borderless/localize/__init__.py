"""Localization: listings that read as if written in each market.

:mod:`borderless.localize.pipeline` translates and checks a catalog per market; local formats,
sizes and units live in the sibling modules.
"""

from borderless.localize.pipeline import (
    FIELDS,
    LocalizedCatalog,
    LocalizedField,
    LocalizedProduct,
    MarketTarget,
    localize_catalog,
    market_target,
    parse_markets,
    standard_extras,
)

__all__ = [
    "FIELDS",
    "LocalizedCatalog",
    "LocalizedField",
    "LocalizedProduct",
    "MarketTarget",
    "localize_catalog",
    "market_target",
    "parse_markets",
    "standard_extras",
]
