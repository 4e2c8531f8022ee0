"""United Arab Emirates: VAT 5 % on all imports; GCC duty (mostly 5 %) above AED 1,000."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Band, DutyRegime, Exemption, Market, TaxRule, Threshold, When

EY = source("EY Tax News 2023-01-12 and 2023-03-15: Dubai de minimis AED 300 (2023-01-01) reverted to AED 1,000 "
            "(2023-03-01)", "https://www.ey.com/en_gl/technical/tax-alerts")
VAT = source("Zoho UAE VAT FAQ: import VAT 5 % on CIF (low value) or CIF + duty + fees",
             "https://www.zoho.com/ae/books/vat/")
GCC = source("GCC Common Customs Law: common external tariff, mostly 5 % of CIF", "https://www.dubaicustoms.gov.ae/")

EXCISE = ("22", "24")


def _aed(amount: str) -> Threshold:
    return Threshold(money(amount, "AED"), "customs_value")


MARKET = Market(
    country="AE",
    name="United Arab Emirates",
    currency="AED",
    customs_territory="AE",
    covered_from=day("2023-01-01"),
    valuation=rule(period("UAE CIF value", "2023-01-01", None, "CIF", GCC, "secondary")),
    tax=rule(period("UAE import VAT base", "2023-01-01", None, TaxRule(), VAT, "secondary")),
    duty_exemptions=(rule(
        period("UAE de minimis", "2023-01-01", "2023-03-01",
               Exemption("no duty up to AED 300 (Dubai, 2023 trial)", When(at_most=_aed("300")), EXCISE), EY,
               "secondary"),
        period("UAE de minimis", "2023-03-01", None,
               Exemption("no duty on courier and postal consignments up to AED 1,000", When(at_most=_aed("1000")),
                         EXCISE), EY, "secondary"),
    ),),
    duty_regimes=(rule(period("GCC common external tariff", "2023-01-01", None,
                              DutyRegime("GCC common external tariff (5 % for most goods)", "banded",
                                         bands=(Band(None, Decimal("0.05")),)), GCC, "secondary",
                              "tobacco, alcohol and some goods carry higher rates")),),
)
