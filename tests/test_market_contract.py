"""Contract over every market: every period sourced, no overlaps, currency known to CLDR, and a quote
runs for each market on both sides of the big 2026 changes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from babel.numbers import get_currency_name

from borderless.countries import load_markets
from borderless.countries._vat import standard_vat
from borderless.landed_cost.model import Market
from borderless.money import is_known_currency
from borderless.rules import Timeline
from tests.conftest import run_quote

MARKETS = load_markets()
REQUIRED = {"US", "CA", "MX", "BR", "GB", "CH", "NO", "AU", "NZ", "JP", "KR", "CN", "SG", "TH", "IN", "AE", "SA",
            "ZA", "TR", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}


def _timelines(market: Market) -> list[Timeline[Any]]:
    found: list[Timeline[Any]] = []
    for value in (getattr(market, name) for name in market.__dataclass_fields__):
        if isinstance(value, Timeline):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(v for v in value if isinstance(v, Timeline))
    return found


def test_every_required_market_is_covered() -> None:
    assert set(MARKETS) >= REQUIRED


@pytest.mark.parametrize("country", sorted(MARKETS))
def test_market_contract(country: str) -> None:
    market = MARKETS[country]
    assert market.country == country
    assert is_known_currency(market.currency)
    assert get_currency_name(market.currency, locale="en")
    timelines = _timelines(market)
    assert len(timelines) >= 2
    for timeline in timelines:
        previous = None
        for period in timeline:
            assert period.source.title.strip(), period.rule
            assert period.source.url.startswith(("https://", "http://")), period.rule
            assert period.confidence in ("verified", "secondary", "uncertain")
            assert period.start >= market.covered_from or period.end is None or period.end > market.covered_from
            if previous is not None:
                assert previous.end is not None and previous.end <= period.start, period.rule
            previous = period
    assert market.valuation.on(market.covered_from) is not None
    assert market.tax.on(market.covered_from) is not None
    assert standard_vat(country).on(date(2026, 11, 21)) is not None


@pytest.mark.parametrize("country", sorted(MARKETS))
@pytest.mark.parametrize("on", ["2025-06-01", "2026-08-01", "2026-11-21"])
def test_every_market_quotes(country: str, on: str) -> None:
    answer = run_quote({
        "date": on, "origin": "CN" if country != "CN" else "US", "destination": country, "currency": "EUR",
        "incoterm": "DAP", "items": [{"sku": "A", "hs_code": "610910", "unit_value": "40", "quantity": 2,
                                      "duty_rate": "0.12"}],
        "shipping": "10",
    })
    goods = sum(line.amount.amount for line in answer.lines if line.kind == "goods" and line.amount)
    assert answer.total_landed_cost.amount >= goods
    for line in answer.lines:
        if line.amount is not None:
            assert line.amount.amount >= 0, line
        assert line.kind in ("goods", "shipping", "insurance", "duty", "tax", "fee")
    total = sum(line.amount.amount for line in answer.lines if line.amount is not None)
    assert answer.total_landed_cost.amount == total
    assert answer.due_at_checkout.amount + answer.due_at_delivery.amount == total
