"""A merchant's pricing policy: strategy, fees, margin target, purchasing-power bounds, fixed prices.

Settings resolve from the most general to the most specific, the last one given wins::

    defaults < markets[M] < products[P] < products[P].markets[M]

where ``P`` is a SKU or a product id. A policy file is JSON::

    {"strategy": "ddp", "payment_fee_rate": "0.029", "fx_fee_rate": "0.015",
     "target_margin_rate": "0.25", "ppp": {"floor": "0.6", "ceiling": "1.2", "elasticity": "0.5"},
     "shipping_cost": "0", "registrations": ["EU_IOSS", "UK_VAT"],
     "markets": {"JP": {"strategy": "ppp"}},
     "products": {"TS-1": {"fixed_prices": {"JP": "3980"}, "markets": {"BR": {"target_margin_rate": "0.1"}}}}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Final, Literal

from borderless.errors import InputError
from borderless.landed_cost import REGISTRATIONS
from borderless.money import parse_decimal

__all__ = ["STRATEGIES", "PricingPolicy", "Settings", "Strategy", "parse_policy"]

Strategy = Literal["convert", "ppp", "ddp"]
STRATEGIES: Final[tuple[Strategy, ...]] = ("convert", "ppp", "ddp")
_SETTING_KEYS: Final = frozenset(
    {"strategy", "payment_fee_rate", "fx_fee_rate", "target_margin_rate", "ppp", "shipping_cost", "registrations"}
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides one price. Rates are fractions (0.029 = 2.9 %). ``shipping_cost`` is
    what a typical single-item order pays for shipping, in the catalog's currency; it enters the
    landed cost (customs value in CIF markets) but is charged to the customer separately."""

    strategy: Strategy = "convert"
    payment_fee_rate: Decimal = Decimal("0.029")
    fx_fee_rate: Decimal = Decimal("0.015")
    target_margin_rate: Decimal = Decimal("0.20")
    ppp_floor: Decimal = Decimal("0.6")
    ppp_ceiling: Decimal = Decimal("1.2")
    ppp_elasticity: Decimal = Decimal("0.5")
    shipping_cost: Decimal = Decimal(0)
    registrations: frozenset[str] = REGISTRATIONS
    fixed_price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class PricingPolicy:
    defaults: Settings = field(default_factory=Settings)
    markets: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    products: Mapping[str, Mapping[str, object]] = field(default_factory=dict)

    def with_strategy(self, strategy: Strategy) -> PricingPolicy:
        return replace(self, defaults=replace(self.defaults, strategy=strategy))

    def settings_for(self, sku: str, product_id: str, market: str) -> Settings:
        settings = self.defaults
        market_overrides = self.markets.get(market)
        if market_overrides is not None:
            settings = _apply(settings, market_overrides, f"markets.{market}")
        for key in dict.fromkeys((product_id, sku)):
            product = self.products.get(key)
            if product is None:
                continue
            settings = _apply(settings, product, f"products.{key}")
            per_market = product.get("markets")
            if isinstance(per_market, Mapping) and market in per_market:
                settings = _apply(settings, per_market[market], f"products.{key}.markets.{market}")
            fixed = product.get("fixed_prices")
            if isinstance(fixed, Mapping) and market in fixed:
                where = f"products.{key}.fixed_prices.{market}"
                settings = replace(settings, fixed_price=_positive(fixed[market], where))
        return settings


def _positive(value: object, where: str) -> Decimal:
    number = parse_decimal(value, field=where)
    if number == 0:
        raise InputError("must be more than zero", field=where)
    return number


def _fraction(value: object, where: str, *, below_one: bool = True) -> Decimal:
    number = parse_decimal(value, field=where)
    if below_one and number >= 1:
        raise InputError(f"{number} looks like a percentage; rates are fractions (0.029 for 2.9 %)", field=where)
    return number


def _apply(settings: Settings, raw: object, where: str) -> Settings:
    if not isinstance(raw, Mapping):
        raise InputError("expected an object", field=where)
    if not raw:
        return settings
    changes: dict[str, object] = {}
    if "strategy" in raw:
        if raw["strategy"] not in STRATEGIES:
            raise InputError(f"unknown strategy {raw['strategy']!r}; use one of {', '.join(STRATEGIES)}", field=where)
        changes["strategy"] = raw["strategy"]
    for key in ("payment_fee_rate", "fx_fee_rate", "target_margin_rate"):
        if key in raw:
            changes[key] = _fraction(raw[key], f"{where}.{key}")
    if "shipping_cost" in raw:
        changes["shipping_cost"] = parse_decimal(raw["shipping_cost"], field=f"{where}.shipping_cost")
    if "registrations" in raw:
        registrations = raw["registrations"]
        if not isinstance(registrations, list) or any(item not in REGISTRATIONS for item in registrations):
            raise InputError(f"a list of {', '.join(sorted(REGISTRATIONS))}", field=f"{where}.registrations")
        changes["registrations"] = frozenset(registrations)
    ppp = raw.get("ppp")
    if ppp is not None:
        if not isinstance(ppp, Mapping):
            raise InputError("expected an object", field=f"{where}.ppp")
        for key in ("floor", "ceiling", "elasticity"):
            if key in ppp:
                changes[f"ppp_{key}"] = _fraction(ppp[key], f"{where}.ppp.{key}", below_one=False)
    merged = replace(settings, **changes)  # type: ignore[arg-type]
    if merged.ppp_floor > merged.ppp_ceiling:
        raise InputError(f"floor {merged.ppp_floor} is above ceiling {merged.ppp_ceiling}", field=f"{where}.ppp")
    if merged.payment_fee_rate + merged.fx_fee_rate + merged.target_margin_rate >= 1:
        raise InputError("fees and target margin add up to 100 % or more of the price", field=where)
    return merged


def parse_policy(data: object) -> PricingPolicy:
    """Validate a policy file's content. Unknown keys are an error (a typo must not pass silently)."""
    if not isinstance(data, Mapping):
        raise InputError("a pricing policy is a JSON object", field="policy")
    known = _SETTING_KEYS | {"markets", "products"}
    for key in data:
        if key not in known:
            raise InputError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}", field="policy")
    defaults = _apply(Settings(), {key: value for key, value in data.items() if key in _SETTING_KEYS}, "policy")
    markets = data.get("markets", {})
    products = data.get("products", {})
    if not isinstance(markets, Mapping) or not isinstance(products, Mapping):
        raise InputError("markets and products must be objects", field="policy")
    policy = PricingPolicy(defaults, {str(k).upper(): v for k, v in markets.items()}, dict(products))
    for market, raw in policy.markets.items():
        _apply(defaults, raw, f"markets.{market}")
    for key, raw in policy.products.items():
        if not isinstance(raw, Mapping):
            raise InputError("expected an object", field=f"products.{key}")
        _apply(defaults, {k: v for k, v in raw.items() if k not in ("markets", "fixed_prices")}, f"products.{key}")
    return policy
