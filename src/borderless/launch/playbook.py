"""The playbook: every choice a launch kit was built with, so ``--playbook`` rebuilds it on new data.

A playbook is plain JSON. It starts from the merchant profile (home country, languages, fees,
margin, registrations, delivery days) and records the choices on top: markets, pricing strategy and
per-market overrides, ranking weights, translation backend, the kit's date. Loading a playbook and
building again with a newer catalog gives the same kind of kit with the new data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, Final

from borderless.errors import InputError
from borderless.landed_cost.request import parse_country_list, validate_country
from borderless.money import parse_decimal
from borderless.pricing import STRATEGIES, PricingPolicy, parse_policy

__all__ = ["FORMAT", "Playbook", "parse_markets_choice", "parse_playbook", "playbook_from_profile"]

FORMAT: Final = "borderless-launch-playbook"
AUTO_MARKETS: Final = 10


@dataclass(frozen=True, slots=True)
class Playbook:
    home_country: str
    currency: str
    languages: tuple[str, ...]
    markets: tuple[str, ...] | None  # None: choose the top markets of the ranking ("auto")
    auto_markets: int = AUTO_MARKETS
    strategy: str = "ddp"
    pricing: Mapping[str, Any] = field(default_factory=dict)  # a pricing policy (see pricing/policy.py)
    weights: Mapping[str, str] = field(default_factory=dict)
    backend: str = "auto"
    delivery_days: int = 7
    merchant: Mapping[str, Any] = field(default_factory=dict)
    on: date | None = None

    def policy(self) -> PricingPolicy:
        return parse_policy({**self.pricing, "strategy": self.strategy})

    def with_choices(
        self, *, markets: tuple[str, ...] | None = None, on: date | None = None, strategy: str | None = None
    ) -> Playbook:
        return replace(
            self,
            markets=markets if markets is not None else self.markets,
            on=on or self.on,
            strategy=strategy or self.strategy,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": 1,
            "home_country": self.home_country,
            "currency": self.currency,
            "languages": list(self.languages),
            "markets": "auto" if self.markets is None else list(self.markets),
            "auto_markets": self.auto_markets,
            "strategy": self.strategy,
            "pricing": dict(self.pricing),
            "weights": dict(self.weights),
            "backend": self.backend,
            "delivery_days": self.delivery_days,
            "date": None if self.on is None else self.on.isoformat(),
            "merchant": dict(self.merchant),
        }


def parse_markets_choice(value: object, field_name: str) -> tuple[str, ...] | None:
    """``"auto"`` (or nothing) -> ``None``; otherwise a validated list of country codes."""
    if value in (None, "auto"):
        return None
    return parse_country_list(value, field=field_name)


def parse_playbook(data: object) -> Playbook:
    if not isinstance(data, Mapping):
        raise InputError("a playbook is a JSON object", field="playbook")
    if data.get("format") not in (None, FORMAT):
        raise InputError(f"not a launch playbook (format {data.get('format')!r})", field="format")
    home = validate_country(data.get("home_country"), field="home_country")
    strategy = data.get("strategy", "ddp")
    if strategy not in STRATEGIES:
        raise InputError(f"unknown strategy {strategy!r}; use one of {', '.join(STRATEGIES)}", field="strategy")
    pricing = data.get("pricing", {})
    if not isinstance(pricing, Mapping):
        raise InputError("expected an object", field="pricing")
    parse_policy({**pricing, "strategy": strategy})  # validate now, with field names
    weights = data.get("weights", {})
    if not isinstance(weights, Mapping):
        raise InputError("expected an object", field="weights")
    for name, value in weights.items():
        parse_decimal(value, field=f"weights.{name}")
    on_text = data.get("date")
    try:
        on = date.fromisoformat(on_text) if isinstance(on_text, str) else None
    except ValueError:
        raise InputError(f"not a date: {on_text!r}", field="date") from None
    languages = data.get("languages", ["en"])
    if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
        raise InputError("a list of language codes", field="languages")
    delivery_days = data.get("delivery_days", 7)
    if not isinstance(delivery_days, int) or isinstance(delivery_days, bool) or delivery_days < 0:
        raise InputError("a whole number of days", field="delivery_days")
    auto = data.get("auto_markets", AUTO_MARKETS)
    if not isinstance(auto, int) or isinstance(auto, bool) or auto < 1:
        raise InputError("a whole number of markets", field="auto_markets")
    merchant = data.get("merchant", {})
    return Playbook(
        home_country=home,
        currency=str(data.get("currency", "USD")).upper(),
        languages=tuple(languages),
        markets=parse_markets_choice(data.get("markets"), "markets"),
        auto_markets=auto,
        strategy=str(strategy),
        pricing=dict(pricing),
        weights={str(name): str(value) for name, value in weights.items()},
        backend=str(data.get("backend", "auto")),
        delivery_days=delivery_days,
        merchant=dict(merchant) if isinstance(merchant, Mapping) else {},
        on=on,
    )


def playbook_from_profile(profile: Mapping[str, Any]) -> Playbook:
    """A first playbook from a merchant profile (the demo's ``profile.json`` format)."""
    shipping = profile.get("shipping", {}) if isinstance(profile.get("shipping"), Mapping) else {}
    pricing: dict[str, Any] = {
        key: profile[key]
        for key in ("payment_fee_rate", "fx_fee_rate", "target_margin_rate", "registrations")
        if key in profile
    }
    if "cost_per_order" in shipping:
        pricing["shipping_cost"] = shipping["cost_per_order"]
    data = {
        "home_country": profile.get("ships_from") or profile.get("home_country"),
        "currency": profile.get("currency", "USD"),
        "languages": profile.get("languages", ["en"]),
        "markets": profile.get("default_markets", "auto"),
        "strategy": profile.get("pricing_strategy", "ddp"),
        "pricing": pricing,
        "delivery_days": profile.get("delivery_days", 7),
        "merchant": {
            key: profile[key]
            for key in ("name", "brand", "website", "support_email", "returns", "readiness", "shipping")
            if key in profile
        },
    }
    return parse_playbook(data)


def weights_of(playbook: Playbook) -> dict[str, Decimal]:
    return {name: Decimal(value) for name, value in playbook.weights.items()}
