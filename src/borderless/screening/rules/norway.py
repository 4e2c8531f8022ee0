"""Norway: nicotine e-liquids, food of animal origin, medicines, weapons."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "NO"
HELSE = src(
    "Helsedirektoratet: e-cigarettes with nicotine (tobacco act; private import for own use)",
    "https://www.helsedirektoratet.no/",
)
MATTILSYNET = src(
    "Mattilsynet: food sent to Norway by post (meat and dairy from non-EEA countries)", "https://www.mattilsynet.no/"
)
DMP = src("Direktoratet for medisinske produkter: importing medicines for personal use", "https://www.dmp.no/")
POLITI = src(
    "Politiet: prohibited weapons (våpenforskriften): butterfly and switchblade knives, knuckledusters, pepper spray",
    "https://www.politiet.no/",
)

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2017-01-01",
            None,
            "needs-permit",
            "Nicotine e-liquids may not be sold commercially in Norway; private persons may import limited "
            "quantities for their own use from EEA countries.",
            HELSE,
            "uncertain",
        ),
        authority="Helsedirektoratet",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "pork", "eggs"),
        when(
            "2010-01-01",
            None,
            "prohibited",
            "Meat and dairy products from countries outside the EEA may not be sent to private persons.",
            MATTILSYNET,
            "secondary",
        ),
        authority="Mattilsynet",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "cbd-cannabis"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Medicines (incl. CBD, a prescription medicine in Norway) may be imported by post only from EEA "
            "countries with a prescription; from other countries it is not allowed.",
            DMP,
            "secondary",
        ),
        authority="DMP",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "pepper-spray", "firearms"),
        when(
            "2021-01-01",
            None,
            "prohibited",
            "Butterfly and switchblade knives, knuckledusters, pepper spray and firearms without a licence "
            "are prohibited imports.",
            POLITI,
            "secondary",
        ),
        authority="Politiet / Tolletaten",
    ),
)
