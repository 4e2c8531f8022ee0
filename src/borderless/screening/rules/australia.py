"""Australia: vaping goods, biosecurity (meat, dairy, eggs, seeds), prohibited weapons and tobacco."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "AU"
ODC = src(
    "Office of Drug Control: new regulations to place stronger controls on importation, manufacture and "
    "supply of vapes",
    "https://odc.gov.au/news-media/new-regulations-place-stronger-controls-importation-manufacture-and-supply-vapes",
)
TGA = src(
    "TGA vaping hub: Therapeutic Goods Act 1989 vaping goods",
    "https://www.tga.gov.au/products/unapproved-therapeutic-goods/vaping-hub",
)
BICON = src(
    "Department of Agriculture, Fisheries and Forestry: BICON import conditions; what can't be mailed "
    "to Australia (Biosecurity Act 2015)",
    "https://bicon.agriculture.gov.au/",
)
ABF_TOBACCO = src(
    "Australian Border Force: tobacco import permit required from 1 July 2019",
    "https://www.abf.gov.au/importing-exporting-and-manufacturing/tobacco",
)
ABF_WEAPONS = src(
    "Australian Border Force: prohibited and restricted weapons (Customs (Prohibited Imports) "
    "Regulations 1956, Schedules 2 and 13)",
    "https://www.abf.gov.au/importing-exporting-and-manufacturing/prohibited-goods/categories/firearms-weapons",
)
ABF_LASER = src(
    "Australian Border Force: laser pointers over 1 mW are prohibited imports without permission",
    "https://www.abf.gov.au/importing-exporting-and-manufacturing/prohibited-goods/categories/laser-pointers",
)
TGA_PI = src(
    "TGA: personal importation scheme for medicines",
    "https://www.tga.gov.au/products/unapproved-therapeutic-goods/personal-importation-scheme",
)
KNIVES_NSW = src(
    "State laws on selling knives to minors (e.g. NSW Summary Offences Act 1988 s.11F; Queensland "
    "Weapons Act 1990 as amended 2023)",
    "https://legislation.nsw.gov.au/",
)
CASA = src("CASA: drone registration and operator accreditation", "https://www.casa.gov.au/drones")
ACMA = src(
    "ACMA: Regulatory Compliance Mark and supplier obligations for radiocommunications equipment",
    "https://www.acma.gov.au/",
)

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2021-10-01",
            "2024-03-01",
            "needs-permit",
            "Nicotine vaping products need a prescription; personal importation was allowed with one until "
            "2024-03-01 (disposable vapes banned from 2024-01-01).",
            TGA,
        ),
        when(
            "2024-03-01",
            None,
            "prohibited",
            "Importing any vape (with or without nicotine, disposable or not) needs an Office of Drug Control "
            "licence and permit and a TGA pre-market notification; the personal importation scheme ended. "
            "Consumer parcels are seized.",
            ODC,
            "verified",
        ),
        authority="Office of Drug Control / TGA",
    ),
    rule(
        M,
        "tobacco",
        "tobacco",
        when(
            "2019-07-01",
            None,
            "prohibited",
            "Tobacco may only be imported with a Department of Home Affairs permit; tobacco sent by post or "
            "courier to consumers is seized.",
            ABF_TOBACCO,
        ),
        authority="Australian Border Force",
    ),
    rule(
        M,
        "meat",
        ("meat", "pork"),
        when(
            "2016-06-16",
            None,
            "prohibited",
            "Meat and meat products (fresh, dried, jerky, sausages, pet food with meat) from most countries may "
            "not be mailed to Australia; biosecurity officers destroy them.",
            BICON,
        ),
        authority="Department of Agriculture, Fisheries and Forestry",
    ),
    rule(
        M,
        "dairy",
        "dairy",
        when(
            "2016-06-16",
            None,
            "needs-permit",
            "Dairy products need an import permit or must meet BICON conditions (commercially prepared, from "
            "foot-and-mouth-disease-free countries); many consignments by mail are refused.",
            BICON,
        ),
        authority="Department of Agriculture, Fisheries and Forestry",
    ),
    rule(
        M,
        "eggs",
        "eggs",
        when(
            "2016-06-16",
            None,
            "prohibited",
            "Eggs and egg products (incl. salted, century and dried eggs) are not permitted without an import permit.",
            BICON,
        ),
        authority="Department of Agriculture, Fisheries and Forestry",
    ),
    rule(
        M,
        "seeds-plants",
        "seeds-plants",
        when(
            "2016-06-16",
            None,
            "needs-permit",
            "Seeds must be on BICON's permitted list and meet its conditions; live plants need an import permit "
            "and post-entry quarantine.",
            BICON,
        ),
        authority="Department of Agriculture, Fisheries and Forestry",
    ),
    rule(
        M,
        "food",
        "food",
        when(
            "2016-06-16",
            None,
            "observation",
            "All food in parcels is screened for biosecurity risk; some items are refused.",
            BICON,
        ),
        authority="Department of Agriculture, Fisheries and Forestry",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "cbd-cannabis"),
        when(
            "2016-01-01",
            None,
            "needs-permit",
            "Prescription medicines and CBD (Schedule 4) may be personally imported only with a prescription, "
            "up to three months' supply; commercial supply needs ARTG entry.",
            TGA_PI,
        ),
        authority="TGA",
    ),
    rule(
        M,
        "knives",
        "knives",
        when(
            "2016-01-01",
            None,
            "needs-permit",
            "States and territories restrict selling knives to minors (e.g. under 16 in NSW, under 18 in "
            "Queensland and Victoria); verify age at sale and delivery.",
            KNIVES_NSW,
            "uncertain",
        ),
        authority="state and territory police",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "pepper-spray", "firearms"),
        when(
            "2016-01-01",
            None,
            "prohibited",
            "Flick and butterfly knives, push daggers, knuckledusters, throwing stars, stun guns, "
            "self-defence sprays and firearms (incl. many replicas) need police permission (form B709A) to "
            "import; not available to consumers.",
            ABF_WEAPONS,
        ),
        authority="Australian Border Force",
    ),
    rule(
        M,
        "lasers",
        "lasers",
        when(
            "2008-06-01",
            None,
            "prohibited",
            "Hand-held laser pointers over 1 mW are prohibited imports without permission.",
            ABF_LASER,
        ),
        authority="Australian Border Force",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2022-01-01",
            None,
            "observation",
            "Drones flown for work or over 250 g need CASA registration and operator accreditation.",
            CASA,
            "uncertain",
        ),
        authority="CASA",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2013-03-01",
            None,
            "observation",
            "Radio equipment needs the Regulatory Compliance Mark and a responsible Australian supplier.",
            ACMA,
            "uncertain",
        ),
        authority="ACMA",
    ),
)
