"""Japan: PMD Act (nicotine liquids, medicines), animal and plant quarantine, radio (giteki), swords."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "JP"
MHLW = src(
    "MHLW: personal import of medicines and cosmetics (quantity limits; yakkan shoumei); nicotine "
    "e-liquids as unapproved medicines",
    "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iyakuhin/kojinyunyu/index.html",
)
AQS = src(
    "MAFF Animal Quarantine Service: meat products (ham, sausage, jerky) need an export inspection certificate",
    "https://www.maff.go.jp/aqs/english/",
)
PPS = src("MAFF Plant Protection Station: import of plants and seeds", "https://www.maff.go.jp/pps/j/")
RADIO = src(
    "MIC: Radio Act technical conformity (giteki) marks",
    "https://www.tele.soumu.go.jp/e/adm/monitoring/summary/regulation/",
)
CANNABIS = src(
    "Cannabis Control Act amendments in force 2024-12-12 (THC residue limits for CBD products)",
    "https://www.mhlw.go.jp/",
)
SWORDS = src("Firearms and Swords Control Act (Jūtōhō): firearms, swords, switchblades", "https://www.npa.go.jp/")
DRONES = src(
    "MLIT: registration of unmanned aircraft of 100 g or more (from 2022-06-20)", "https://www.mlit.go.jp/koku/drone/"
)

RULES = (
    rule(
        M,
        "nicotine-liquids",
        "e-cigarette",
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Nicotine e-liquids are unapproved medicines: they cannot be sold in Japan; individuals may import "
            "up to one month's supply for personal use. Nicotine-free devices and heated tobacco are legal.",
            MHLW,
            "secondary",
        ),
        authority="MHLW",
    ),
    rule(
        M,
        "medicines-cosmetics",
        ("medicines", "cosmetics"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Medicines above the personal-use limits (one month for prescription drugs, two months for OTC) "
            "and cosmetics above 24 items need an import confirmation; sale needs a marketing licence.",
            MHLW,
            "secondary",
        ),
        authority="MHLW",
    ),
    rule(
        M,
        "meat",
        ("meat", "pork"),
        when(
            "2010-01-01",
            None,
            "prohibited",
            "Meat products from most countries (ham, sausage, jerky, incl. in pet food) need an export "
            "inspection certificate; mailed products without one are destroyed.",
            AQS,
            "secondary",
        ),
        authority="Animal Quarantine Service",
    ),
    rule(
        M,
        "plants",
        "seeds-plants",
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Plants and seeds need a phytosanitary certificate; soil and some plants are prohibited.",
            PPS,
        ),
        authority="Plant Protection Station",
    ),
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Radio equipment must carry the technical conformity (giteki) mark to be used in Japan; using "
            "uncertified transmitters is an offence.",
            RADIO,
        ),
        authority="MIC",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2024-12-12",
            None,
            "needs-permit",
            "CBD products are legal only below strict THC limits (10 ppm for oils); importers should obtain "
            "a THC analysis and MHLW confirmation.",
            CANNABIS,
            "secondary",
        ),
        authority="MHLW",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "firearms"),
        when(
            "1958-01-01",
            None,
            "prohibited",
            "Firearms, realistic model guns, switchblades and swords without registration may not be imported.",
            SWORDS,
            "secondary",
        ),
        authority="National Police Agency / Customs",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2022-06-20",
            None,
            "observation",
            "Drones of 100 g or more must be registered with MLIT before flight.",
            DRONES,
        ),
        authority="MLIT",
    ),
)
