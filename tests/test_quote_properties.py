"""Properties that hold for any cart: totals are the sum of their lines, no negative amounts,
what is due at checkout and at delivery adds up to the total, rounding is idempotent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from borderless.countries import load_markets
from borderless.money import Money, minor_units
from tests.conftest import run_quote

COUNTRIES = sorted(load_markets())
HS = ["610910", "691200", "711311", "420221", "851713", "090121", "330499", "950300"]

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)
items = st.lists(
    st.fixed_dictionaries({
        "hs_code": st.sampled_from(HS),
        "unit_value": amounts.map(str),
        "quantity": st.integers(min_value=1, max_value=5),
        "duty_rate": st.decimals(min_value=Decimal(0), max_value=Decimal("0.3"), places=3).map(str),
        "weight_kg": st.sampled_from(["0.1", "0.5", "2"]),
    }),
    min_size=1, max_size=3,
)
requests = st.fixed_dictionaries({
    "date": st.sampled_from(["2025-06-01", "2026-03-15", "2026-08-01", "2026-11-21"]),
    "origin": st.sampled_from(["CN", "US", "GB", "DE", "IN", "MX"]),
    "destination": st.sampled_from(COUNTRIES),
    "currency": st.sampled_from(["EUR", "USD", "GBP", "JPY"]),
    "incoterm": st.sampled_from(["DDP", "DAP"]),
    "mode": st.sampled_from(["courier", "post"]),
    "items": items,
    "shipping": st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2).map(str),
    "seller": st.fixed_dictionaries({"registrations": st.lists(st.sampled_from(
        ["EU_IOSS", "UK_VAT", "AU_GST", "NZ_GST", "NO_VOEC", "CH_VAT", "SG_OVR", "BR_REMESSA_CONFORME",
         "CN_CBEC"]), unique=True)}),
})


@settings(max_examples=300, deadline=None)
@given(requests)
def test_quote_invariants(request: dict[str, Any]) -> None:
    answer = run_quote(request)
    known = [line for line in answer.lines if line.amount is not None]
    total = sum((line.amount.amount for line in known if line.amount), Decimal(0))
    assert answer.total_landed_cost.amount == total
    assert answer.due_at_checkout.amount + answer.due_at_delivery.amount == total
    by_kind = {kind: sum((ln.amount.amount for ln in known if ln.kind == kind and ln.amount), Decimal(0))
               for kind in ("goods", "shipping", "insurance", "duty", "tax", "fee")}
    assert answer.duty.amount == by_kind["duty"]
    assert answer.taxes.amount == by_kind["tax"]
    assert answer.fees.amount == by_kind["fee"]
    places = minor_units(answer.currency)
    for line in known:
        assert line.amount is not None
        assert line.amount.amount >= 0, line
        assert line.amount.currency == answer.currency
        assert -line.amount.amount.as_tuple().exponent <= places  # type: ignore[operator]
        assert line.amount.round() == line.amount  # rounding is idempotent
    if answer.complete:
        assert all(line.amount is not None for line in answer.lines)


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**9, max_value=10**9),
       st.sampled_from(["EUR", "JPY", "KWD", "CHF", "USD"]))
def test_rounding_is_idempotent(amount: Decimal, currency: str) -> None:
    money = Money(amount, currency)
    assert money.round().round() == money.round()
    assert money.cash_round().cash_round() == money.cash_round()
