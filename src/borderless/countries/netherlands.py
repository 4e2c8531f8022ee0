"""The Netherlands: EU rules, PostNL's clearance charge, and amounts truncated to the cent.

The Belastingdienst's own worked examples round duty down (2.5 % of EUR 235 = 5.875 shown as 5.87),
so amounts here are rounded towards zero.
"""

from decimal import ROUND_DOWN

from borderless.countries._build import money, period, rule, source
from borderless.countries.european_union import EUR_150_INTRINSIC, member
from borderless.landed_cost.model import Fee, When

POSTNL = source("PostNL: customs clearance charges (EUR 6 online for parcels up to EUR 150)",
                "https://www.postnl.nl/en/receiving/customs/")
NATIONAL_FEE = source("Netherlands: planned EUR 2 per declaration line handling fee, paused pending the EU measure "
                      "(iamexpat.nl; Raad van State advice)", "https://www.iamexpat.nl/")

MARKET = member(
    "NL",
    fees=(
        rule(period(
            "PostNL clearance charge",
            "2021-07-01",
            None,
            Fee("PostNL clearance charge (online payment)", When(modes=frozenset({"post"}), at_most=EUR_150_INTRINSIC),
                amount=money("6", "EUR"), charged="when_collecting", collector="carrier"),
            POSTNL,
            "secondary",
        )),
    ),
    notices=(rule(period("Netherlands national handling fee (planned)", "2026-01-01", None,
                         "a national EUR 2 per line handling fee was planned then paused; not charged here",
                         NATIONAL_FEE, "uncertain")),),
    rounding=ROUND_DOWN,
)
