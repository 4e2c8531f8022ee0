"""United Kingdom: CIF valuation, the GBP 135 rule (seller-charged VAT, no duty) since 2021-01-01."""

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Exemption, Fee, Market, SellerScheme, TaxRule, Threshold, When

TAX_AND_DUTY = source("GOV.UK: Tax and customs for goods sent from abroad", "https://www.gov.uk/goods-sent-from-abroad/tax-and-duty")
OVERSEAS_GOODS = source("GOV.UK: VAT and overseas goods sold directly to customers in the UK",
                        "https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk")
ROYAL_MAIL = source("Royal Mail: fee to pay for customs charges (GBP 8)", "https://www.royalmail.com/receiving-mail/fees")
BUDGET_2025 = source("HM Treasury: Autumn Budget 2025, end of the GBP 135 customs duty relief (by 2028/2029)",
                     "https://www.gov.uk/government/publications/budget-2025")

GBP_135 = Threshold(money("135", "GBP"), "intrinsic")

MARKET = Market(
    country="GB",
    name="United Kingdom",
    currency="GBP",
    customs_territory="GB",
    covered_from=day("2021-01-01"),
    valuation=rule(period("UK customs value (CIF to the UK border)", "2021-01-01", None, "CIF", TAX_AND_DUTY)),
    tax=rule(period("UK import VAT base", "2021-01-01", None, TaxRule(), TAX_AND_DUTY)),
    duty_exemptions=(rule(period(
        "UK low value imports duty relief <= GBP 135", "2021-01-01", None,
        Exemption("no customs duty on non-excise consignments up to GBP 135", When(at_most=GBP_135), ("22", "24")),
        TAX_AND_DUTY)),),
    seller_schemes=(rule(period(
        "UK GBP 135 point-of-sale VAT", "2021-01-01", None,
        SellerScheme("UK_VAT", "UK VAT charged by the seller on consignments up to GBP 135", When(at_most=GBP_135),
                     mandatory=True),
        OVERSEAS_GOODS)),),
    fees=(rule(period(
        "Royal Mail customs charge fee", "2021-01-01", None,
        Fee("Royal Mail handling fee", When(modes=frozenset({"post"})), amount=money("8", "GBP"),
            charged="when_collecting", collector="carrier"),
        ROYAL_MAIL, "secondary")),),
    notices=(rule(period(
        "UK GBP 135 duty relief abolition (announced)", "2025-11-26", None,
        "the GBP 135 duty relief is to be abolished by October 2028 at the latest; no change is in force yet",
        BUDGET_2025, "secondary")),),
)
