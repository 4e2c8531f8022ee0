"""United Kingdom: sale and delivery of knives, prohibited weapons, vapes, animal products."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "GB"
CJA_141A = src(
    "Criminal Justice Act 1988, section 141A: sale of bladed articles to persons under 18",
    "https://www.legislation.gov.uk/ukpga/1988/33/section/141A",
)
OWA = src(
    "Offensive Weapons Act 2019, sections 38-42 (delivery of bladed products), in force 2022-04-06 (SI 2022/418)",
    "https://www.legislation.gov.uk/ukpga/2019/17/part/3",
)
CJA_141 = src(
    "Criminal Justice Act 1988, section 141 and the Criminal Justice Act 1988 (Offensive Weapons) "
    "Order 1988: prohibited offensive weapons, import banned",
    "https://www.legislation.gov.uk/ukpga/1988/33/section/141",
)
FIREARMS = src(
    "Firearms Act 1968, section 5: prohibited weapons (incl. weapons discharging noxious liquid or electricity)",
    "https://www.legislation.gov.uk/ukpga/1968/27/section/5",
)
TRPR = src(
    "Tobacco and Related Products Regulations 2016 (MHRA e-cigarette notification); Environmental "
    "Protection (Single-use Vapes) (England) Regulations 2024",
    "https://www.gov.uk/guidance/e-cigarettes-regulations-for-consumer-products",
)
POAO = src(
    "GOV.UK: bringing or sending meat, dairy and other animal products to Great Britain (personal "
    "imports; EU meat and dairy ban from 2025-04-12)",
    "https://www.gov.uk/bringing-food-animals-plants-into-uk",
)
COSMETICS = src(
    "GOV.UK: placing cosmetics on the Great Britain market (UK Responsible Person, SCPN notification)",
    "https://www.gov.uk/guidance/making-cosmetic-products-available-to-consumers-in-great-britain",
)
MHRA = src(
    "Human Medicines Regulations 2012; MHRA guidance on importing medicines",
    "https://www.gov.uk/government/organisations/medicines-and-healthcare-products-regulatory-agency",
)
FSA_CBD = src(
    "Food Standards Agency: CBD products linked to novel food applications (public list)",
    "https://www.food.gov.uk/business-guidance/cannabidiol-cbd-guidance",
)
EXCISE = src(
    "HMRC: excise goods (alcohol, tobacco) sold to UK consumers: duty-paid, UK representative, tobacco track and trace",
    "https://www.gov.uk/guidance/excise-duties-overview",
)
CAA = src("Civil Aviation Authority: drone Operator ID and Flyer ID; UK class marks", "https://www.caa.co.uk/drones/")
RADIO = src(
    "Radio Equipment Regulations 2017: UKCA / CE marking of radio equipment",
    "https://www.gov.uk/guidance/radio-equipment-regulations-2017",
)
LASER = src(
    "OPSS: laser pointers sold to consumers should not exceed Class 2 (1 mW)",
    "https://www.gov.uk/government/publications/laser-pointers-guidance",
)

RULES = (
    rule(
        M,
        "knives",
        "knives",
        when(
            "1997-01-01",
            "2022-04-06",
            "needs-permit",
            "Selling a knife or bladed article to anyone under 18 is an offence (s.141A CJA 1988); folding "
            "pocket knives with a blade under 3 inches were exempt.",
            CJA_141A,
        ),
        when(
            "2022-04-06",
            None,
            "needs-permit",
            "Age-restricted: no sale to under-18s (s.141A CJA 1988, pocket-knife exemption removed in England "
            "and Wales). For remote sales, verify age at sale and make sure the parcel is handed to an adult "
            "at a residential address; sellers outside the UK must use a delivery company that checks age on "
            "delivery (OWA 2019 ss.38-39). Label parcels as containing a bladed product.",
            OWA,
            "verified",
        ),
        authority="Home Office / Trading Standards",
    ),
    rule(
        M,
        "prohibited-weapons",
        "offensive-weapons",
        when(
            "1988-09-29",
            None,
            "prohibited",
            "Flick and gravity knives, butterfly knives, push daggers, knuckledusters, throwing stars, "
            "telescopic truncheons, belt-buckle and disguised knives, zombie knives (and zombie-style knives "
            "and machetes from 2024-09-24) may not be imported, sold or supplied; stun guns are prohibited "
            "firearms.",
            CJA_141,
        ),
        authority="Home Office / Border Force",
    ),
    rule(
        M,
        "pepper-spray",
        "pepper-spray",
        when(
            "1968-08-01",
            None,
            "prohibited",
            "Pepper spray and other noxious-substance sprays are prohibited weapons (s.5(1)(b) Firearms Act 1968).",
            FIREARMS,
        ),
        authority="Home Office / Border Force",
    ),
    rule(
        M,
        "firearms",
        "firearms",
        when(
            "1968-08-01",
            None,
            "needs-permit",
            "Firearms and ammunition need an import licence and certificates; realistic imitation firearms "
            "may only be sold to permitted buyers.",
            FIREARMS,
        ),
        authority="Home Office / Export Control Joint Unit",
    ),
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2016-05-20",
            "2025-06-01",
            "needs-permit",
            "Nicotine e-cigarettes and e-liquids must be notified to the MHRA before sale (max 20 mg/ml, "
            "10 ml refills, 2 ml tanks); sale to under-18s prohibited.",
            TRPR,
        ),
        when(
            "2025-06-01",
            None,
            "needs-permit",
            "Nicotine e-cigarettes must be notified to the MHRA (max 20 mg/ml, 10 ml refills, 2 ml tanks); "
            "disposable (single-use) vapes may not be sold or supplied from 2025-06-01; no sale to under-18s.",
            TRPR,
        ),
        authority="MHRA / Trading Standards",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "eggs", "pork"),
        when(
            "2021-01-01",
            None,
            "needs-permit",
            "Meat, dairy and egg products must enter through a border control post with a health certificate "
            "and IPAFFS pre-notification; personal imports of meat and dairy (including sent by post) from "
            "outside the EU are banned, and from the EU since 2025-04-12.",
            POAO,
        ),
        authority="Defra / APHA",
    ),
    rule(
        M,
        "cosmetics",
        "cosmetics",
        when(
            "2021-01-01",
            None,
            "needs-permit",
            "Cosmetics placed on the GB market need a UK Responsible Person and notification on the "
            "Submit Cosmetic Product Notifications (SCPN) service before sale.",
            COSMETICS,
        ),
        authority="OPSS",
    ),
    rule(
        M,
        "medicines",
        "medicines",
        when(
            "2012-08-14",
            None,
            "needs-permit",
            "Medicines need a UK marketing authorisation and may only be sold by licensed persons; "
            "prescription-only medicines need a prescription.",
            MHRA,
        ),
        authority="MHRA",
    ),
    rule(
        M,
        "cbd",
        "cbd-cannabis",
        when(
            "2021-03-31",
            None,
            "needs-permit",
            "CBD food products may only be sold if linked to a novel food application on the FSA public list; "
            "products with controlled cannabinoids (THC) are controlled drugs.",
            FSA_CBD,
        ),
        authority="Food Standards Agency / Home Office",
    ),
    rule(
        M,
        "excise-goods",
        ("alcohol", "tobacco"),
        when(
            "2021-01-01",
            None,
            "needs-permit",
            "Alcohol and tobacco sold to UK consumers must be duty-paid; overseas sellers need a UK "
            "representative; tobacco must carry UK track-and-trace identifiers and fiscal marks.",
            EXCISE,
            "uncertain",
        ),
        authority="HMRC",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2019-11-30",
            None,
            "observation",
            "Operators of drones of 250 g or more (or with a camera) need a CAA Operator ID; UK class marks "
            "apply to drones placed on the market from 2026.",
            CAA,
            "uncertain",
        ),
        authority="Civil Aviation Authority",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2017-06-13",
            None,
            "observation",
            "Radio equipment must meet the Radio Equipment Regulations 2017 and carry UKCA or CE marking.",
            RADIO,
        ),
        authority="OPSS",
    ),
    rule(
        M,
        "lasers",
        "lasers",
        when(
            "2018-01-01",
            None,
            "observation",
            "Laser pointers sold to consumers should be Class 1 or 2 (under 1 mW); higher powers are seized "
            "at the border.",
            LASER,
            "uncertain",
        ),
        authority="OPSS",
    ),
)
