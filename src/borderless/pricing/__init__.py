"""Market price lists: from the merchant's home price to a native-looking local price with a margin."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from borderless.errors import BorderlessError
from borderless.pricing.conventions import DisplayConvention, EndingRule, PriceConventions, default_conventions
from borderless.pricing.endings import apply_ending, at_least
from borderless.pricing.engine import (
    LandedCostPart,
    PriceResult,
    PricingContext,
    PurchasingPower,
    Step,
    price_catalog,
    price_item,
)
from borderless.pricing.policy import STRATEGIES, PricingPolicy, Settings, parse_policy
from borderless.rules import Source

__all__ = [
    "STRATEGIES",
    "DisplayConvention",
    "EndingRule",
    "LandedCostPart",
    "PriceConventions",
    "PriceResult",
    "PricingContext",
    "PricingPolicy",
    "PurchasingPower",
    "Settings",
    "Step",
    "apply_ending",
    "at_least",
    "default_conventions",
    "default_pricing_context",
    "parse_policy",
    "price_catalog",
    "price_item",
    "world_bank_ppp",
]


def world_bank_ppp(country: str) -> tuple[Decimal, int, Source] | None:
    """GDP per capita, PPP (current international $) from the bundled World Bank indicators."""
    try:
        from borderless.markets.indicators import country_indicators
    except ImportError:  # pragma: no cover - the indicators ship with the package
        return None
    try:
        observation = country_indicators(country).gdp_per_capita_ppp
    except BorderlessError:
        return None
    if observation is None:
        return None
    return observation.value, observation.year, observation.source


def default_pricing_context(on: date, home_country: str, conventions: PriceConventions | None = None) -> PricingContext:
    from borderless.landed_cost import default_context

    return PricingContext(on, home_country, default_context(), conventions or default_conventions(), world_bank_ppp)
