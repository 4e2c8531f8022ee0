"""Türkiye: e-cigarette import ban, Ministry of Agriculture and TİTCK controls, BTK registration."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "TR"
TRADE = src(
    "Ministry of Trade import regime: e-cigarettes and liquids not allowed for import and sale",
    "https://www.trade.gov.tr/",
)
TITCK = src(
    "TİTCK: medicines, medical devices and cosmetics (product tracking system registration)",
    "https://www.titck.gov.tr/",
)
TOB = src(
    "Ministry of Agriculture and Forestry: control certificate for food, animal and plant products",
    "https://www.tarimorman.gov.tr/",
)
BTK = src(
    "BTK: conformity of radio equipment and IMEI registration of phones imported from abroad", "https://www.btk.gov.tr/"
)
WEAPONS = src("Law No. 6136 on firearms and knives and other tools", "https://www.mevzuat.gov.tr/")
ALCOHOL = src(
    "Tobacco and Alcohol Department (ex-TAPDK): import permits for tobacco and alcohol",
    "https://www.tarimorman.gov.tr/",
)

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2012-01-01",
            None,
            "prohibited",
            "E-cigarettes and e-liquids may not be imported or sold.",
            TRADE,
            "uncertain",
        ),
        authority="Ministry of Trade",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "cosmetics", "supplements", "cbd-cannabis"),
        when(
            "2015-01-01",
            None,
            "needs-permit",
            "Medicines, cosmetics and supplements need TİTCK (or Ministry of Agriculture) registration; CBD "
            "products are not authorised.",
            TITCK,
            "uncertain",
        ),
        authority="TİTCK",
    ),
    rule(
        M,
        "food-animal-plant",
        ("food", "meat", "dairy", "eggs", "pork", "seeds-plants"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Food, animal and plant products need a control certificate from the Ministry of Agriculture.",
            TOB,
            "uncertain",
        ),
        authority="Ministry of Agriculture and Forestry",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Radio equipment must conform to BTK rules; mobile phones bought abroad must be IMEI-registered "
            "(with a fee) to work on Turkish networks.",
            BTK,
            "secondary",
        ),
        authority="BTK",
    ),
    rule(
        M,
        "excise-goods",
        ("alcohol", "tobacco"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Alcohol and tobacco imports need a licence and banderole (tax stamps).",
            ALCOHOL,
            "uncertain",
        ),
        authority="Tobacco and Alcohol Department",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "knives"),
        when(
            "1953-07-15",
            None,
            "needs-permit",
            "Firearms need a licence; switchblades and knives above the legal blade length are prohibited "
            "weapons (Law 6136).",
            WEAPONS,
            "uncertain",
        ),
        authority="Ministry of Interior",
    ),
)
