"""India: courier personal imports under CTH 9804 (BCD 10 % + SWS 10 % of BCD + IGST 18 %)."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import AdditionalDuty, Band, DutyRegime, Market, NotLevied, TaxRule, Threshold, When

COURIER_FAQ = source("Mumbai Customs Zone III: Courier FAQ (Public Notice 52/2025, 2025-10-07): CTH 9804 personal "
                     "imports 30.98 %; duty up to Rs 100 waived", "https://www.mumbaicustomszone3.gov.in/")
COURIER = frozenset({"courier"})
INR_100000 = Threshold(money("100000", "INR"), "customs_value")
CTH_9804 = When(modes=COURIER, at_most=INR_100000)

MARKET = Market(
    country="IN",
    name="India",
    currency="INR",
    customs_territory="IN",
    covered_from=day("2025-10-07"),
    valuation=rule(period("India assessable value (CIF)", "2025-10-07", None, "CIF", COURIER_FAQ)),
    tax=rule(period("India IGST base", "2025-10-07", None, TaxRule(label="IGST"), COURIER_FAQ)),
    duty_regimes=(rule(period("India courier CTH 9804 BCD", "2025-10-07", None,
                              DutyRegime("Basic customs duty, personal imports by courier (CTH 9804)", "banded",
                                         CTH_9804, (Band(None, Decimal("0.10")),)), COURIER_FAQ)),),
    additional_duties=(rule(period("India social welfare surcharge", "2025-10-07", None,
                                   AdditionalDuty("Social welfare surcharge (10 % of BCD)", Decimal("0.10"), "duty",
                                                  CTH_9804), COURIER_FAQ)),),
    duty_not_levied=rule(period("India duty up to Rs 100 waived", "2025-10-07", None,
                                NotLevied(money("100", "INR"), inclusive=True), COURIER_FAQ)),
    notices=(rule(period("India outside the courier regime", "2025-10-07", None,
                         "postal imports (Postal Imports Regulations 2025) and B2B imports pay tariff rates that are "
                         "not bundled", COURIER_FAQ, "secondary")),),
)
