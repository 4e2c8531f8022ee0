"""Brazil: ANVISA ban on e-cigarettes and health-product rules, ANATEL homologation, MAPA."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "BR"
ANVISA_DEF = src(
    "ANVISA RDC 855/2024 (keeps the ban on electronic smoking devices; RDC 46/2009)", "https://www.gov.br/anvisa/pt-br"
)
ANVISA = src(
    "ANVISA: import of medicines, supplements, cosmetics and cannabis products (RDC 81/2008, RDC 660/2022)",
    "https://www.gov.br/anvisa/pt-br",
)
MAPA = src(
    "MAPA / VIGIAGRO: products of animal and plant origin in international parcels",
    "https://www.gov.br/agricultura/pt-br",
)
ANATEL = src(
    "ANATEL: conformity assessment and homologation of telecommunications products (Resolução 715/2019)",
    "https://www.gov.br/anatel/pt-br",
)
ARMY = src("Exército Brasileiro: controlled products (PCE) import authorisation", "https://www.dfpc.eb.mil.br/")

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2009-08-28",
            None,
            "prohibited",
            "Electronic smoking devices, their refills and accessories may not be imported, sold or "
            "advertised (RDC 46/2009, confirmed by RDC 855/2024).",
            ANVISA_DEF,
        ),
        authority="ANVISA",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "supplements", "cosmetics", "cbd-cannabis"),
        when(
            "2008-12-05",
            None,
            "needs-permit",
            "Medicines, supplements, cosmetics and cannabis products need ANVISA regularisation or, for "
            "individuals, authorisation and a prescription (cannabis: RDC 660/2022).",
            ANVISA,
        ),
        authority="ANVISA",
    ),
    rule(
        M,
        "animal-plant",
        ("meat", "dairy", "eggs", "pork", "seeds-plants"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Animal and plant products need MAPA authorisation and certificates; parcels without them are seized.",
            MAPA,
            "uncertain",
        ),
        authority="MAPA",
    ),
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "2019-07-01",
            None,
            "needs-permit",
            "Telecommunications and radio products (incl. drones and Bluetooth devices) need ANATEL "
            "homologation before import for sale.",
            ANATEL,
        ),
        authority="ANATEL",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "2000-01-01",
            None,
            "needs-permit",
            "Firearms, air guns, stun guns and pepper spray are controlled products needing Army authorisation.",
            ARMY,
            "uncertain",
        ),
        authority="Exército Brasileiro",
    ),
)
