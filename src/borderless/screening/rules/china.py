"""China: prohibited animal and plant items in mail, e-cigarette licensing, cosmetics registration."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "CN"
CATALOGUE = src(
    "GACC and MARA: Catalogue of Animals and Plants and their Products Prohibited from Being Carried "
    "or Mailed into the PRC (Announcement 2021 No. 161)",
    "http://www.customs.gov.cn/",
)
ECIG = src(
    "State Tobacco Monopoly Administration: Electronic Cigarette Administrative Measures (2022-05-01)",
    "https://www.tobacco.gov.cn/",
)
NMPA = src(
    "NMPA: Cosmetics Supervision and Administration Regulation (registration and notification); "
    "cross-border e-commerce retail import positive list",
    "https://www.nmpa.gov.cn/",
)
CBD = src(
    "NMPA: CBD and cannabis ingredients prohibited in cosmetics (2021); narcotics control", "https://www.nmpa.gov.cn/"
)
SRRC = src("MIIT: radio transmission equipment type approval (SRRC)", "https://www.miit.gov.cn/")
WEAPONS = src(
    "GACC: articles prohibited from import (weapons, imitation weapons, controlled knives)",
    "http://www.customs.gov.cn/",
)

RULES = (
    rule(
        M,
        "animal-plant-mail",
        ("meat", "pork", "eggs", "dairy", "seeds-plants"),
        when(
            "2021-10-20",
            None,
            "prohibited",
            "Meat, eggs, dairy (other than sterilised milk products allowed by the catalogue), seeds and live "
            "plants are prohibited from being mailed or carried into China.",
            CATALOGUE,
            "secondary",
        ),
        authority="GACC / MARA",
    ),
    rule(
        M,
        "e-cigarette",
        ("e-cigarette", "tobacco"),
        when(
            "2022-05-01",
            None,
            "needs-permit",
            "E-cigarettes and tobacco are under the state tobacco monopoly: import needs a monopoly licence; "
            "flavoured vapes banned from 2022-10-01.",
            ECIG,
        ),
        authority="State Tobacco Monopoly Administration",
    ),
    rule(
        M,
        "cosmetics",
        "cosmetics",
        when(
            "2021-01-01",
            None,
            "needs-permit",
            "Cosmetics need NMPA registration (special) or notification (general) with a Chinese responsible "
            "person; cross-border e-commerce retail imports on the positive list are exempt from first-import "
            "registration.",
            NMPA,
        ),
        authority="NMPA",
    ),
    rule(
        M,
        "cbd",
        "cbd-cannabis",
        when(
            "2021-05-28",
            None,
            "prohibited",
            "CBD and cannabis ingredients may not be used in cosmetics or food; cannabis products are narcotics.",
            CBD,
            "secondary",
        ),
        authority="NMPA / National Narcotics Control Commission",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "supplements"),
        when(
            "2019-12-01",
            None,
            "needs-permit",
            "Medicines need NMPA registration; supplements ('blue hat') need registration unless sold via "
            "the cross-border e-commerce positive list within personal limits.",
            NMPA,
            "uncertain",
        ),
        authority="NMPA / SAMR",
    ),
    rule(
        M,
        "radio",
        ("radio-equipment", "drones"),
        when(
            "2000-01-01",
            None,
            "needs-permit",
            "Radio transmitters need MIIT SRRC type approval and, for many products, CCC certification.",
            SRRC,
            "secondary",
        ),
        authority="MIIT",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "2000-01-01",
            None,
            "prohibited",
            "Weapons, imitation guns and controlled knives (daggers, switchblades) are prohibited imports.",
            WEAPONS,
            "secondary",
        ),
        authority="GACC",
    ),
)
