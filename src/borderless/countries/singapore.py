"""Singapore: duty only on liquor, tobacco, vehicles and petroleum; OVR GST on goods up to SGD 400."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import DutyRegime, Market, SellerScheme, TaxRule, Threshold, When

IRAS = source("IRAS: GST on imported low-value goods (overseas vendor registration, since 2023-01-01)",
              "https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/gst-and-digital-economy/low-value-goods")
CUSTOMS = source("Singapore Customs: dutiable goods (intoxicating liquors, tobacco, motor vehicles, petroleum)",
                 "https://www.customs.gov.sg/businesses/valuation-duties-taxes-fees/duties-and-dutiable-goods/")

AIR_OR_POST = frozenset({"courier", "post"})

MARKET = Market(
    country="SG",
    name="Singapore",
    currency="SGD",
    customs_territory="SG",
    covered_from=day("2023-01-01"),
    valuation=rule(period("Singapore CIF value", "2023-01-01", None, "CIF", IRAS)),
    tax=rule(period("Singapore import GST base", "2023-01-01", None, TaxRule(), IRAS)),
    duty_regimes=(rule(period("Singapore non-dutiable goods", "2023-01-01", None,
                              DutyRegime("no customs duty outside liquor, tobacco, vehicles and petroleum",
                                         "free_chapters", chapters=((1, 21), (23, 23), (25, 26), (28, 86), (88, 97))),
                              CUSTOMS)),),
    seller_schemes=(rule(period("Singapore OVR", "2023-01-01", None,
                                SellerScheme("SG_OVR", "GST on low-value goods up to SGD 400 (OVR)",
                                             When(modes=AIR_OR_POST,
                                                  at_most=Threshold(money("400", "SGD"), "customs_value")),
                                             unregistered="not_charged"),
                                IRAS)),),
)
