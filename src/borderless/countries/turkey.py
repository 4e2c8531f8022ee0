"""Turkey (Türkiye): VAT 20 %; the low-value courier regime is not modelled (see the notice)."""

from borderless.countries._build import day, period, rule, source
from borderless.landed_cost.model import Market, TaxRule

GIB = source("Gelir İdaresi Başkanlığı: KDV general rate 20 % from 2023-07-10", "https://www.gib.gov.tr/")
TRADE = source("Ticaret Bakanlığı: e-commerce postal and courier imports (low-value limit and flat rates changed in "
               "2024; not verified here)", "https://ticaret.gov.tr/gumruk-islemleri")

MARKET = Market(
    country="TR",
    name="Türkiye",
    currency="TRY",
    customs_territory="TR",
    covered_from=day("2023-07-10"),
    valuation=rule(period("Türkiye customs value (CIF)", "2023-07-10", None, "CIF", TRADE, "uncertain")),
    tax=rule(period("Türkiye import VAT base", "2023-07-10", None, TaxRule(), GIB, "secondary")),
    notices=(rule(period("Türkiye low-value regime", "2023-07-10", None,
                         "Türkiye's simplified e-commerce regime for courier and postal parcels (low-value limit and "
                         "flat rates) is not modelled; duty needs a rate per item", TRADE, "uncertain")),),
)
