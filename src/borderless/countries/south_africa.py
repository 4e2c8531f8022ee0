"""South Africa: flat 20 % on consignments up to R500, VAT on the added tax value (value + 10 % + duty)."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Band, DutyRegime, Exemption, Market, TaxRule, Threshold, When

SARS_ATV = source("SARS: VAT on imports, added tax value = customs value + 10 % + duty",
                  "https://www.sars.gov.za/customs-and-excise/travellers/")
FLAT_RATE = source("SARS media release 2024-08-08: VAT on top of the 20 % flat rate for consignments up to R500 "
                   "from 2024-09-01 (freightnews.co.za)", "https://www.sars.gov.za/media/media-releases/")
ZAR_500 = Threshold(money("500", "ZAR"), "customs_value")

MARKET = Market(
    country="ZA",
    name="South Africa",
    currency="ZAR",
    customs_territory="ZA",
    covered_from=day("2024-01-01"),
    valuation=rule(period("South Africa customs value (FOB)", "2024-01-01", None, "FOB", SARS_ATV, "uncertain",
                          "FOB valuation not verified")),
    tax=rule(period("South Africa added tax value", "2024-01-01", None,
                    TaxRule(includes_shipping=False, uplift=Decimal("0.10")), SARS_ATV)),
    duty_regimes=(rule(period("South Africa low-value flat rate", "2024-01-01", None,
                              DutyRegime("flat rate of 20 % in lieu of duty (consignments up to R500)", "banded",
                                         When(at_most=ZAR_500), (Band(None, Decimal("0.20")),)),
                              FLAT_RATE, "secondary")),),
    tax_exemptions=(rule(period("South Africa no VAT on flat-rate parcels", "2024-01-01", "2024-09-01",
                                Exemption("no VAT on consignments up to R500 (flat-rate regime)",
                                          When(at_most=ZAR_500)), FLAT_RATE, "secondary")),),
    notices=(rule(period("South Africa WCO categories", "2024-11-01", None,
                         "low-value clearance was reconfigured along WCO categories from 2024-11-01; details "
                         "unknown; clothing bought online may be assessed at full rates", FLAT_RATE, "uncertain")),),
)
