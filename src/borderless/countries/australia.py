"""Australia: low-value goods (AUD 1,000 or less) taxed at the point of sale by registered vendors."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Fee, Market, SellerScheme, TaxRule, Threshold, When

LVIG = source("ATO: GST on low value imported goods (since 2018-07-01)",
              "https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-for-non-resident-businesses/gst-on-low-value-imported-goods")
GST_ACT = source("A New Tax System (Goods and Services Tax) Act 1999 s.13-20: value of the taxable importation",
                 "https://www.legislation.gov.au/C2004A00446/latest/text")
IPC = source("ABF: Import Processing Charge (electronic: AUD 50 over AUD 1,000, AUD 152 from AUD 10,000)",
             "https://www.abf.gov.au/importing-exporting-and-manufacturing/importing/cost-recovery")
FID = source("DAFF: biosecurity full import declaration charge (AUD 45 air from 2024-07-01; AUD 48 reported "
             "from 2025-07-01)", "https://www.agriculture.gov.au/biosecurity-trade/import/charges")

AUD_1000 = Threshold(money("1000", "AUD"), "customs_value")
AUD_10000 = Threshold(money("10000", "AUD"), "customs_value", inclusive=False)

MARKET = Market(
    country="AU",
    name="Australia",
    currency="AUD",
    customs_territory="AU",
    covered_from=day("2018-07-01"),
    valuation=rule(period("Australia customs value (FOB)", "2018-07-01", None, "FOB", GST_ACT)),
    tax=rule(period("Australia value of the taxable importation", "2018-07-01", None, TaxRule(), GST_ACT)),
    duty_exemptions=(rule(period("Australia duty threshold AUD 1,000", "2018-07-01", None,
                                 Exemption("no duty on goods up to AUD 1,000", When(at_most=AUD_1000), ("22", "24")),
                                 LVIG)),),
    seller_schemes=(rule(period("Australia LVIG GST", "2018-07-01", None,
                                SellerScheme("AU_GST", "GST on low value imported goods (AUD 1,000 or less)",
                                             When(at_most=AUD_1000), unregistered="not_charged"),
                                LVIG)),),
    fees=(
        rule(period("Australia import processing charge", "2018-07-01", None,
                    Fee("Import processing charge (electronic)", When(above=AUD_1000, at_most=AUD_10000),
                        amount=money("50", "AUD")), IPC)),
        rule(period("Australia import processing charge (AUD 10,000+)", "2018-07-01", None,
                    Fee("Import processing charge (electronic)", When(above=AUD_10000), amount=money("152", "AUD")),
                    IPC)),
        rule(
            period("Australia biosecurity import declaration charge", "2024-07-01", "2025-07-01",
                   Fee("Biosecurity full import declaration charge (air)", When(above=AUD_1000),
                       amount=money("45", "AUD")), FID, "verified"),
            period("Australia biosecurity import declaration charge", "2025-07-01", None,
                   Fee("Biosecurity full import declaration charge (air)", When(above=AUD_1000),
                       amount=money("48", "AUD")), FID, "uncertain", "indexed amount from a third-party dataset"),
        ),
    ),
)
