"""South Korea: KC certification, narcotics (CBD), livestock quarantine, weapons permits."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "KR"
RRA = src(
    "National Radio Research Agency: KC conformity assessment (Radio Waves Act art. 58-2)", "https://www.rra.go.kr/"
)
NARCOTICS = src(
    "Narcotics Control Act: cannabis and CBD are narcotics; Korea Customs Service", "https://www.customs.go.kr/"
)
APQA = src(
    "Animal and Plant Quarantine Agency: livestock products and plants in international mail", "https://www.qia.go.kr/"
)
MFDS = src(
    "MFDS: overseas direct purchase of food, supplements and medicines (personal-use limits)", "https://www.mfds.go.kr/"
)
WEAPONS = src(
    "Act on the Safety Management of Guns, Swords, Explosives, etc.: permits for swords, knives over "
    "the limit, stun guns, pepper spray",
    "https://www.police.go.kr/",
)

RULES = (
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "2011-07-01",
            None,
            "needs-permit",
            "Radio and electrical equipment needs KC certification; one unit for personal use is exempt.",
            RRA,
            "secondary",
        ),
        authority="RRA",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "2000-01-01",
            None,
            "prohibited",
            "Cannabis and CBD products are narcotics: import is prohibited (approved medicines only via the "
            "Korea Orphan & Essential Drug Center).",
            NARCOTICS,
            "secondary",
        ),
        authority="Ministry of Food and Drug Safety / Customs",
    ),
    rule(
        M,
        "livestock",
        ("meat", "pork", "eggs"),
        when(
            "2010-01-01",
            None,
            "prohibited",
            "Meat products (incl. jerky, sausage) and eggs from most countries may not be sent by mail "
            "without a quarantine certificate.",
            APQA,
            "secondary",
        ),
        authority="APQA",
    ),
    rule(
        M,
        "dairy-plants",
        ("dairy", "seeds-plants"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Dairy products and plants need quarantine inspection; seeds and live plants need a "
            "phytosanitary certificate.",
            APQA,
            "uncertain",
        ),
        authority="APQA",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "supplements", "food"),
        when(
            "2010-01-01",
            None,
            "observation",
            "Overseas direct purchases of food and supplements are limited to personal quantities (e.g. six "
            "bottles); products on MFDS's hazardous ingredient list are blocked.",
            MFDS,
            "secondary",
        ),
        authority="MFDS",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "pepper-spray", "firearms"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Swords, switchblades, stun guns, pepper sprays and air guns need a police permit to import.",
            WEAPONS,
            "secondary",
        ),
        authority="Korean National Police Agency",
    ),
)
