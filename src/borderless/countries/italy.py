"""Italy: EU rules; the national EUR 2 contribution per consignment is reported postponed."""

from borderless.countries._build import period, rule, source
from borderless.countries.european_union import member

NATIONAL_FEE = source("Italy: EUR 2 per low-value consignment (Budget law 2026), reportedly postponed "
                      "(passportglobal.com)", "https://www.passportglobal.com/")

MARKET = member(
    "IT",
    notices=(rule(period("Italy EUR 2 per consignment (postponed)", "2026-01-01", None,
                         "Italy's EUR 2 per consignment contribution was announced for 2026 and reportedly "
                         "postponed; not charged here", NATIONAL_FEE, "uncertain")),),
)
