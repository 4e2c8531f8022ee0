"""The day before and the day a rule changes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.conftest import run_quote


def cart(destination: str, on: str, **extra: Any) -> dict[str, Any]:
    request: dict[str, Any] = {
        "date": on, "origin": "CN", "destination": destination, "currency": "EUR", "incoterm": "DAP",
        "mode": "courier",
        "items": [
            {"sku": "TS", "hs_code": "610910", "unit_value": "10", "quantity": 5},
            {"sku": "MUG", "hs_code": "691200", "unit_value": "12", "quantity": 1},
        ],
        "shipping": "5",
    }
    request.update(extra)
    return request


def duty_lines(answer: Any) -> list[Any]:
    return [line for line in answer.lines if line.kind == "duty"]


@pytest.mark.parametrize("on", ["2025-06-01", "2026-06-30"])
def test_eu_duty_relief_up_to_150_before_july_2026(on: str) -> None:
    answer = run_quote(cart("FR", on))
    assert answer.duty.amount == 0
    assert "150" in duty_lines(answer)[0].label


@pytest.mark.parametrize("on", ["2026-07-01", "2026-08-01"])
def test_eu_flat_3_eur_per_subheading_from_july_2026(on: str) -> None:
    answer = run_quote(cart("DE", on))
    # five T-shirts share one subheading; the mug is another: 2 x EUR 3
    assert answer.duty.amount == Decimal("6.00")
    assert duty_lines(answer)[0].period.start.isoformat() == "2026-07-01"


def test_eu_flat_duty_converted_for_non_euro_member() -> None:
    answer = run_quote(cart("PL", "2026-08-01"))
    assert answer.currency == "PLN"
    assert answer.duty.amount > Decimal("20")  # 6 EUR in PLN


def test_eu_over_150_pays_the_tariff() -> None:
    request = cart("DE", "2026-08-01")
    request["items"][0]["quantity"] = 20  # EUR 200 of T-shirts
    answer = run_quote(request)
    tshirt = next(line for line in duty_lines(answer) if line.item == "TS")
    assert tshirt.rate == Decimal("0.12")


def test_ioss_moves_vat_to_checkout() -> None:
    without = run_quote(cart("FR", "2026-08-01"))
    with_ioss = run_quote(cart("FR", "2026-08-01", seller={"registrations": ["EU_IOSS"]}))
    vat_without = next(line for line in without.lines if line.kind == "tax")
    vat_with = next(line for line in with_ioss.lines if line.kind == "tax")
    assert vat_without.collected == "delivery"
    assert vat_with.collected == "checkout"
    assert vat_with.rate == Decimal("0.20")


def test_france_parcel_tax_from_march_2026() -> None:
    before = run_quote(cart("FR", "2026-02-28"))
    after = run_quote(cart("FR", "2026-03-01"))
    assert before.fees.amount == 0
    assert after.fees.amount == Decimal("4.00")  # EUR 2 x 2 item lines
    fee = next(line for line in after.lines if line.kind == "fee")
    assert fee.payer == "seller" and fee.collected == "checkout"


@pytest.mark.parametrize(("on", "exempt"), [("2025-08-28", True), ("2025-08-29", False)])
def test_us_de_minimis_suspended_2025_08_29(on: str, exempt: bool) -> None:
    answer = run_quote(cart("US", on, origin="GB", currency="USD"))
    first = duty_lines(answer)[0]
    assert ("de minimis" in first.label) is exempt


@pytest.mark.parametrize(("on", "exempt"), [("2025-05-01", True), ("2025-05-02", False)])
def test_us_de_minimis_ended_for_china_2025_05_02(on: str, exempt: bool) -> None:
    answer = run_quote(cart("US", on, currency="USD"))
    assert ("de minimis" in duty_lines(answer)[0].label) is exempt


def test_us_unknown_duty_is_not_a_silent_zero() -> None:
    answer = run_quote(cart("US", "2026-11-21", currency="USD"))
    assert not answer.complete
    assert any(line.amount is None for line in duty_lines(answer))
    assert any("not included in the totals" in w for w in answer.warnings)


@pytest.mark.parametrize(("on", "surcharge"), [("2026-02-23", False), ("2026-02-24", True), ("2026-07-23", True),
                                                 ("2026-07-24", False)])
def test_us_s122_surcharge_window(on: str, surcharge: bool) -> None:
    request = cart("US", on, currency="USD")
    for item in request["items"]:
        item["duty_rate"] = "0.05"
    answer = run_quote(request)
    assert any("s.122" in line.label for line in duty_lines(answer)) is surcharge


@pytest.mark.parametrize(("on", "levy"), [("2026-03-31", False), ("2026-04-01", True)])
def test_new_zealand_low_value_levy(on: str, levy: bool) -> None:
    answer = run_quote(cart("NZ", on))
    assert any("levy" in line.label for line in answer.lines) is levy
    if levy:
        assert answer.fees.amount == Decimal("2.21")
        assert any(line.kind == "tax" and "levy" in line.label for line in answer.lines)  # + GST


@pytest.mark.parametrize(("on", "exempt"), [("2025-12-31", True), ("2026-01-01", False)])
def test_thailand_duty_from_the_first_baht(on: str, exempt: bool) -> None:
    answer = run_quote(cart("TH", on, items=[{"sku": "S", "hs_code": "610910", "unit_value": "20", "quantity": 1}],
                            shipping="0"))
    assert ("1,500" in duty_lines(answer)[0].label) is exempt


def test_uk_135_rule_vat_at_checkout_and_no_duty() -> None:
    answer = run_quote(cart("GB", "2026-11-21", currency="GBP", seller={"registrations": ["UK_VAT"]}))
    assert answer.duty.amount == 0
    tax = next(line for line in answer.lines if line.kind == "tax")
    assert tax.collected == "checkout" and tax.rate == Decimal("0.20")
    assert tax.amount.amount == Decimal("13.40")  # 20 % of 62 goods + 5 shipping


def test_norway_voec_no_duty_and_vat_at_checkout() -> None:
    answer = run_quote(cart("NO", "2026-11-21", currency="NOK", seller={"registrations": ["NO_VOEC"]}))
    assert answer.due_at_delivery.amount == 0
    assert answer.duty.amount == 0


def test_australia_unregistered_seller_low_value_not_taxed_with_warning() -> None:
    answer = run_quote(cart("AU", "2026-11-21", currency="AUD"))
    assert answer.taxes.amount == 0 and answer.duty.amount == 0
    assert any("AU_GST" in w for w in answer.warnings)


def test_switzerland_small_tax_not_levied_and_post_fee_in_base() -> None:
    small = run_quote(cart("CH", "2026-11-21", currency="CHF",
                           items=[{"sku": "S", "hs_code": "610910", "unit_value": "40", "quantity": 1}]))
    assert small.taxes.amount == 0  # 8.1 % of CHF 45 = 3.65: up to CHF 5 is not levied
    big = run_quote(cart("CH", "2026-11-21", currency="CHF", mode="post",
                         items=[{"sku": "W", "hs_code": "910211", "unit_value": "300", "quantity": 1}]))
    fee = next(line for line in big.lines if line.kind == "fee")
    tax = next(line for line in big.lines if line.kind == "tax")
    # Swiss Post: CHF 16 + 3 % of 305 = 25.15; VAT base 305 + 25.15 rounded to the franc = 330
    assert fee.amount.amount == Decimal("25.15")
    assert tax.base.amount == Decimal("330")
    assert tax.amount.amount == Decimal("26.73")
    assert big.duty.amount == 0  # industrial goods


def test_brazil_remessa_conforme_bands_and_icms_por_dentro() -> None:
    request = cart("BR", "2026-11-21", currency="USD", seller={"registrations": ["BR_REMESSA_CONFORME"]},
                   exchange_rates={"USD/BRL": "5.00"}, destination_region="BR-SP")
    answer = run_quote(request)
    # CIF USD 67 = BRL 335 > USD 50: II = 60 % x 335 - USD 20 (BRL 100) = 101.00
    assert answer.duty.amount == Decimal("101.00")
    # ICMS 17 % por dentro: (335 + 101) / 0.83 x 0.17 = 89.30
    assert answer.taxes.amount == Decimal("89.30")
    assert answer.due_at_delivery.amount == 0


def test_mexico_courier_global_rate() -> None:
    answer = run_quote(cart("MX", "2026-11-21", currency="MXN"))
    tax = next(line for line in answer.lines if line.kind == "tax")
    assert tax.rate == Decimal("0.335")


def test_india_courier_all_in_30_98_percent() -> None:
    answer = run_quote(cart("IN", "2026-11-21", currency="INR",
                            items=[{"sku": "X", "hs_code": "610910", "unit_value": "10000", "quantity": 1}],
                            shipping="0"))
    assert answer.duty.amount + answer.taxes.amount == Decimal("3098.00")


def test_china_cbec_composite_9_1_percent() -> None:
    answer = run_quote(cart("CN", "2026-11-21", origin="US", currency="CNY", shipping="0",
                            items=[{"sku": "X", "hs_code": "330499", "unit_value": "1000", "quantity": 1}],
                            seller={"registrations": ["CN_CBEC"]}))
    assert answer.duty.amount == 0
    assert answer.taxes.amount == Decimal("91.00")
    assert answer.due_at_delivery.amount == 0


def test_canada_courier_from_us_duty_free_to_150_but_gst_above_40() -> None:
    answer = run_quote(cart("CA", "2026-11-21", origin="US", currency="CAD", shipping="0",
                            items=[{"sku": "X", "hs_code": "610910", "unit_value": "100", "quantity": 1}]))
    assert answer.duty.amount == 0
    assert answer.taxes.amount == Decimal("5.00")
