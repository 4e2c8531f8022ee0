"""Netherlands: flavour ban for e-liquids."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "NL"
FLAVOUR = src(
    "Tabaks- en rookwarenwet: verbod op smaakjes voor e-sigaretten (1 januari 2024)",
    "https://www.rijksoverheid.nl/onderwerpen/roken/vraag-en-antwoord/e-sigaret",
)

RULES = (
    rule(
        M,
        "e-cigarette-flavours",
        "e-cigarette",
        when(
            "2024-01-01",
            None,
            "needs-permit",
            "Only tobacco-flavoured e-liquids may be sold from 2024-01-01; products must be registered and "
            "comply with the TPD limits.",
            FLAVOUR,
            "secondary",
        ),
        authority="NVWA",
    ),
)
