"""South Korea: PIPA (amended 2023), Network Act, E-Commerce Act."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PIPA = src(
    "Personal Information Protection Commission: Personal Information Protection Act (amended, in force 2023-09-15)",
    "https://www.pipc.go.kr/eng/",
)
NETWORK = src(
    "Act on Promotion of Information and Communications Network Utilization, art. 50 (advertising information)",
    "https://www.law.go.kr/",
)
ECOMMERCE = src(
    "Act on the Consumer Protection in Electronic Commerce, art. 17 (withdrawal)", "https://www.ftc.go.kr/eng/"
)

OBLIGATIONS = obligations(
    "KR",
    "Personal Information Protection Commission (PIPC)",
    fact(
        "data-protection",
        "2011-09-30",
        None,
        "Personal Information Protection Act (PIPA)",
        PIPA,
        "secondary",
        detail="Domestic representative for foreign businesses above thresholds.",
    ),
    fact(
        "marketing-consent",
        "2014-11-29",
        None,
        "opt-in for advertising messages, re-confirmed every 2 years; '(광고)' label",
        NETWORK,
        model="opt-in",
    ),
    fact(
        "cookies",
        "2011-09-30",
        None,
        "disclose cookies and how to refuse them in the privacy policy",
        PIPA,
        model="opt-out",
    ),
    fact(
        "transfers",
        "2023-09-15",
        None,
        "consent, certification, adequacy or contract safeguards for overseas transfers",
        PIPA,
        "secondary",
    ),
    fact(
        "breach-notification",
        "2023-09-15",
        None,
        "72 hours to data subjects and to the PIPC (above 1,000 people or sensitive data)",
        PIPA,
        hours=72,
    ),
    fact("withdrawal", "2002-07-01", None, "7 days from delivery", ECOMMERCE, "secondary", days=7),
    fact("price-display", "2002-07-01", None, "prices shown VAT-inclusive to consumers", ECOMMERCE, "uncertain"),
    fact(
        "guarantee",
        "2002-07-01",
        None,
        "Consumer Dispute Resolution Standards set repair/refund periods by product type",
        ECOMMERCE,
        "uncertain",
    ),
)
