"""United States: FOB valuation, no import VAT, the end of the USD 800 de minimis, s.122 surcharge."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import AdditionalDuty, Exemption, Fee, Market, TaxRule, Threshold, When

VALUATION = source("19 CFR 152.103: transaction value excludes international freight and insurance",
                   "https://www.ecfr.gov/current/title-19/chapter-I/part-152")
NO_VAT = source("CBP: the United States levies no federal VAT on imports (state sales tax is a domestic matter)",
                "https://help.cbp.gov/s/article/Article-1225")
DE_MINIMIS = source("19 U.S.C. 1321 (USD 800 since 2016-03-10); EO 14256 (ended for CN/HK 2025-05-02); "
                    "EO 14324 (suspended for all countries 2025-08-29)",
                    "https://www.federalregister.gov/documents/2025/08/05/2025-14897/suspending-duty-free-de-minimis-treatment-for-all-countries")
S122 = source("Proclamation under Trade Act s.122: 10 % temporary import surcharge (HTS 9903.03.01), "
              "2026-02-24 to 2026-07-24 (natlawreview.com 2026-02-25)", "https://natlawreview.com/")
MPF = source("CBP user fee table FY2026: merchandise processing fee, informal automated entry USD 2.69",
             "https://www.cbp.gov/trade/basic-import-export/user-fee-table")
MAIL_FEE = source("CBP user fee table FY2026: dutiable mail fee USD 7.39", "https://www.cbp.gov/trade/basic-import-export/user-fee-table")
IEEPA = source("Learning Resources, Inc. v. Trump (U.S. Supreme Court, 2026-02-20): IEEPA duties ended 2026-02-24",
               "https://www.supremecourt.gov/")
USMCA = frozenset({"CA", "MX"})
USD_800 = Threshold(money("800", "USD"), "intrinsic")

MARKET = Market(
    country="US",
    name="United States",
    currency="USD",
    customs_territory="US",
    covered_from=day("2016-03-10"),
    valuation=rule(period("US transaction value (FOB)", "2016-03-10", None, "FOB", VALUATION, "secondary")),
    tax=rule(period("US import tax", "2016-03-10", None, TaxRule(), NO_VAT, "secondary")),
    tax_exemptions=(rule(period(
        "US no federal import VAT", "2016-03-10", None,
        Exemption("the United States has no federal VAT or GST on imports", When()), NO_VAT, "secondary")),),
    duty_exemptions=(rule(
        period("US de minimis USD 800", "2016-03-10", "2025-05-02",
               Exemption("de minimis: no duty up to USD 800 (19 U.S.C. 1321)", When(at_most=USD_800)), DE_MINIMIS,
               "secondary"),
        period("US de minimis USD 800", "2025-05-02", "2025-08-29",
               Exemption("de minimis: no duty up to USD 800 (not for goods shipped from CN or HK since 2025-05-02)",
                         When(at_most=USD_800, ship_from_not=frozenset({"CN", "HK"}))), DE_MINIMIS, "secondary"),
    ),),
    additional_duties=(rule(period(
        "US s.122 import surcharge 10 %", "2026-02-24", "2026-07-24",
        AdditionalDuty("s.122 temporary import surcharge", Decimal("0.10"), "value", When(ship_from_not=USMCA)),
        S122, "secondary", "USMCA-qualifying goods, s.232 goods and Annex II products are exempt")),),
    fees=(
        rule(period("US merchandise processing fee (informal entry)", "2025-10-01", None,
                    Fee("Merchandise processing fee, informal entry", When(
                        modes=frozenset({"courier"}), at_most=Threshold(money("2500", "USD"), "customs_value")),
                        amount=money("2.69", "USD")),
                    MPF, "secondary")),
        rule(period("US dutiable mail fee", "2025-10-01", None,
                    Fee("Dutiable mail fee", When(modes=frozenset({"post"})), amount=money("7.39", "USD"),
                        charged="when_collecting"),
                    MAIL_FEE, "secondary")),
    ),
    notices=(
        rule(period("US IEEPA additional duties", "2025-02-04", "2026-02-24",
                    "IEEPA additional duties by country of origin applied in this period and are not modelled",
                    IEEPA, "uncertain")),
        rule(period("US duties after the s.122 expiry", "2026-07-24", None,
                    "whether the s.122 surcharge or a replacement duty applies after 2026-07-24 is unknown; "
                    "s.301 and s.232 duties continue and are not modelled", S122, "uncertain")),
        rule(period("US tariff data", "2016-03-10", None,
                    "no US tariff (HTS) rates are bundled: give duty_rate per item or a merchant tariff table",
                    VALUATION, "secondary")),
    ),
)
