"""Rules shared by the 27 EU member states (one customs territory), and the members themselves.

Member states with national extras (France's parcel tax, carriers' fees, Dutch rounding) add them in
their own module through :func:`member`; the others are built from :data:`MEMBERS`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import (
    DutyRegime,
    Exemption,
    Fee,
    Market,
    SellerScheme,
    TaxRule,
    Threshold,
    When,
)
from borderless.rules import Timeline

UCC = source(
    "Regulation (EU) No 952/2013 (Union Customs Code), Art. 70-71 and 85: customs value incl. transport and "
    "insurance to the EU border",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013R0952",
)
VAT_DIRECTIVE = source(
    "Council Directive 2006/112/EC, Art. 85-86: import VAT base incl. duties and incidental costs to the first "
    "place of destination; Belastingdienst calculation examples",
    "https://www.belastingdienst.nl/wps/wcm/connect/bldcontenten/belastingdienst/individuals/abroad_and_customs/"
    "receiving_goods_from_abroad/from_organizations_and_companies/calculation_examples",
)
RELIEF_1186 = source(
    "Council Regulation (EC) No 1186/2009, Art. 23-24: duty relief for consignments of negligible value "
    "(EUR 150; not alcohol, perfumes, tobacco)",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32009R1186",
)
VAT_RELIEF_22 = source(
    "Council Directive 2009/132/EC, Art. 23 (VAT relief for goods of negligible value up to EUR 22, "
    "abolished 2021-07-01 by Directive (EU) 2017/2455)",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017L2455",
)
IOSS = source(
    "European Commission: Import One-Stop Shop (IOSS) for distance sales of goods up to EUR 150",
    "https://vat-one-stop-shop.ec.europa.eu/one-stop-shop/import-one-stop-shop-ioss_en",
)
FLAT_DUTY = source(
    "Council Regulation (EU) 2026/382 and Commission guidance (June 2026): EUR 3 per item (distinct tariff "
    "subheading) for B2C consignments up to EUR 150, 2026-07-01 to 2028-07-01",
    "https://www.consilium.europa.eu/en/press/press-releases/2025/12/12/customs-council-agrees-to-levy-a-fixed-"
    "customs-duty-on-small-parcels/",
)
HANDLING_FEE = source(
    "EU customs reform: proposed handling fee of EUR 2 per item (agenceurope.eu; twobirds.com 2026)",
    "https://www.twobirds.com/en/insights",
)

EXCISE_HS = ("2203", "2204", "2205", "2206", "2207", "2208", "24", "3303")
"""Alcohol, tobacco and perfumes: never in the EUR 150 relief (Reg. 1186/2009 Art. 24)."""

EUR_150_INTRINSIC = Threshold(money("150", "EUR"), "intrinsic")

VALUATION: Timeline[str] = rule(period("EU customs value (CIF to the EU border)", "2016-05-01", None, "CIF", UCC,
                                       "secondary"))
TAX = rule(period("EU import VAT base", "2016-05-01", None, TaxRule(), VAT_DIRECTIVE, "verified"))

DUTY_RELIEF = rule(
    period(
        "EU duty relief <= EUR 150",
        "2016-05-01",
        "2026-07-01",
        Exemption("duty relief for consignments up to EUR 150 (intrinsic value)", When(at_most=EUR_150_INTRINSIC),
                  EXCISE_HS),
        RELIEF_1186,
        "verified",
    )
)
FLAT_DUTY_RULE = rule(
    period(
        "EU flat duty EUR 3 per tariff subheading",
        "2026-07-01",
        "2028-07-01",
        DutyRegime("EU flat duty on low-value B2C consignments", "per_subheading", When(at_most=EUR_150_INTRINSIC),
                   amount=money("3", "EUR")),
        FLAT_DUTY,
        "secondary",
        "scope for sellers outside IOSS and for preferential-origin goods is not settled in the sources",
    )
)
VAT_RELIEF = rule(
    period(
        "EU VAT relief <= EUR 22",
        "2016-05-01",
        "2021-07-01",
        Exemption("VAT relief for goods of negligible value up to EUR 22",
                  When(at_most=Threshold(money("22", "EUR"), "intrinsic")), EXCISE_HS),
        VAT_RELIEF_22,
        "verified",
    )
)
IOSS_SCHEME = rule(
    period(
        "EU IOSS",
        "2021-07-01",
        None,
        SellerScheme("EU_IOSS", "EU Import One-Stop Shop (consignments up to EUR 150)",
                     When(at_most=EUR_150_INTRINSIC)),
        IOSS,
        "verified",
    )
)
HANDLING_FEE_NOTICE = rule(
    period(
        "EU handling fee (proposed)",
        "2026-11-01",
        None,
        "an EU handling fee of EUR 2 per item was proposed for the customs reform; adoption and start date are "
        "unknown, so it is not charged here",
        HANDLING_FEE,
        "uncertain",
    )
)

MEMBERS: dict[str, tuple[str, str]] = {
    "AT": ("Austria", "EUR"),
    "BE": ("Belgium", "EUR"),
    "BG": ("Bulgaria", "EUR"),
    "HR": ("Croatia", "EUR"),
    "CY": ("Cyprus", "EUR"),
    "CZ": ("Czechia", "CZK"),
    "DK": ("Denmark", "DKK"),
    "EE": ("Estonia", "EUR"),
    "FI": ("Finland", "EUR"),
    "FR": ("France", "EUR"),
    "DE": ("Germany", "EUR"),
    "GR": ("Greece", "EUR"),
    "HU": ("Hungary", "HUF"),
    "IE": ("Ireland", "EUR"),
    "IT": ("Italy", "EUR"),
    "LV": ("Latvia", "EUR"),
    "LT": ("Lithuania", "EUR"),
    "LU": ("Luxembourg", "EUR"),
    "MT": ("Malta", "EUR"),
    "NL": ("Netherlands", "EUR"),
    "PL": ("Poland", "PLN"),
    "PT": ("Portugal", "EUR"),
    "RO": ("Romania", "RON"),
    "SK": ("Slovakia", "EUR"),
    "SI": ("Slovenia", "EUR"),
    "ES": ("Spain", "EUR"),
    "SE": ("Sweden", "SEK"),
}

EURO_ADOPTION = source("European Central Bank: euro area members and changeover dates",
                       "https://www.ecb.europa.eu/euro/intro/html/index.en.html")
CURRENCY_HISTORY: dict[str, Timeline[str]] = {
    "BG": rule(
        period("Bulgaria currency", "2016-01-01", "2026-01-01", "BGN", EURO_ADOPTION),
        period("Bulgaria currency", "2026-01-01", None, "EUR", EURO_ADOPTION),
    ),
    "HR": rule(
        period("Croatia currency", "2016-01-01", "2023-01-01", "HRK", EURO_ADOPTION),
        period("Croatia currency", "2023-01-01", None, "EUR", EURO_ADOPTION),
    ),
}


def member(
    country: str,
    *,
    fees: tuple[Timeline[Fee], ...] = (),
    notices: tuple[Timeline[str], ...] = (),
    rounding: str = ROUND_HALF_UP,
) -> Market:
    """An EU member state: the Union's rules plus national extras."""
    name, currency = MEMBERS[country]
    return Market(
        country=country,
        name=name,
        currency=currency,
        customs_territory="EU",
        valuation=VALUATION,  # type: ignore[arg-type]
        tax=TAX,
        covered_from=day("2016-05-01"),
        currency_history=CURRENCY_HISTORY.get(country),
        duty_exemptions=(DUTY_RELIEF,),
        duty_regimes=(FLAT_DUTY_RULE,),
        tax_exemptions=(VAT_RELIEF,),
        seller_schemes=(IOSS_SCHEME,),
        fees=fees,
        notices=(HANDLING_FEE_NOTICE, *notices),
        rounding=rounding,
    )


