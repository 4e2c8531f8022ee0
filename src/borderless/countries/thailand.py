"""Thailand: the THB 1,500 exemption ended for VAT (2024-07-05) and duty (2026-01-01)."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Market, TaxRule, Threshold, When

NOTICE_191 = source("Thai Customs Notification 191/2018: THB 1,500 exemption; Notification 116/2567: VAT on all "
                    "imports from 2024-07-05 (rajahtann eoasis)", "https://www.customs.go.th/")
DUTY_2026 = source("Thailand: duty and VAT on all imported goods from THB 1 from 2026-01-01; platforms collect "
                   "(laotiantimes 2025-11-12; sherrings.com)", "https://www.customs.go.th/")

THB_1500 = Threshold(money("1500", "THB"), "customs_value")

MARKET = Market(
    country="TH",
    name="Thailand",
    currency="THB",
    customs_territory="TH",
    covered_from=day("2018-01-01"),
    valuation=rule(period("Thailand CIF value", "2018-01-01", None, "CIF", NOTICE_191, "secondary")),
    tax=rule(period("Thailand import VAT base", "2018-01-01", None, TaxRule(), NOTICE_191, "secondary")),
    duty_exemptions=(rule(period("Thailand THB 1,500 exemption (duty)", "2018-01-01", "2026-01-01",
                                 Exemption("no duty up to THB 1,500", When(at_most=THB_1500)), NOTICE_191,
                                 "secondary")),),
    tax_exemptions=(rule(period("Thailand THB 1,500 exemption (VAT)", "2018-01-01", "2024-07-05",
                                Exemption("no VAT up to THB 1,500", When(at_most=THB_1500)), NOTICE_191,
                                "secondary")),),
    notices=(rule(period("Thailand tariff data", "2018-01-01", None,
                         "no Thai tariff rates are bundled (reported bands: apparel up to 30 %, bags 20 %, "
                         "electrical 10 %): give duty_rate per item", DUTY_2026, "secondary")),),
)
