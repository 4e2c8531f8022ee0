"""South Korea: personal-use list clearance up to USD 150 (USD 200 from the US)."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Market, TaxRule, Threshold, When

KCS = source("Korea Customs Service: personal-use imports, list clearance USD 150 / USD 200 from the US "
             "(a-ha.io licensed broker answer; krutils.com 2026-05)", "https://www.customs.go.kr/english/")
US = frozenset({"US"})
USD_150 = Threshold(money("150", "USD"), "intrinsic")
USD_200 = Threshold(money("200", "USD"), "intrinsic")


def _exemptions(rule_name: str) -> tuple:  # type: ignore[type-arg]
    return (
        rule(period(rule_name + " (US)", "2020-01-01", None,
                    Exemption("personal-use goods from the US up to USD 200 (list clearance)",
                              When(ship_from=US, at_most=USD_200)), KCS, "secondary")),
        rule(period(rule_name, "2020-01-01", None,
                    Exemption("personal-use goods up to USD 150", When(at_most=USD_150)), KCS, "secondary")),
    )


MARKET = Market(
    country="KR",
    name="South Korea",
    currency="KRW",
    customs_territory="KR",
    covered_from=day("2020-01-01"),
    valuation=rule(period("Korea customs value (CIF)", "2020-01-01", None, "CIF", KCS, "secondary")),
    tax=rule(period("Korea import VAT base", "2020-01-01", None, TaxRule(), KCS, "secondary")),
    duty_exemptions=_exemptions("Korea de minimis"),
    tax_exemptions=_exemptions("Korea de minimis (VAT)"),
    notices=(rule(period("Korea tariff data", "2020-01-01", None,
                         "no Korean tariff rates are bundled (typical: 8 % general, 13 % apparel): give duty_rate",
                         KCS, "secondary")),),
)
