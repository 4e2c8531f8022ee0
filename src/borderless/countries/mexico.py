"""Mexico: the courier simplified regime's global rate (one rate for duty and IVA)."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import AllInRate, Band, Market, TaxRule, Threshold, When

RGCE_2025 = source("Cuarta Resolución de modificaciones a las RGCE 2025 (DOF 2025-07-28), rule 3.7.35: courier "
                   "global rate 33.5 % from 2025-08-15; USMCA bands (internationaltradecomplianceupdate.com)",
                   "https://www.dof.gob.mx/")
RGCE_JAN = source("RGCE 2025 (DOF 2024-12-30): courier global rate 19 % for non-FTA origins from 2025-01-01",
                  "https://www.dof.gob.mx/")
POSTAL = source("HKTDC: Mexico postal imports USD 50 exemption, 16 % single rate up to USD 1,000 (2019-03-01)",
                "https://research.hktdc.com/")
LEY_ADUANERA = source("Ley Aduanera art. 64-65: customs value incl. freight and insurance",
                      "https://www.diputados.gob.mx/LeyesBiblio/pdf/LAdua.pdf")

COURIER = frozenset({"courier"})
USMCA = frozenset({"US", "CA"})
USD_2500 = Threshold(money("2500", "USD"), "intrinsic")


def _usd(amount: str) -> Band:
    return Band(money(amount, "USD"), Decimal(0))


MARKET = Market(
    country="MX",
    name="Mexico",
    currency="MXN",
    customs_territory="MX",
    covered_from=day("2025-01-01"),
    valuation=rule(period("Mexico customs value", "2025-01-01", None, "CIF", LEY_ADUANERA, "uncertain",
                          "whether freight enters the courier global-rate base is not settled in the sources")),
    tax=rule(period("Mexico IVA base", "2025-01-01", None, TaxRule(), LEY_ADUANERA, "secondary")),
    all_in_rates=(
        rule(period("Mexico courier global rate (USMCA origin)", "2025-08-15", None,
                    AllInRate("Courier global rate for USMCA goods (IGI + IVA)", When(
                        modes=COURIER, ship_from=USMCA, at_most=USD_2500),
                        (_usd("50"), Band(money("117", "USD"), Decimal("0.17")), Band(None, Decimal("0.19"))),
                        "intrinsic"),
                    RGCE_2025, "secondary", "DTA (customs processing fee) on shipments up to USD 50 is not modelled")),
        rule(
            period("Mexico courier global rate", "2025-01-01", "2025-08-15",
                   AllInRate("Courier global rate (IGI + IVA)", When(modes=COURIER, at_most=USD_2500),
                             (Band(None, Decimal("0.19")),), "intrinsic"),
                   RGCE_JAN, "secondary"),
            period("Mexico courier global rate", "2025-08-15", None,
                   AllInRate("Courier global rate (IGI + IVA)", When(modes=COURIER, at_most=USD_2500),
                             (Band(None, Decimal("0.335")),), "intrinsic"),
                   RGCE_2025, "secondary", "RGCE 2026 text not found; the 2025 rate is assumed still in force"),
        ),
        rule(period("Mexico postal single rate", "2025-01-01", None,
                    AllInRate("Postal imports single rate", When(
                        modes=frozenset({"post"}), at_most=Threshold(money("1000", "USD"), "intrinsic")),
                        (_usd("50"), Band(None, Decimal("0.16"))), "intrinsic"),
                    POSTAL, "uncertain", "2019 source; may be outdated")),
    ),
)
