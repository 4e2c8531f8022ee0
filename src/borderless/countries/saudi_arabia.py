"""Saudi Arabia: VAT 15 % on all imports; personal shipments under SAR 1,000 duty-free; ZATCA fees."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Band, DutyRegime, Exemption, Fee, Market, TaxRule, Threshold, When

ZATCA = source("ZATCA Board Resolution 03-03-24: customs processing fee 0.15 % (min SAR 15, max SAR 500); SAR 15 "
               "for e-commerce shipments under SAR 1,000 (deloitte.com 2024)", "https://zatca.gov.sa/en/")
DE_MINIMIS = source("Saudi Gazette: personal shipments under SAR 1,000 incl. shipping exempt from customs duty",
                    "https://saudigazette.com.sa/")
GCC = source("GCC Common Customs Law: common external tariff, mostly 5 % of CIF", "https://zatca.gov.sa/en/")

SAR_1000 = Threshold(money("1000", "SAR"), "goods_and_shipping", inclusive=False)

MARKET = Market(
    country="SA",
    name="Saudi Arabia",
    currency="SAR",
    customs_territory="SA",
    covered_from=day("2024-10-06"),
    valuation=rule(period("Saudi CIF value", "2024-10-06", None, "CIF", GCC, "secondary")),
    tax=rule(period("Saudi import VAT base", "2024-10-06", None, TaxRule(), GCC, "uncertain",
                    "whether fees enter the VAT base is not settled in the sources")),
    duty_exemptions=(rule(period("Saudi personal shipments under SAR 1,000", "2024-10-06", None,
                                 Exemption("no duty on personal shipments under SAR 1,000 incl. shipping",
                                           When(at_most=SAR_1000), ("22", "24")), DE_MINIMIS, "secondary")),),
    duty_regimes=(rule(period("GCC common external tariff", "2024-10-06", None,
                              DutyRegime("GCC common external tariff (5 % for most goods)", "banded",
                                         bands=(Band(None, Decimal("0.05")),)), GCC, "secondary",
                              "some goods carry higher rates")),),
    fees=(
        rule(period("Saudi e-commerce processing fee", "2024-10-06", None,
                    Fee("Customs processing fee, e-commerce under SAR 1,000", When(at_most=SAR_1000),
                        amount=money("15", "SAR")), ZATCA, "secondary")),
        rule(period("Saudi customs processing fee", "2024-10-06", None,
                    Fee("Customs declaration processing fee (0.15 %)", When(above=SAR_1000), rate=Decimal("0.0015"),
                        minimum=money("15", "SAR"), maximum=money("500", "SAR")), ZATCA, "secondary")),
    ),
)
