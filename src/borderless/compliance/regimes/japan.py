"""Japan: APPI, Specified Electronic Mail Act, Specified Commercial Transactions Act, total-price display."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

APPI = src(
    "Personal Information Protection Commission: Act on the Protection of Personal Information (as amended 2022-04-01)",
    "https://www.ppc.go.jp/en/legal/",
)
EMAIL = src(
    "Act on Regulation of Transmission of Specified Electronic Mail (opt-in since 2008-12-01)",
    "https://www.soumu.go.jp/",
)
TBA = src("Telecommunications Business Act: external transmission rule (2023-06-16)", "https://www.soumu.go.jp/")
SCTA = src(
    "Consumer Affairs Agency: Act on Specified Commercial Transactions, mail-order returns (art. 15-3)",
    "https://www.no-trouble.caa.go.jp/",
)
CIVIL = src(
    "Civil Code arts. 562-566 (liability for non-conformity, reformed 2020-04-01)",
    "https://www.japaneselawtranslation.go.jp/",
)
TOTAL = src("National Tax Agency: total price display obligation (from 2021-04-01)", "https://www.nta.go.jp/")

OBLIGATIONS = obligations(
    "JP",
    "Personal Information Protection Commission (PPC)",
    fact("data-protection", "2022-04-01", None, "APPI (amended 2022)", APPI, "secondary"),
    fact("marketing-consent", "2008-12-01", None, "opt-in for advertising email", EMAIL, "secondary", model="opt-in"),
    fact(
        "cookies",
        "2023-06-16",
        None,
        "notice or opt-out for sending user data to third parties (external "
        "transmission rule); consent when the recipient links it to a person",
        TBA,
        model="mixed",
    ),
    fact(
        "transfers",
        "2022-04-01",
        None,
        "consent after informing about the destination country's system, or an "
        "equivalent-measures contract; EU adequacy",
        APPI,
        "secondary",
    ),
    fact(
        "breach-notification",
        "2022-04-01",
        None,
        "preliminary report to the PPC promptly (3-5 days), final report within 30 days (60 for attacks)",
        APPI,
        "secondary",
        hours=120,
    ),
    fact(
        "withdrawal",
        "2009-12-01",
        None,
        "8 days to return mail-order goods unless the seller clearly states a different returns policy",
        SCTA,
        "secondary",
        days=8,
    ),
    fact(
        "price-display", "2021-04-01", None, "prices to consumers must show the tax-inclusive total", TOTAL, "secondary"
    ),
    fact(
        "guarantee",
        "2020-04-01",
        None,
        "liability for non-conformity under the Civil Code (notify within 1 "
        "year of discovery); no fixed consumer guarantee",
        CIVIL,
        "uncertain",
    ),
)
