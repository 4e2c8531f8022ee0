"""Romania: EU rules plus the RON 25 logistics fee on low-value parcels from 2026-01-01."""

from borderless.countries._build import money, period, rule, source
from borderless.countries.european_union import EUR_150_INTRINSIC, member
from borderless.landed_cost.model import Fee, When

PARCEL_FEE = source("Romania: RON 25 fee per non-EU parcel up to EUR 150 from 2026-01-01 (passportglobal.com; "
                    "fiscalsolutions.co.uk 2026-02-26)", "https://www.fiscalsolutions.co.uk/")

MARKET = member(
    "RO",
    fees=(rule(period("Romania low-value parcel fee", "2026-01-01", None,
                      Fee("Romanian logistics fee per parcel up to EUR 150", When(at_most=EUR_150_INTRINSIC),
                          amount=money("25", "RON")),
                      PARCEL_FEE, "secondary")),),
)
