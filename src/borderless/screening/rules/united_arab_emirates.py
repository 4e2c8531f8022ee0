"""United Arab Emirates: narcotics (CBD), drones, conformity of e-cigarettes and radio equipment."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "AE"
NARCOTICS = src(
    "Federal Decree-Law No. 30 of 2021 on combating narcotics and psychotropic substances",
    "https://uaelegislation.gov.ae/",
)
GCAA = src("GCAA: import of unmanned aircraft requires approval", "https://www.gcaa.gov.ae/")
TDRA = src("TDRA: type approval of telecommunications and radio equipment", "https://tdra.gov.ae/")
MOIAT = src("MoIAT: conformity (ECAS) for e-cigarettes and tobacco products (UAE.S 5030)", "https://moiat.gov.ae/")
MOHAP = src(
    "MOHAP / EDE: registration of medicines, supplements and cosmetics; personal import permits",
    "https://mohap.gov.ae/",
)
MOCCAE = src(
    "MOCCAE: import requirements for animal products, plants and alcohol controls", "https://www.moccae.gov.ae/"
)
WEAPONS = src("Federal Law No. 17 of 2019 on weapons, ammunition and explosives", "https://uaelegislation.gov.ae/")

RULES = (
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2022-01-02",
            None,
            "prohibited",
            "Cannabis and CBD products are prohibited narcotics.",
            NARCOTICS,
            "secondary",
        ),
        authority="Ministry of Interior / Customs",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Importing drones needs GCAA (and TDRA) approval; consumer drone parcels without it are held.",
            GCAA,
            "secondary",
        ),
        authority="GCAA",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Radio and telecom equipment needs TDRA type approval before sale.",
            TDRA,
            "secondary",
        ),
        authority="TDRA",
    ),
    rule(
        M,
        "e-cigarette",
        ("e-cigarette", "tobacco"),
        when(
            "2019-04-01",
            None,
            "needs-permit",
            "E-cigarettes and tobacco must have an ECAS conformity certificate and excise tax stamps.",
            MOIAT,
            "uncertain",
        ),
        authority="MoIAT / FTA",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "supplements", "cosmetics"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Medicines, supplements and cosmetics need registration; personal imports of medicines need a "
            "prescription and a permit.",
            MOHAP,
            "uncertain",
        ),
        authority="MOHAP / Emirates Drug Establishment",
    ),
    rule(
        M,
        "animal-plant-alcohol",
        ("meat", "dairy", "eggs", "pork", "seeds-plants", "alcohol"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Animal products and plants need MOCCAE import permits and certificates; pork and alcohol only "
            "through licensed importers.",
            MOCCAE,
            "uncertain",
        ),
        authority="MOCCAE",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray", "lasers"),
        when(
            "2019-01-01",
            None,
            "prohibited",
            "Weapons, replicas, stun guns, pepper spray and high-power lasers need a Ministry of Interior licence.",
            WEAPONS,
            "uncertain",
        ),
        authority="Ministry of Interior",
    ),
)
