"""Canada: FOB value for duty, GST on value plus duty, CUSMA low-value thresholds by place of shipment."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Fee, Market, TaxRule, Threshold, When

LVS = source("CBSA: CUSMA - low-value shipments (Customs Notice 20-18), effective 2020-07-01",
             "https://www.cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html")
VFD = source("Customs Act s.48(5)(b)(i): value for duty excludes transport from the place of direct shipment",
             "https://laws-lois.justice.gc.ca/eng/acts/c-52.6/")
GST = source("CBSA: Importing commercial goods into Canada - determining duties and taxes (GST on VFD + duty)",
             "https://www.cbsa-asfc.gc.ca/import/guide-3-eng.html")
CANADA_POST = source("Canada Post: handling fee CAD 9.95 when duty or tax is assessed",
                     "https://www.canadapost-postescanada.ca/cpc/en/personal/receiving/customs.page")

POST = frozenset({"post"})
COURIER = frozenset({"courier"})
CUSMA = frozenset({"US", "MX"})


def _cad(amount: str) -> Threshold:
    return Threshold(money(amount, "CAD"), "customs_value")


MARKET = Market(
    country="CA",
    name="Canada",
    currency="CAD",
    customs_territory="CA",
    covered_from=day("2020-07-01"),
    valuation=rule(period("Canada value for duty (FOB)", "2020-07-01", None, "FOB", VFD, "secondary")),
    tax=rule(period("Canada GST base", "2020-07-01", None, TaxRule(includes_shipping=False), GST)),
    duty_exemptions=(rule(
        period("Canada duty de minimis", "2020-07-01", None,
               Exemption("courier from US/MX: no duty up to CAD 150", When(modes=COURIER, ship_from=CUSMA,
                                                                            at_most=_cad("150"))), LVS),
    ), rule(
        period("Canada duty de minimis CAD 20", "2020-07-01", None,
               Exemption("no duty or tax up to CAD 20", When(at_most=_cad("20"))), LVS),
    )),
    tax_exemptions=(rule(
        period("Canada tax de minimis", "2020-07-01", None,
               Exemption("courier from US/MX: no tax up to CAD 40", When(modes=COURIER, ship_from=CUSMA,
                                                                          at_most=_cad("40"))), LVS),
    ), rule(
        period("Canada tax de minimis CAD 20", "2020-07-01", None,
               Exemption("no duty or tax up to CAD 20", When(at_most=_cad("20"))), LVS),
    )),
    fees=(rule(period("Canada Post handling fee", "2020-07-01", None,
                      Fee("Canada Post handling fee", When(modes=POST), amount=money("9.95", "CAD"),
                          charged="when_collecting", collector="carrier"),
                      CANADA_POST, "secondary")),),
    uses_regional_tax=True,
    default_region=None,
    region_note="federal GST only; HST provinces (e.g. CA-ON 13 %) charge HST instead, and PST/QST may be due",
)
