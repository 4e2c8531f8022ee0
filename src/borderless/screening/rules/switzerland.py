"""Switzerland: weapons law, tobacco products act, food of animal origin, medicines by post."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "CH"
WG = src(
    "Waffengesetz (WG, SR 514.54), Art. 4-5: prohibited weapons (butterfly and switchblade knives, "
    "knuckledusters, stun guns)",
    "https://www.fedlex.admin.ch/eli/cc/1998/2535_2535_2535/de",
)
TABPG = src("Tabakproduktegesetz (TabPG), in force 2024-10-01: e-cigarettes", "https://www.bag.admin.ch/")
FSVO = src("FSVO: importing meat and dairy products for private use", "https://www.blv.admin.ch/")
SWISSMEDIC = src("Swissmedic: importing medicines for personal use (one month's supply)", "https://www.swissmedic.ch/")
OFCOM = src("OFCOM: radio equipment (FAV) conformity", "https://www.bakom.admin.ch/")

RULES = (
    rule(
        M,
        "prohibited-weapons",
        ("offensive-weapons", "firearms"),
        when(
            "2008-12-12",
            None,
            "prohibited",
            "Butterfly knives, automatic knives above the legal limits, knuckledusters, stun guns and "
            "firearms need a cantonal exceptional permit; import by consumers is refused.",
            WG,
            "secondary",
        ),
        authority="fedpol / BAZG",
    ),
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2024-10-01",
            None,
            "needs-permit",
            "E-cigarettes fall under the Tobacco Products Act: notification, labelling, sale only to adults (18+).",
            TABPG,
            "secondary",
        ),
        authority="FOPH",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "pork", "eggs"),
        when(
            "2014-01-01",
            None,
            "needs-permit",
            "Meat and dairy from outside the EU/Norway may not be sent to private individuals; commercial "
            "imports need certificates and veterinary border control.",
            FSVO,
            "secondary",
        ),
        authority="FSVO",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "cbd-cannabis"),
        when(
            "2019-01-01",
            None,
            "needs-permit",
            "Medicines may be imported by individuals only in small quantities (one month's supply) for "
            "personal use; CBD food is a non-authorised novel food.",
            SWISSMEDIC,
            "secondary",
        ),
        authority="Swissmedic",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2017-01-01",
            None,
            "observation",
            "Radio equipment must conform to the Swiss ordinance on telecommunications installations (FAV), "
            "aligned with the EU RED.",
            OFCOM,
            "uncertain",
        ),
        authority="OFCOM",
    ),
)
