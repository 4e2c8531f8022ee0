"""Japan: personal-use imports valued at 60 % of the overseas price; JPY 10,000 exemption."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Fee, Market, TaxRule, Threshold, When

CUSTOMS_1006 = source("Japan Customs FAQ 1006: taxable value of JPY 10,000 or less exempt (with exclusions)",
                      "https://www.customs.go.jp/english/summary/passenger.htm")
CUSTOMS_1403 = source("Japan Customs 1403: personal-use imports valued at 60 % of the overseas retail price",
                      "https://www.customs.go.jp/tetsuzuki/c-answer/imtsukan/1403_jr.htm")
JAPAN_POST = source("Japan Customs 1301: Japan Post customs clearance fee JPY 200",
                    "https://www.customs.go.jp/tetsuzuki/c-answer/kojin/1301_jr.htm")
REFORM = source("FY2026 Tax Reform Outline: end of the JPY 10,000 exemption for cross-border mail order from "
                "2028-04-01 (skadvisory.jp)", "https://www.mof.go.jp/english/policy/tax_policy/")

EXCLUDED = ("4202", "4203", "61", "6403", "6404", "6405", "22", "24")
JPY_10000 = Threshold(money("10000", "JPY"), "customs_value")

MARKET = Market(
    country="JP",
    name="Japan",
    currency="JPY",
    customs_territory="JP",
    covered_from=day("2020-01-01"),
    valuation=rule(period("Japan customs value (CIF)", "2020-01-01", None, "CIF", CUSTOMS_1403, "secondary")),
    goods_value_factor=rule(period("Japan personal-use valuation 60 %", "2020-01-01", None, Decimal("0.6"),
                                   CUSTOMS_1403, "secondary")),
    tax=rule(period("Japan import consumption tax base", "2020-01-01", None, TaxRule(), CUSTOMS_1403, "secondary")),
    duty_exemptions=(rule(period("Japan JPY 10,000 exemption", "2020-01-01", "2028-04-01",
                                 Exemption("taxable value JPY 10,000 or less exempt", When(at_most=JPY_10000),
                                           EXCLUDED), CUSTOMS_1006)),),
    tax_exemptions=(rule(period("Japan JPY 10,000 exemption (tax)", "2020-01-01", "2028-04-01",
                                Exemption("taxable value JPY 10,000 or less exempt", When(at_most=JPY_10000),
                                          EXCLUDED), CUSTOMS_1006)),),
    fees=(rule(period("Japan Post clearance fee", "2020-01-01", None,
                      Fee("Japan Post customs clearance fee", When(modes=frozenset({"post"})),
                          amount=money("200", "JPY"), charged="when_collecting", collector="carrier"),
                      JAPAN_POST, "secondary")),),
    notices=(rule(period("Japan tariff data", "2020-01-01", None,
                         "no Japanese tariff rates are bundled: give duty_rate per item above JPY 10,000",
                         CUSTOMS_1006, "secondary")),
             rule(period("Japan 2028 reform", "2028-04-01", None,
                         "the FY2026 reform moves consumption tax on cross-border mail order to sellers; "
                         "its rules are not modelled", REFORM, "uncertain"))),
)
