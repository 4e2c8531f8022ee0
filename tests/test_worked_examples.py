"""The authorities' own worked examples (shared/reference/landed-cost-examples.json), to the cent."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_quote

EXAMPLES = json.loads((Path(__file__).parent / "fixtures" / "landed-cost-examples.json").read_text(),
                      parse_float=Decimal)

# What the examples leave unsaid, chosen so the stated figures apply: a non-EU/non-CUSMA origin
# shipped by courier, duties paid at the door, a date on which the general regime applies.
ASSUMED: dict[str, dict[str, Any]] = {
    "EX01-NL-handbag-over150": {"origin": "CN", "date": "2025-06-01"},
    "EX02-NL-private-gift-suit": {"origin": "HK", "date": "2025-06-01"},
    "EX05-CA-duty-and-GST-formula": {"origin": "CN", "date": "2025-06-01", "exchange_rates": {"USD/CAD": "1.15"}},
}


def _request(example: dict[str, Any]) -> dict[str, Any]:
    assumed = ASSUMED[example["id"]]
    item = example["items"][0]
    request: dict[str, Any] = {
        "date": assumed["date"],
        "origin": assumed["origin"],
        "destination": example["destination"],
        "currency": item["currency"],
        "incoterm": "DAP",
        "mode": "courier",
        "items": [{"description": item["description"], "unit_value": str(item["value"]),
                   "quantity": item["quantity"], "duty_rate": str(item["duty_rate"])}],
        "shipping": str(example["shipping"] or "0"),
        "insurance": str(example["insurance"] or "0"),
    }
    if "exchange_rates" in assumed:
        request["exchange_rates"] = assumed["exchange_rates"]
    return request


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_worked_example_to_the_cent(example: dict[str, Any]) -> None:
    answer = run_quote(_request(example))
    expected = example["expected"]
    assert answer.currency == expected["currency"]
    assert answer.duty.amount == Decimal(str(expected["duty"]))
    assert answer.taxes.amount == Decimal(str(expected["vat"]))
    assert answer.fees.amount == Decimal(str(expected["fees"]))
    assert answer.duty.amount + answer.taxes.amount == Decimal(str(expected["taxes_total"]))
    assert answer.total_landed_cost.amount == Decimal(str(expected["total"]))
    if "value_for_duty" in expected:
        assert answer.customs_value.amount == Decimal(str(expected["value_for_duty"]))
    assert answer.complete


def test_canada_example_records_the_override_rate() -> None:
    example = next(e for e in EXAMPLES if e["id"].startswith("EX05"))
    answer = run_quote(_request(example))
    used = [r for r in answer.exchange_rates_used if r.base == "USD" and r.quote == "CAD"]
    assert used and used[0].rate == Decimal("1.15") and used[0].source == "request override"
    assert any("destination_region" in w for w in answer.warnings)
