"""Switzerland: industrial goods duty-free, small amounts not levied, Swiss Post fees in the VAT base."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import (
    DutyRegime,
    Fee,
    Market,
    NotLevied,
    SellerScheme,
    TaxRule,
    When,
)

BAZG = source("BAZG: Receipt of letters and parcels; Onlineshopping sample calculation (VAT basis incl. transport, "
              "duties and clearance charges, rounded to the franc; tax up to CHF 5 not levied)",
              "https://www.bazg.admin.ch/bazg/en/home/information-private-persons/postal-and-courier-consignments.html")
INDUSTRIAL = source("ch.ch: abolition of industrial tariffs from 2024-01-01 (HS chapters 25-97)",
                    "https://www.ch.ch/en/")
DUTY_5 = source("BAZG: duty amounts under CHF 5 are not levied", "https://www.bazg.admin.ch/")
ESTV = source("ESTV: mail-order rule (2019-01-01) and platform taxation (2025-01-01)", "https://www.estv.admin.ch/")
SWISS_POST = source("Swiss Post: customs clearance charges (CHF 11.50 from DE/FR/IT/AT, CHF 16 otherwise, "
                    "+ 3 % of the goods value, at most CHF 70)", "https://www.post.ch/en/receiving/customs")

POST = frozenset({"post"})
NEIGHBOURS = frozenset({"DE", "FR", "IT", "AT"})


def _post_fee(label: str, amount: str, when: When) -> Fee:
    return Fee(label, when, amount=money(amount, "CHF"), rate=Decimal("0.03"), maximum=money("70", "CHF"),
               charged="when_collecting", collector="carrier", in_tax_base=True)


MARKET = Market(
    country="CH",
    name="Switzerland",
    currency="CHF",
    customs_territory="CH",
    covered_from=day("2024-01-01"),
    valuation=rule(period("Switzerland VAT assessment basis (value to destination)", "2024-01-01", None, "CIF", BAZG,
                          "verified", "duty itself is assessed on gross weight")),
    tax=rule(period("Switzerland import VAT basis", "2024-01-01", None, TaxRule(base_step=Decimal(1)), BAZG)),
    tax_not_levied=rule(period("Switzerland tax up to CHF 5 not levied", "2024-01-01", None,
                               NotLevied(money("5", "CHF"), inclusive=True), BAZG)),
    duty_regimes=(rule(period("Switzerland industrial goods duty-free", "2024-01-01", None,
                              DutyRegime("industrial goods (HS 25-97) duty-free since 2024-01-01", "free_chapters",
                                         chapters=((25, 97),)),
                              INDUSTRIAL)),),
    duty_not_levied=rule(period("Switzerland duty under CHF 5 not levied", "2024-01-01", None,
                                NotLevied(money("5", "CHF")), DUTY_5, "secondary")),
    seller_schemes=(rule(period("Switzerland mail-order and platform VAT", "2024-01-01", None,
                                SellerScheme("CH_VAT", "Swiss VAT charged by a registered mail-order seller or "
                                             "platform", When()),
                                ESTV)),),
    fees=(rule(period("Swiss Post clearance (neighbours)", "2024-01-01", None,
                      _post_fee("Swiss Post customs clearance", "11.50", When(modes=POST, ship_from=NEIGHBOURS)),
                      SWISS_POST, "verified")),
          rule(period("Swiss Post clearance", "2024-01-01", None,
                      _post_fee("Swiss Post customs clearance", "16.00", When(modes=POST, ship_from_not=NEIGHBOURS)),
                      SWISS_POST, "verified"))),
    notices=(rule(period("Switzerland courier fees", "2024-01-01", None,
                         "couriers charge their own clearance fees (not modelled); agricultural goods pay duty by "
                         "gross weight, which needs a Swiss tariff line", SWISS_POST, "secondary")),),
)
