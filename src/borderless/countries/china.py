"""China: cross-border e-commerce retail imports (0 % duty, VAT at 70 %) through registered platforms."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Band, DutyRegime, Market, SellerScheme, TaxRule, Threshold, When

CBEC = source("财关税〔2016〕18号 and 〔2018〕49号: cross-border e-commerce retail imports, RMB 5,000 per "
              "transaction, duty 0 %, VAT and consumption tax at 70 % (Ningbo Customs Q&A, cceeccic.org 2025-11-18)",
              "http://gss.mof.gov.cn/")
POSTAL = source("China personal postal articles tax (行邮税): not verified", "http://www.customs.gov.cn/")

RMB_5000 = Threshold(money("5000", "CNY"), "customs_value")
CBEC_WHEN = When(registration="CN_CBEC", at_most=RMB_5000)

MARKET = Market(
    country="CN",
    name="China",
    currency="CNY",
    customs_territory="CN",
    covered_from=day("2019-01-01"),
    valuation=rule(period("China dutiable price (incl. freight and insurance)", "2019-01-01", None, "CIF", CBEC)),
    tax=rule(period("China import VAT base", "2019-01-01", None, TaxRule(), POSTAL, "uncertain")),
    special_tax=(rule(period("China CBEC VAT at 70 %", "2019-01-01", None,
                             TaxRule(rate_factor=Decimal("0.7"), when=CBEC_WHEN,
                                     label="Import VAT, cross-border e-commerce (70 %)"), CBEC)),),
    duty_regimes=(rule(period("China CBEC duty 0 %", "2019-01-01", None,
                              DutyRegime("cross-border e-commerce retail import: duty 0 %", "banded", CBEC_WHEN,
                                         (Band(None, Decimal(0)),)), CBEC)),),
    seller_schemes=(rule(period("China CBEC platform collection", "2019-01-01", None,
                                SellerScheme("CN_CBEC", "cross-border e-commerce platform collects duty and tax",
                                             When(at_most=RMB_5000), base="import"), CBEC)),),
    notices=(rule(period("China outside CBEC", "2019-01-01", None,
                         "outside the CBEC channel, parcels fall under the personal postal articles tax, which is "
                         "not modelled; the CBEC annual limit of RMB 26,000 per person is not checked",
                         POSTAL, "uncertain")),),
)
