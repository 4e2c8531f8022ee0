"""Singapore: imitation tobacco (e-cigarettes) ban, chewing gum, CBD as a controlled drug."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "SG"
TCASA = src(
    "Tobacco (Control of Advertisements and Sale) Act 1993, section 16: prohibition of imitation tobacco "
    "products; HSA: prohibition on certain products",
    "https://sso.agc.gov.sg/Act/TCASA1993",
)
GUM = src(
    "Regulation of Imports and Exports (Chewing Gum) Regulations; Singapore Customs", "https://www.customs.gov.sg/"
)
MDA = src(
    "Misuse of Drugs Act 1973 (cannabis, cannabinol and derivatives are Class A controlled drugs); "
    "Central Narcotics Bureau",
    "https://www.cnb.gov.sg/",
)
HSA = src("HSA: bringing health products into Singapore for personal use", "https://www.hsa.gov.sg/personal-medication")
SFA = src("Singapore Food Agency: importing food for sale and personal use", "https://www.sfa.gov.sg/")
IMDA = src("IMDA: equipment registration for telecommunication equipment", "https://www.imda.gov.sg/")
POLICE = src(
    "Singapore Police Force: Arms and Explosives Act; Corrosive and Explosive Substances and Offensive Weapons Act",
    "https://www.police.gov.sg/",
)
EXCISE = src("Singapore Customs: duty-paid cigarettes must be marked 'SDPC'", "https://www.customs.gov.sg/")

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2016-08-01",
            None,
            "prohibited",
            "E-cigarettes, vaporisers, heated-tobacco devices and their components are imitation tobacco "
            "products: importing, selling or offering them is an offence (s.16 TCASA).",
            TCASA,
            "verified",
            note="date is that of the current text of s.16; the import ban is older",
        ),
        authority="Health Sciences Authority",
    ),
    rule(
        M,
        "tobacco",
        "tobacco",
        when(
            "2009-01-01",
            None,
            "needs-permit",
            "Tobacco has no duty or GST relief: it must be declared, taxed and marked SDPC; chewing tobacco "
            "and shisha tobacco are prohibited.",
            EXCISE,
            "uncertain",
        ),
        authority="Singapore Customs / HSA",
    ),
    rule(
        M,
        "chewing-gum",
        "chewing-gum",
        when(
            "1992-01-01",
            None,
            "prohibited",
            "Import of chewing gum is prohibited, except dental and nicotine gum approved by HSA.",
            GUM,
        ),
        authority="Singapore Customs",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "1973-01-01",
            None,
            "prohibited",
            "Cannabis and its derivatives including CBD products are controlled drugs.",
            MDA,
        ),
        authority="Central Narcotics Bureau",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "supplements"),
        when(
            "2016-01-01",
            None,
            "needs-permit",
            "Health products for sale need HSA registration or a dealer's licence; personal imports are "
            "limited to three months' supply and some need a prescription.",
            HSA,
        ),
        authority="Health Sciences Authority",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "eggs", "pork"),
        when(
            "2019-04-01",
            None,
            "needs-permit",
            "Meat, eggs and dairy need an SFA import licence and come only from approved sources; small "
            "personal quantities have separate allowances.",
            SFA,
        ),
        authority="Singapore Food Agency",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2010-01-01",
            None,
            "observation",
            "Telecommunication equipment sold in Singapore must be registered with IMDA by the dealer.",
            IMDA,
            "uncertain",
        ),
        authority="IMDA",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "1973-01-01",
            None,
            "prohibited",
            "Firearms, replica guns, knuckledusters, stun guns and pepper spray need a police licence; not "
            "importable by consumers.",
            POLICE,
            "uncertain",
        ),
        authority="Singapore Police Force",
    ),
)
