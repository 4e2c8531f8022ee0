"""Mexico: e-cigarette import ban, COFEPRIS and SENASICA requirements."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "MX"
ECIG = src(
    "Decreto por el que se modifica la Tarifa de la LIGIE (DOF 2020-02-19) and decree of 2022-05-31 "
    "prohibiting circulation and marketing of e-cigarettes; constitutional reform (DOF 2025-01-17)",
    "https://www.dof.gob.mx/",
)
COFEPRIS = src(
    "COFEPRIS: sanitary import permits for medicines, supplements, cosmetics and food", "https://www.gob.mx/cofepris"
)
SENASICA = src(
    "SENASICA: zoosanitary and phytosanitary import requirements (MCRZI / MCRF)", "https://www.gob.mx/senasica"
)
IFT = src(
    "Telecommunications regulator: homologation of telecommunications and radio equipment", "https://www.ift.org.mx/"
)
SEDENA = src(
    "Ley Federal de Armas de Fuego y Explosivos: import permits from the Secretaría de la Defensa Nacional",
    "https://www.gob.mx/defensa",
)

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2020-02-20",
            None,
            "prohibited",
            "Import of e-cigarettes, vapes, heated-tobacco devices and their liquids is prohibited; sale is "
            "banned as well.",
            ECIG,
        ),
        authority="Secretaría de Economía / ANAM",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "supplements", "cosmetics", "cbd-cannabis"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Medicines, supplements, cosmetics and products with cannabis derivatives need COFEPRIS "
            "registration or a sanitary import permit.",
            COFEPRIS,
            "uncertain",
        ),
        authority="COFEPRIS",
    ),
    rule(
        M,
        "animal-plant",
        ("meat", "dairy", "eggs", "pork", "seeds-plants"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Animal products and plants need SENASICA zoosanitary or phytosanitary requirements met and certificates.",
            SENASICA,
            "uncertain",
        ),
        authority="SENASICA",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Radio equipment needs a homologation certificate (NOM-208/NOM-221) from the telecommunications regulator.",
            IFT,
            "uncertain",
        ),
        authority="IFT / CRT",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons"),
        when(
            "1972-01-11",
            None,
            "prohibited",
            "Firearms, ammunition and many weapons need a defence ministry permit; not importable by consumers.",
            SEDENA,
            "uncertain",
        ),
        authority="SEDENA",
    ),
)
