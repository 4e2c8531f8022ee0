"""Norway: VOEC (VAT at checkout, no duty) for items under NOK 3,000; otherwise VAT from the first krone."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Market, SellerScheme, TaxRule, Threshold, When

VOEC = source("Tolletaten: VOEC - VAT on E-Commerce (items under NOK 3,000; no customs duty)",
              "https://www.toll.no/en/online-shopping/voec/")
NOK_350 = source("Tolletaten: the NOK 350 exemption for low-value goods abolished from 2024-01-01",
                 "https://www.toll.no/en/online-shopping/")
CARRIER = source("Posten/thelocal.no 2024-06-11: carriers charge a clearance fee (example NOK 45)",
                 "https://www.thelocal.no/")

MARKET = Market(
    country="NO",
    name="Norway",
    currency="NOK",
    customs_territory="NO",
    covered_from=day("2020-04-01"),
    valuation=rule(period("Norway customs value", "2020-04-01", None, "CIF", NOK_350, "uncertain",
                          "valuation basis inferred: VAT base includes shipping")),
    tax=rule(period("Norway import VAT base", "2020-04-01", None, TaxRule(), NOK_350, "secondary")),
    seller_schemes=(rule(period("Norway VOEC", "2020-04-01", None,
                                SellerScheme("NO_VOEC", "VOEC: VAT charged by the seller, items under NOK 3,000",
                                             When(at_most=Threshold(money("3000", "NOK"), "intrinsic",
                                                                    inclusive=False, per_item=True)),
                                             duty_exempt=True),
                                VOEC)),),
    tax_exemptions=(rule(period("Norway NOK 350 exemption", "2020-04-01", "2024-01-01",
                                Exemption("no VAT or duty up to NOK 350 incl. shipping",
                                          When(at_most=Threshold(money("350", "NOK"), "goods_and_shipping")),
                                          ("22", "24")),
                                NOK_350)),),
    duty_exemptions=(rule(period("Norway NOK 350 exemption (duty)", "2020-04-01", "2024-01-01",
                                 Exemption("no VAT or duty up to NOK 350 incl. shipping",
                                           When(at_most=Threshold(money("350", "NOK"), "goods_and_shipping")),
                                           ("22", "24")),
                                 NOK_350)),),
    notices=(rule(period("Norway carrier clearance fees", "2020-04-01", None,
                         "outside VOEC, carriers charge a clearance fee (e.g. NOK 45 at Posten) that is not "
                         "modelled", CARRIER, "secondary")),),
)
