"""Germany: EU rules plus Deutsche Post's advance fee when it pays import charges for the customer."""

from borderless.countries._build import money, period, rule, source
from borderless.countries.european_union import member
from borderless.landed_cost.model import Fee, When

DHL_FEE = source("Deutsche Post/DHL: Auslagepauschale for advanced import charges (EUR 6 in 2021 reports; "
                 "EUR 7.50 per dhl.de 2026 via a third-party dataset)", "https://www.dhl.de/de/privatkunden.html")

MARKET = member(
    "DE",
    fees=(
        rule(
            period("Deutsche Post advance fee", "2021-07-01", "2026-01-01",
                   Fee("Deutsche Post advance fee (Auslagepauschale)", When(modes=frozenset({"post"})),
                       amount=money("6", "EUR"), charged="when_collecting", collector="carrier"),
                   DHL_FEE, "secondary"),
            period("Deutsche Post advance fee", "2026-01-01", None,
                   Fee("Deutsche Post advance fee (Auslagepauschale)", When(modes=frozenset({"post"})),
                       amount=money("7.50", "EUR"), charged="when_collecting", collector="carrier"),
                   DHL_FEE, "uncertain", "EUR 7.50 from a third-party dataset; start date not stated"),
        ),
    ),
)
