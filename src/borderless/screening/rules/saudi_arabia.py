"""Saudi Arabia: alcohol and pork prohibited, SFDA and CST registrations, drones."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "SA"
ZATCA = src("ZATCA: prohibited and restricted goods (alcohol, pork, narcotics)", "https://zatca.gov.sa/")
SFDA = src(
    "SFDA: registration and listing of food, supplements, cosmetics, medicines and e-cigarettes",
    "https://www.sfda.gov.sa/",
)
CST = src("Communications, Space and Technology Commission: equipment type approval", "https://www.cst.gov.sa/")
GACA = src("GACA: drone registration and import permits", "https://gaca.gov.sa/")
WEAPONS = src("Law of Arms and Ammunition: import licences", "https://www.moi.gov.sa/")

RULES = (
    rule(
        M,
        "alcohol",
        "alcohol",
        when("1952-01-01", None, "prohibited", "Alcoholic beverages are prohibited imports.", ZATCA, "secondary"),
        authority="ZATCA",
    ),
    rule(
        M,
        "pork",
        "pork",
        when(
            "1952-01-01",
            None,
            "prohibited",
            "Pork and pork-derived products (incl. porcine gelatin) are prohibited imports.",
            ZATCA,
            "secondary",
        ),
        authority="ZATCA / SFDA",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2000-01-01", None, "prohibited", "Cannabis and CBD products are prohibited narcotics.", ZATCA, "secondary"
        ),
        authority="ZATCA",
    ),
    rule(
        M,
        "sfda",
        ("food", "meat", "dairy", "eggs", "supplements", "cosmetics", "medicines", "e-cigarette"),
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Food, supplements, cosmetics, medicines and e-cigarettes need SFDA registration or listing before import.",
            SFDA,
            "uncertain",
        ),
        authority="SFDA",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2010-01-01", None, "needs-permit", "Radio and telecom equipment needs CST type approval.", CST, "secondary"
        ),
        authority="CST",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2017-01-01", None, "needs-permit", "Drones need GACA registration and an import permit.", GACA, "uncertain"
        ),
        authority="GACA",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "2005-01-01",
            None,
            "prohibited",
            "Weapons, replicas, stun guns and pepper spray need a Ministry of Interior licence.",
            WEAPONS,
            "uncertain",
        ),
        authority="Ministry of Interior",
    ),
)
