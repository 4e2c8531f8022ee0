"""France: disposable e-cigarette ban, age limits for knives and defence sprays (category D weapons)."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "FR"
PUFFS = src(
    "Loi n° 2025-175 du 24 février 2025 visant à interdire les dispositifs électroniques de vapotage à usage unique",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051232398",
)
CSI = src(
    "Code de la sécurité intérieure, armes de catégorie D (armes blanches, aérosols incapacitants): vente "
    "interdite aux mineurs",
    "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000025503132/",
)

RULES = (
    rule(
        M,
        "disposable-vapes",
        "e-cigarette",
        when(
            "2025-02-26",
            None,
            "needs-permit",
            "Disposable e-cigarettes ('puffs') may not be sold or imported; other e-cigarettes must be "
            "notified (ANSES) and comply with the TPD limits.",
            PUFFS,
            "secondary",
        ),
        authority="Ministère de la Santé",
    ),
    rule(
        M,
        "bladed-weapons",
        ("knives", "pepper-spray"),
        when(
            "2013-09-06",
            None,
            "needs-permit",
            "Knives designed as weapons and defence sprays are category D weapons: no sale to minors; verify "
            "age at sale.",
            CSI,
            "uncertain",
        ),
        authority="Ministère de l'Intérieur",
    ),
    rule(
        M,
        "prohibited-weapons",
        "offensive-weapons",
        when(
            "2013-09-06",
            None,
            "needs-permit",
            "Knuckledusters, stun guns and similar weapons are category D or B weapons: restricted sale, "
            "some need authorisation.",
            CSI,
            "uncertain",
        ),
        authority="Ministère de l'Intérieur",
    ),
)
