"""Germany: weapons law (WaffG) on prohibited knives and animal-defence sprays."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "DE"
WAFFG = src(
    "Waffengesetz (WaffG), Anlage 2 Abschnitt 1: verbotene Waffen (Butterfly-, Faust-, Fall- und "
    "bestimmte Springmesser, Schlagringe, Wurfsterne)",
    "https://www.gesetze-im-internet.de/waffg_2002/",
)
SPRAY = src(
    "Waffengesetz: Reizstoffsprühgeräte; Tierabwehrsprays ohne Prüfzeichen",
    "https://www.gesetze-im-internet.de/waffg_2002/",
)

RULES = (
    rule(
        M,
        "prohibited-weapons",
        "offensive-weapons",
        when(
            "2003-04-01",
            None,
            "prohibited",
            "Butterfly knives, push daggers (Faustmesser), gravity knives, certain switchblades, knuckledusters "
            "and throwing stars are prohibited weapons: no import, sale or possession.",
            WAFFG,
        ),
        authority="Bundeskriminalamt / Zoll",
    ),
    rule(
        M,
        "knives",
        "knives",
        when(
            "2003-04-01",
            None,
            "observation",
            "Most knives may be sold; carrying one-hand and fixed knives over 12 cm in public is restricted "
            "(§42a WaffG) and weapons may not be sold to minors.",
            WAFFG,
            "secondary",
        ),
        authority="Zoll / Länder",
    ),
    rule(
        M,
        "pepper-spray",
        "pepper-spray",
        when(
            "2003-04-01",
            None,
            "observation",
            "Pepper sprays may only be sold as animal-defence sprays (Tierabwehrspray); sprays marketed against "
            "people need a PTB test mark and are weapons.",
            SPRAY,
            "uncertain",
        ),
        authority="Zoll",
    ),
)
