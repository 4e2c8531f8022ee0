"""Belgium: the EU's first ban on disposable e-cigarettes."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "BE"
BAN = src(
    "FPS Public Health: ban on the sale of disposable electronic cigarettes from 1 January 2025",
    "https://www.health.belgium.be/",
)

RULES = (
    rule(
        M,
        "disposable-vapes",
        "e-cigarette",
        when(
            "2025-01-01",
            None,
            "needs-permit",
            "Disposable e-cigarettes may not be sold from 2025-01-01; rechargeable ones must be registered "
            "with FPS Public Health and comply with the TPD limits.",
            BAN,
            "secondary",
        ),
        authority="FPS Public Health",
    ),
)
