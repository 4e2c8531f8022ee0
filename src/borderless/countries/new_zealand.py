"""New Zealand: offshore suppliers collect GST on goods up to NZD 1,000; low-value goods levy from 2026-04-01."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Fee, Market, SellerScheme, TaxRule, Threshold, When

CUSTOMS = source("NZ Customs: What's my duty; Customs and Excise Regulations (LI 2019/250), NZD 1,000",
                 "https://www.customs.govt.nz/personal/duty-and-border-fees/")
IRD = source("Inland Revenue: GST on low-value imported goods (offshore suppliers, since 2019-12-01)",
             "https://www.ird.govt.nz/gst/gst-for-overseas-businesses")
LEVY = source("NZ Customs: Goods fees - 2026 changes (NZD 2.21 + GST per low-value air consignment)",
              "https://www.customs.govt.nz/about-us/news/")
HIGH_VALUE = source("NZ Customs: goods clearance fees (IETF NZD 53.44 incl. GST, BSEL NZD 46.40 + GST)",
                    "https://www.customs.govt.nz/business/import/goods-clearance-fees/")

NZD_1000 = Threshold(money("1000", "NZD"), "customs_value")

MARKET = Market(
    country="NZ",
    name="New Zealand",
    currency="NZD",
    customs_territory="NZ",
    covered_from=day("2019-12-01"),
    valuation=rule(period("New Zealand value for duty (FOB)", "2019-12-01", None, "FOB", CUSTOMS)),
    tax=rule(period("New Zealand import GST base", "2019-12-01", None, TaxRule(), CUSTOMS)),
    duty_exemptions=(rule(period("New Zealand duty threshold NZD 1,000", "2019-12-01", None,
                                 Exemption("no duty on goods up to NZD 1,000", When(at_most=NZD_1000), ("22", "24")),
                                 CUSTOMS)),),
    seller_schemes=(rule(period("New Zealand low-value goods GST", "2019-12-01", None,
                                SellerScheme("NZ_GST", "GST on low-value imported goods (NZD 1,000 or less)",
                                             When(at_most=NZD_1000), unregistered="not_charged"),
                                IRD)),),
    fees=(
        rule(period("New Zealand low-value goods levy", "2026-04-01", None,
                    Fee("Low-value goods levy (air consignment)", When(at_most=NZD_1000), amount=money("2.21", "NZD"),
                        taxed=True), LEVY)),
        rule(period("New Zealand IETF", "2019-12-01", "2026-04-01",
                    Fee("Import entry transaction fee (incl. GST)", When(above=NZD_1000), amount=money("53.44", "NZD")),
                    HIGH_VALUE)),
        rule(period("New Zealand biosecurity levy", "2019-12-01", "2026-04-01",
                    Fee("Biosecurity system entry levy", When(above=NZD_1000), amount=money("46.40", "NZD"),
                        taxed=True), HIGH_VALUE)),
    ),
    notices=(rule(period("New Zealand high-value levies", "2026-04-01", None,
                         "high-value goods levies replacing the IETF and BSEL from 2026-04-01 are not known; "
                         "not charged", LEVY, "uncertain")),),
)
