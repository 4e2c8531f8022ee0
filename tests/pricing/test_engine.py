"""Pricing engine: strategies, tax display, margin floor, properties, and a golden price list."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderless.catalog import Catalog, CatalogItem, Product, Variant, read_catalog
from borderless.countries import load_markets
from borderless.errors import InputError
from borderless.fx import load_default_rates
from borderless.fx.pegs import with_usd_pegs
from borderless.landed_cost import QuoteContext
from borderless.money import Money
from borderless.pricing import (
    PriceResult,
    PricingContext,
    PricingPolicy,
    Settings,
    default_conventions,
    parse_policy,
    price_catalog,
    price_item,
)
from borderless.rules import Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pricing"
ON = date(2026, 8, 1)
WB = Source("World Bank, GDP per capita, PPP (test figures)", "https://data.worldbank.org", date(2026, 11, 21))
PPP = {"US": Decimal(85000), "JP": Decimal(52000), "BR": Decimal(21000), "DE": Decimal(73500), "CH": Decimal(90000)}


def fake_ppp(country: str) -> tuple[Decimal, int, Source] | None:
    value = PPP.get(country)
    return None if value is None else (value, 2024, WB)


def context() -> PricingContext:
    quotes = QuoteContext(load_markets(), with_usd_pegs(load_default_rates()))
    return PricingContext(ON, "US", quotes, default_conventions(), fake_ppp)


def item(price: str = "24.00", cost: str | None = "5.00", hs: str | None = "610910") -> CatalogItem:
    variant = Variant("SKU", Money(price, "USD"), Money(cost, "USD") if cost else None, hs, True, Decimal("0.2"), "CN")
    return CatalogItem(Product("P", "Cotton T-shirt", (variant,)), variant)


def price(market: str, strategy: str = "convert", **kwargs: object) -> PriceResult:
    return price_item(item(**kwargs), market, Settings(strategy=strategy), context())  # type: ignore[arg-type]


def test_tax_inclusive_market_includes_vat_collected_at_checkout() -> None:
    result = price("DE")
    assert result.tax_included
    assert result.landed_cost is not None
    vat = [line for line in result.landed_cost.lines if line.kind == "tax"]
    assert vat and all(line.in_price for line in vat)
    assert result.price is not None and result.price.currency == "EUR"
    assert str(result.price.amount).endswith(".99")


def test_tax_exclusive_market_adds_tax_at_checkout() -> None:
    result = price("CA", strategy="ddp")
    assert not result.tax_included
    assert result.landed_cost is not None
    assert all(not line.in_price for line in result.landed_cost.lines if line.kind == "tax")


def test_ddp_includes_more_than_convert_and_leaves_nothing_at_the_door() -> None:
    convert, ddp = price("GB", price="200.00"), price("GB", "ddp", price="200.00")
    assert convert.price is not None and ddp.price is not None
    assert ddp.landed_cost is not None and ddp.landed_cost.due_at_delivery.is_zero()
    assert convert.landed_cost is not None and not convert.landed_cost.due_at_delivery.is_zero()
    assert ddp.price > convert.price
    assert any("at delivery" in warning for warning in convert.warnings)


def test_ppp_adjusts_within_bounds_and_says_why() -> None:
    convert, ppp = price("BR"), price("BR", "ppp")
    assert ppp.price is not None and convert.price is not None and ppp.price < convert.price
    step = next(step for step in ppp.steps if step.step == "purchasing power")
    assert step.value == "x 0.6000"  # (21000/85000)^0.5 = 0.497, bounded by the 0.6 floor
    assert "bounded" in step.reason


def test_ppp_without_data_warns_and_does_not_guess() -> None:
    result = price("MX", "ppp")
    assert any("no GDP per capita" in warning for warning in result.warnings)


def test_price_under_the_margin_floor_is_raised_and_flagged() -> None:
    result = price("DE", price="5.00", cost="6.00")
    assert result.raised_to_floor
    assert result.floor is not None and result.price is not None and result.price >= result.floor
    assert result.margin_rate is not None and result.margin_rate >= Decimal("0.20") - Decimal("0.005")
    assert any("raised" in warning for warning in result.warnings)


def test_unknown_cost_means_unknown_margin_not_zero() -> None:
    result = price("DE", cost=None)
    assert result.margin is None and result.margin_rate is None
    assert any("no cost" in warning for warning in result.warnings)


def test_unknown_duty_is_flagged_incomplete() -> None:
    result = price("JP", "ddp", price="150.00")
    assert result.landed_cost is not None and not result.landed_cost.complete
    assert any("unknown" in warning for warning in result.warnings)


def test_fixed_price_is_kept() -> None:
    policy = parse_policy({"products": {"SKU": {"fixed_prices": {"JP": "3980"}}}})
    settings_ = policy.settings_for("SKU", "P", "JP")
    result = price_item(item("24.00"), "JP", settings_, context())
    assert result.price == Money("3980", "JPY") and result.strategy == "fixed"


def test_market_without_rules_is_an_error_result_not_an_exception() -> None:
    result = price_item(item("24.00"), "AR", Settings(), context())
    assert result.price is None and result.error is not None and "AR" in result.error


def test_policy_resolution_order() -> None:
    policy = parse_policy(
        {
            "strategy": "convert",
            "markets": {"JP": {"strategy": "ppp"}},
            "products": {"P": {"target_margin_rate": "0.3", "markets": {"JP": {"strategy": "ddp"}}}},
        }
    )
    assert policy.settings_for("X", "Q", "JP").strategy == "ppp"
    assert policy.settings_for("SKU", "P", "JP").strategy == "ddp"
    assert policy.settings_for("SKU", "P", "DE").target_margin_rate == Decimal("0.3")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"payment_fee_rate": "2.9"}, "payment_fee_rate"),
        ({"strategy": "cheap"}, "policy"),
        ({"colour": "red"}, "policy"),
        ({"ppp": {"floor": "1.5", "ceiling": "1.2"}}, "ppp"),
        ({"products": {"A": {"fixed_prices": {"JP": "-1"}}}}, None),
    ],
)
def test_bad_policy_names_the_field(data: dict[str, object], field: str | None) -> None:
    policy_or_error: object
    try:
        policy_or_error = parse_policy(data)
        policy_or_error.settings_for("A", "A", "JP")  # type: ignore[attr-defined]
    except InputError as error:
        assert field is None or field in (error.field or "")
        return
    pytest.fail("no error")


home_prices = st.decimals(min_value=Decimal("1"), max_value=Decimal("800"), places=2)
markets = st.sampled_from(["DE", "JP", "GB", "US", "CH", "AU", "BR", "CN", "KR", "SE"])
strategies = st.sampled_from(["convert", "ddp"])


@settings(max_examples=60, deadline=None)
@given(home_prices, home_prices, markets, strategies)
def test_properties_floor_monotone_idempotent(low: Decimal, high: Decimal, market: str, strategy: str) -> None:
    low, high = min(low, high), max(low, high)
    ctx = context()
    a = price_item(item(str(low), cost="4.00"), market, Settings(strategy=strategy), ctx)  # type: ignore[arg-type]
    b = price_item(item(str(high), cost="4.00"), market, Settings(strategy=strategy), ctx)  # type: ignore[arg-type]
    again = price_item(item(str(low), cost="4.00"), market, Settings(strategy=strategy), ctx)  # type: ignore[arg-type]
    assert a.price is not None and b.price is not None
    assert a.price <= b.price  # monotone in the home price
    assert again.to_json() == a.to_json()  # re-pricing is idempotent
    for result in (a, b):
        if result.raised_to_floor:  # a raised price keeps the target margin
            assert result.margin_rate is not None and result.margin_rate >= Decimal("0.195")
    for result in (a, b):  # never under the floor unless flagged
        assert result.floor is None or result.price >= result.floor or "floor" in " ".join(result.warnings)  # type: ignore[operator]


GOLDEN = FIXTURES / "golden.json"
GOLDEN_MARKETS = ("DE", "FR", "GB", "CH", "JP", "KR", "CN", "BR", "AU", "US", "CA")


def golden_rows() -> list[dict[str, object]]:
    catalog = read_catalog(FIXTURES / "catalog.csv").catalog
    rows = []
    for strategy in ("convert", "ppp", "ddp"):
        policy = PricingPolicy().with_strategy(strategy)  # type: ignore[arg-type]
        for result in price_catalog(catalog, GOLDEN_MARKETS, policy, context()):
            rows.append(
                {
                    "sku": result.sku,
                    "market": result.market,
                    "strategy": strategy,
                    "price": None if result.price is None else str(result.price),
                    "tax_included": result.tax_included,
                    "margin_rate": None if result.margin_rate is None else str(result.margin_rate),
                    "raised_to_floor": result.raised_to_floor,
                }
            )
    return rows


def test_golden_price_list() -> None:
    rows = golden_rows()
    if os.environ.get("BORDERLESS_REGENERATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert rows == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_catalog_type_is_accepted() -> None:
    catalog = Catalog((item("10.00").product,))
    assert len(list(price_catalog(catalog, ["DE"], PricingPolicy(), context()))) == 1
