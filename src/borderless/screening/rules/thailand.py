"""Thailand: e-cigarette import ban, excise and FDA licences, online alcohol sales ban."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "TH"
ECIG = src(
    "Ministry of Commerce notification banning import of baraku, e-baraku and electronic cigarettes "
    "(Cabinet approval 2014-10-14); Thai Customs prohibited goods",
    "https://www.customs.go.th/",
)
EXCISE = src(
    "Excise Department: tobacco and liquor import licences (Tobacco Act B.E. 2560, Liquor Act)",
    "https://www.excise.go.th/",
)
ALCOHOL_ONLINE = src(
    "Alcoholic Beverage Control Committee notification prohibiting sale of alcoholic beverages "
    "through electronic channels (2020)",
    "https://ddc.moph.go.th/",
)
FDA = src(
    "Thai Food and Drug Administration: import licences and notifications for food, drugs, cosmetics",
    "https://www.fda.moph.go.th/",
)
DLD = src("Department of Livestock Development: import permits for animal products", "https://www.dld.go.th/")
DOA = src(
    "Department of Agriculture: plant quarantine and import permits (Plant Quarantine Act)", "https://www.doa.go.th/"
)
NBTC = src("NBTC: type approval and import licences for radio communication equipment", "https://www.nbtc.go.th/")
CAAT = src("CAAT and NBTC: drone registration", "https://www.caat.or.th/")
ARMS = src(
    "Firearms, Ammunition, Explosives, Fireworks and Imitation Firearms Act B.E. 2490; Thai Customs "
    "prohibited and restricted goods",
    "https://www.customs.go.th/",
)

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2014-10-14",
            None,
            "prohibited",
            "Import of e-cigarettes, e-baraku, their refills and parts is prohibited (with or without nicotine); "
            "goods are seized and importers face fines of up to five times the value or prison.",
            ECIG,
            note="start is the Cabinet approval date; the notification's own effective date was not verified",
        ),
        authority="Ministry of Commerce / Thai Customs",
    ),
    rule(
        M,
        "tobacco",
        "tobacco",
        when(
            "2017-09-16",
            None,
            "needs-permit",
            "Tobacco products need an Excise Department import licence and tax stamps; no duty-free allowance "
            "for parcels.",
            EXCISE,
            "uncertain",
        ),
        authority="Excise Department",
    ),
    rule(
        M,
        "alcohol",
        "alcohol",
        when(
            "2020-12-08",
            None,
            "prohibited",
            "Selling alcoholic beverages to consumers through electronic channels is prohibited; imports need "
            "an excise licence and stamps.",
            ALCOHOL_ONLINE,
            "uncertain",
            note="the 2025 amendments to the Alcoholic Beverage Control Act may relax this; not verified",
        ),
        authority="Alcoholic Beverage Control Committee",
    ),
    rule(
        M,
        "health-products",
        ("food", "supplements", "cosmetics", "medicines"),
        when(
            "2019-01-01",
            None,
            "needs-permit",
            "Food, supplements and cosmetics for sale need a Thai FDA licence or notification held by a Thai "
            "importer; drugs need registration. Personal imports are limited to personal-use quantities.",
            FDA,
            "secondary",
        ),
        authority="Thai FDA",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "eggs"),
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Meat, dairy and egg products need a Department of Livestock Development import permit and a "
            "health certificate.",
            DLD,
            "uncertain",
        ),
        authority="Department of Livestock Development",
    ),
    rule(
        M,
        "plants",
        "seeds-plants",
        when(
            "2008-01-01",
            None,
            "needs-permit",
            "Seeds and plants need a phytosanitary certificate and, for many species, an import permit.",
            DOA,
            "uncertain",
        ),
        authority="Department of Agriculture",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2022-06-09",
            None,
            "needs-permit",
            "Cannabis and hemp extracts (incl. CBD) are controlled herbs: import needs a Thai FDA licence; "
            "since mid-2025 use requires a prescription.",
            FDA,
            "uncertain",
        ),
        authority="Thai FDA",
    ),
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Radio equipment needs NBTC type approval or registration and an import licence for some classes.",
            NBTC,
            "uncertain",
        ),
        authority="NBTC",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Drones must be registered with NBTC and CAAT before use; camera drones need registration within "
            "the time limits set by CAAT.",
            CAAT,
            "uncertain",
        ),
        authority="CAAT / NBTC",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "1947-01-01",
            None,
            "prohibited",
            "Firearms, imitation firearms, stun guns and weapons need a permit from the Ministry of Interior; "
            "not importable by consumers.",
            ARMS,
            "uncertain",
        ),
        authority="Ministry of Interior / Thai Customs",
    ),
)
