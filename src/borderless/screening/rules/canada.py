"""Canada: cannabis, vaping products, CFIA food and animal products, prohibited weapons."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "CA"
CANNABIS = src(
    "Health Canada: Cannabis Act, import of cannabis (incl. CBD) prohibited without a permit; CBSA",
    "https://www.canada.ca/en/health-canada/services/drugs-medication/cannabis/laws-regulations.html",
)
VAPING = src(
    "Health Canada: vaping products regulations (Tobacco and Vaping Products Act, nicotine "
    "concentration limit 20 mg/ml, excise stamps)",
    "https://www.canada.ca/en/health-canada/services/smoking-tobacco/vaping.html",
)
CFIA = src(
    "CFIA: Automated Import Reference System (AIRS) and Safe Food for Canadians Regulations",
    "https://inspection.canada.ca/en/importing-food-plants-animals",
)
WEAPONS = src(
    "CBSA Memorandum D19-13-2: importing weapons and devices (prohibited weapons under the Criminal Code)",
    "https://www.cbsa-asfc.gc.ca/publications/dm-md/d19/d19-13-2-eng.html",
)
ISED = src(
    "ISED: certification of radio apparatus (RSS standards)",
    "https://ised-isde.canada.ca/site/certification-engineering-bureau/en",
)
HEALTH = src(
    "Health Canada: drug products (DIN) and the Cosmetic Regulations (cosmetic notification)",
    "https://www.canada.ca/en/health-canada/services/drugs-health-products.html",
)
EXCISE = src(
    "CBSA: importing alcohol and tobacco (provincial liquor boards, excise stamps)",
    "https://www.cbsa-asfc.gc.ca/import/alcohol-alcool-eng.html",
)

RULES = (
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2018-10-17",
            None,
            "prohibited",
            "Cannabis and CBD products may not be imported without a Health Canada permit (medical or "
            "scientific only), even where legal to buy in Canada.",
            CANNABIS,
            "secondary",
        ),
        authority="Health Canada / CBSA",
    ),
    rule(
        M,
        "vaping",
        "e-cigarette",
        when(
            "2018-05-23",
            None,
            "needs-permit",
            "Vaping products must meet Health Canada rules (max 20 mg/ml nicotine, labelling) and, since "
            "2022-10-01, carry excise stamps; provinces restrict flavours and sales.",
            VAPING,
        ),
        authority="Health Canada / CRA",
    ),
    rule(
        M,
        "food-animal-plant",
        ("meat", "dairy", "eggs", "pork", "seeds-plants", "food"),
        when(
            "2019-01-15",
            None,
            "needs-permit",
            "Food, animal and plant products must meet CFIA import conditions (AIRS); commercial imports need "
            "an SFC licence; meat, dairy and plants often need certificates or permits.",
            CFIA,
        ),
        authority="CFIA",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "pepper-spray"),
        when(
            "1998-12-01",
            None,
            "prohibited",
            "Switchblades, gravity and butterfly knives, knuckledusters, stun guns and pepper spray (except "
            "animal sprays labelled as such) are prohibited weapons.",
            WEAPONS,
        ),
        authority="CBSA",
    ),
    rule(
        M,
        "firearms",
        "firearms",
        when(
            "1998-12-01",
            None,
            "needs-permit",
            "Firearms need licences and import permits; replica firearms are prohibited devices.",
            WEAPONS,
        ),
        authority="CBSA / RCMP",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2000-01-01",
            None,
            "needs-permit",
            "Radio apparatus needs ISED certification (IC number) before sale.",
            ISED,
            "secondary",
        ),
        authority="ISED",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "cosmetics"),
        when(
            "2000-01-01",
            None,
            "needs-permit",
            "Drugs need a Drug Identification Number; cosmetics must be notified to Health Canada within 10 "
            "days of first sale.",
            HEALTH,
            "secondary",
        ),
        authority="Health Canada",
    ),
    rule(
        M,
        "excise-goods",
        ("alcohol", "tobacco"),
        when(
            "2000-01-01",
            None,
            "needs-permit",
            "Alcohol imports to consumers go through provincial liquor boards; tobacco needs excise stamps.",
            EXCISE,
            "uncertain",
        ),
        authority="CBSA / provinces",
    ),
)
