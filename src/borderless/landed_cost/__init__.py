"""Landed-cost quotes: what the customer really pays, line by line, with sources."""

from __future__ import annotations

from functools import lru_cache

from borderless.landed_cost.answer import quote_to_json
from borderless.landed_cost.engine import Line, Quote, QuoteContext, quote
from borderless.landed_cost.request import REGISTRATIONS, Item, QuoteRequest, parse_request

__all__ = [
    "REGISTRATIONS",
    "Item",
    "Line",
    "Quote",
    "QuoteContext",
    "QuoteRequest",
    "default_context",
    "parse_request",
    "quote",
    "quote_to_json",
]


@lru_cache(maxsize=1)
def default_context() -> QuoteContext:
    """Bundled markets, bundled (or updated) exchange rates, bundled tariffs."""
    from borderless.countries import load_markets
    from borderless.fx import load_default_rates
    from borderless.fx.pegs import with_usd_pegs

    return QuoteContext(load_markets(), with_usd_pegs(load_default_rates()))
