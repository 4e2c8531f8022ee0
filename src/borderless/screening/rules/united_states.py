"""United States: FDA prior notice and product rules, PACT Act for tobacco and vapes, federal weapons laws."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "US"
PRIOR_NOTICE = src(
    "FDA: prior notice of imported foods (21 CFR Part 1 Subpart I, Bioterrorism Act 2002)",
    "https://www.fda.gov/food/importing-food-products-united-states/prior-notice-imported-foods",
)
FSIS = src(
    "USDA FSIS: import guidance for meat, poultry and egg products",
    "https://www.fsis.usda.gov/inspection/import-export/import-guidance",
)
APHIS = src("USDA APHIS: importing plants, seeds and animal products", "https://www.aphis.usda.gov/")
ENDS = src(
    "FDA: e-cigarettes, vapes and other ENDS (premarket authorisation); ATF: PACT Act",
    "https://www.fda.gov/tobacco-products/products-ingredients-components/e-cigarettes-vapes-and-other-"
    "electronic-nicotine-delivery-systems-ends",
)
PACT = src("ATF: Prevent All Cigarette Trafficking (PACT) Act", "https://www.atf.gov/alcohol-tobacco/pact-act")
TTB = src(
    "TTB: importing alcohol beverages (importer's basic permit, COLA); 18 U.S.C. 1716f (no alcohol by USPS)",
    "https://www.ttb.gov/importers",
)
FDA_DRUGS = src(
    "FDA: personal importation of drugs; FD&C Act section 801",
    "https://www.fda.gov/industry/import-program-food-and-drug-administration-fda/personal-importation",
)
MOCRA = src(
    "FDA: Modernization of Cosmetics Regulation Act of 2022 (facility registration, product listing)",
    "https://www.fda.gov/cosmetics/cosmetics-laws-regulations/modernization-cosmetics-regulation-act-2022-mocra",
)
SWITCHBLADE = src(
    "Federal Switchblade Act, 15 U.S.C. 1241-1245", "https://www.law.cornell.edu/uscode/text/15/chapter-29"
)
ATF_IMPORT = src(
    "ATF: firearms and ammunition importation (ATF Form 6)",
    "https://www.atf.gov/firearms/firearms-and-ammunition-importation",
)
FCC = src(
    "FCC: equipment authorization (47 CFR Part 2 Subpart J)",
    "https://www.fcc.gov/engineering-technology/laboratory-division/general/equipment-authorization",
)
FAA = src(
    "FAA: drone registration (over 250 g) and Remote ID", "https://www.faa.gov/uas/getting_started/register_drone"
)
HEMP = src(
    "2018 Farm Bill hemp definition; FDA on CBD products; 2025 appropriations act redefining hemp "
    "(total THC limit per container)",
    "https://www.fda.gov/news-events/public-health-focus/fda-regulation-"
    "cannabis-and-cannabis-derived-products-including-cannabidiol-cbd",
)
LASER = src(
    "FDA CDRH: laser products and laser pointers (21 CFR 1040.10)",
    "https://www.fda.gov/radiation-emitting-products/home-business-and-entertainment-products/"
    "laser-products-and-instruments",
)

RULES = (
    rule(
        M,
        "food-prior-notice",
        ("food", "meat", "dairy", "eggs", "supplements", "alcohol", "pork"),
        when(
            "2003-12-12",
            None,
            "needs-permit",
            "Every food shipment, including supplements, alcoholic beverages and food sent by post or courier, "
            "needs FDA prior notice before arrival; the manufacturer's facility must be registered with FDA.",
            PRIOR_NOTICE,
            "secondary",
        ),
        authority="FDA",
    ),
    rule(
        M,
        "meat-eggs",
        ("meat", "eggs", "pork"),
        when(
            "2003-12-12",
            None,
            "needs-permit",
            "Meat, poultry and egg products may come only from FSIS-eligible countries and establishments, "
            "with APHIS restrictions for animal diseases; most B2C parcels of meat are refused.",
            FSIS,
        ),
        authority="USDA FSIS / APHIS",
    ),
    rule(
        M,
        "plants",
        "seeds-plants",
        when(
            "2003-12-12",
            None,
            "needs-permit",
            "Seeds and plants need an APHIS permit or phytosanitary certificate; unsolicited seed parcels are "
            "intercepted.",
            APHIS,
        ),
        authority="USDA APHIS",
    ),
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2016-08-08",
            "2021-03-27",
            "needs-permit",
            "E-cigarettes need FDA premarket authorisation (PMTA); sale to under-21s prohibited from 2019-12-20.",
            ENDS,
        ),
        when(
            "2021-03-27",
            None,
            "needs-permit",
            "E-cigarettes need FDA premarket authorisation (PMTA); the PACT Act applies: ATF registration, "
            "state tax reporting, adult signature and age check on delivery; USPS may not carry them.",
            PACT,
        ),
        authority="FDA / ATF",
    ),
    rule(
        M,
        "tobacco",
        "tobacco",
        when(
            "2010-06-29",
            None,
            "needs-permit",
            "Cigarettes and smokeless tobacco sold remotely fall under the PACT Act (registration, state taxes, "
            "age-verified delivery; no USPS); importers need a TTB permit.",
            PACT,
        ),
        authority="ATF / TTB / FDA",
    ),
    rule(
        M,
        "alcohol",
        "alcohol",
        when(
            "1935-08-29",
            None,
            "needs-permit",
            "Alcohol imports need a TTB importer's basic permit and label approval (COLA); state laws control "
            "sales to consumers; USPS does not carry alcohol.",
            TTB,
        ),
        authority="TTB / states",
    ),
    rule(
        M,
        "medicines",
        "medicines",
        when(
            "1938-06-25",
            None,
            "needs-permit",
            "Drugs not approved by FDA may not be imported for sale; personal importation is only tolerated "
            "case by case.",
            FDA_DRUGS,
        ),
        authority="FDA",
    ),
    rule(
        M,
        "cosmetics",
        "cosmetics",
        when(
            "2024-07-01",
            None,
            "observation",
            "Cosmetics: facility registration and product listing with FDA (MoCRA), a US contact on the label "
            "and adverse-event reporting.",
            MOCRA,
        ),
        authority="FDA",
    ),
    rule(
        M,
        "switchblades",
        "offensive-weapons",
        when(
            "1958-08-12",
            None,
            "prohibited",
            "Switchblade knives may not be imported or sold in interstate commerce; states restrict other "
            "weapons (knuckledusters, stun guns).",
            SWITCHBLADE,
            "secondary",
        ),
        authority="CBP",
    ),
    rule(
        M,
        "firearms",
        "firearms",
        when(
            "1968-10-22",
            None,
            "needs-permit",
            "Firearms and ammunition need an ATF import permit (Form 6) and federal licences; many parts are "
            "also export-controlled.",
            ATF_IMPORT,
        ),
        authority="ATF",
    ),
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "1998-10-05",
            None,
            "needs-permit",
            "Radio-frequency devices need FCC equipment authorisation (certification or supplier's "
            "declaration) before import and sale.",
            FCC,
        ),
        authority="FCC",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2015-12-21",
            None,
            "observation",
            "Drones over 250 g must be registered with the FAA by the operator; Remote ID applies from 2023-09-16.",
            FAA,
        ),
        authority="FAA",
    ),
    rule(
        M,
        "cbd",
        "cbd-cannabis",
        when(
            "2018-12-20",
            "2026-11-12",
            "observation",
            "Hemp-derived CBD with at most 0.3 % delta-9 THC is federally legal; FDA does not allow CBD in "
            "food or supplements; state laws vary.",
            HEMP,
        ),
        when(
            "2026-11-12",
            None,
            "prohibited",
            "The new federal hemp definition excludes hemp-derived products with more than 0.4 mg total THC "
            "per container and synthesised cannabinoids: such products are controlled; CBD still not allowed "
            "in food or supplements.",
            HEMP,
            "uncertain",
        ),
        authority="FDA / DEA",
    ),
    rule(
        M,
        "lasers",
        "lasers",
        when(
            "1976-01-01",
            None,
            "observation",
            "Laser products must comply with the FDA performance standard; laser pointers above 5 mW (Class "
            "IIIa) may not be sold as pointers.",
            LASER,
        ),
        authority="FDA CDRH",
    ),
)
