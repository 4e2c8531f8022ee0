"""New Zealand: Privacy Act 2020, Unsolicited Electronic Messages Act, Consumer Guarantees Act."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PRIVACY = src(
    "Office of the Privacy Commissioner: Privacy Act 2020 (IPP 12 cross-border; notifiable breaches); "
    "IPP 3A from 2026-05-01",
    "https://www.privacy.org.nz/privacy-act-2020/",
)
UEMA = src("Unsolicited Electronic Messages Act 2007; Department of Internal Affairs", "https://www.dia.govt.nz/Spam")
CGA = src(
    "Consumer Protection: Consumer Guarantees Act 1993 and Fair Trading Act 1986",
    "https://www.consumerprotection.govt.nz/",
)

OBLIGATIONS = obligations(
    "NZ",
    "Office of the Privacy Commissioner",
    fact("data-protection", "2020-12-01", None, "Privacy Act 2020", PRIVACY, "secondary"),
    fact(
        "marketing-consent",
        "2007-09-05",
        None,
        "opt-in (express, inferred or deemed consent) for commercial electronic messages",
        UEMA,
        model="opt-in",
    ),
    fact(
        "cookies",
        "2020-12-01",
        None,
        "no specific cookie consent law; explain collection (IPP 3)",
        PRIVACY,
        model="none",
    ),
    fact(
        "transfers",
        "2020-12-01",
        None,
        "IPP 12: overseas recipients must give comparable safeguards",
        PRIVACY,
        "secondary",
    ),
    fact(
        "breach-notification",
        "2020-12-01",
        None,
        "notify the Privacy Commissioner and individuals as soon as practicable for breaches causing serious harm",
        PRIVACY,
        "secondary",
    ),
    fact("withdrawal", "1993-04-01", None, "no general cooling-off period for online purchases", CGA),
    fact(
        "price-display",
        "1986-03-01",
        None,
        "prices to consumers shown GST-inclusive; no misleading pricing",
        CGA,
        "uncertain",
    ),
    fact("guarantee", "1993-04-01", None, "consumer guarantees of acceptable quality for a reasonable time", CGA),
)
